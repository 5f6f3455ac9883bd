import { createPublicKey, sign, type KeyObject } from 'node:crypto';
import { Readable } from 'node:stream';
import { canonicalJson } from '@jazari/audit';
import type { AppConfig } from '@jazari/config';
import {
  EVIDENCE_GENESIS_HASH,
  evidenceEventHash,
  evidenceKeyId,
  loadEvidenceSigningKey,
  ownerCode,
  sealMessage,
} from '@jazari/conventions';
import {
  beginTransactionSql,
  setContextSql,
  uuidv7,
  type DbContext,
  type TenantKind,
} from '@jazari/database';
import { PasswordHasher, type Role } from '@jazari/identity';
import { notificationEvent } from '@jazari/notifications';
import { networkToday } from '@jazari/projects';
import { LocalDiskStorage } from '@jazari/storage';
import PDFDocument from 'pdfkit';
import pg from 'pg';
import { seedWorkshops } from './seed-workshops.js';
import { seedDemoResources } from './seed-resources.js';
import { seedDemoReport } from './seed-reports.js';
import { seedDashboardHistory } from './seed-history.js';

/** Every demo login uses this password. Development only: the seed never runs in production. */
export const DEMO_PASSWORD = 'Jazari-Demo-2026';

interface DemoTenant {
  readonly slug: string;
  readonly kind: TenantKind;
  readonly legalName: string;
  readonly names: { fr: string; ar: string; en: string };
  readonly region?: string;
  readonly city?: string;
  readonly host?: string;
}

interface DemoUser {
  readonly email: string;
  readonly name: string;
  readonly locale: 'fr' | 'ar' | 'en';
  readonly memberships: readonly { tenant: string; role: Role }[];
}

export const DEMO_TENANTS: readonly DemoTenant[] = [
  {
    slug: 'jazari-root',
    kind: 'root',
    legalName: 'Jazari Root',
    names: { fr: 'Jazari Root', ar: 'الجزري - المركز', en: 'Jazari Root' },
    region: 'MA-04',
    city: 'Rabat',
  },
  {
    slug: 'jazari-rabat',
    kind: 'institute',
    legalName: 'Institut Jazari Rabat-Salé-Kénitra',
    names: { fr: 'Institut Jazari Rabat', ar: 'معهد الجزري الرباط', en: 'Jazari Institute Rabat' },
    region: 'MA-04',
    city: 'Rabat',
    host: 'Université Mohammed V',
  },
  {
    slug: 'jazari-casablanca',
    kind: 'institute',
    legalName: 'Institut Jazari Casablanca-Settat',
    names: {
      fr: 'Institut Jazari Casablanca',
      ar: 'معهد الجزري الدار البيضاء',
      en: 'Jazari Institute Casablanca',
    },
    region: 'MA-06',
    city: 'Casablanca',
    host: 'Université Hassan II',
  },
  {
    slug: 'jazari-souss-massa',
    kind: 'institute',
    legalName: 'Institut Jazari Souss-Massa',
    names: {
      fr: 'Institut Jazari Souss-Massa',
      ar: 'معهد الجزري سوس ماسة',
      en: 'Jazari Institute Souss-Massa',
    },
    region: 'MA-09',
    city: 'Agadir',
    host: 'Université Ibn Zohr',
  },
  {
    slug: 'atlas-ai-labs',
    kind: 'partner',
    legalName: 'Atlas AI Labs SARL',
    names: { fr: 'Atlas AI Labs', ar: 'أطلس لمختبرات الذكاء الاصطناعي', en: 'Atlas AI Labs' },
    region: 'MA-06',
    city: 'Casablanca',
  },
];

export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: 'admin@jazari.ma',
    name: 'Salma Benali',
    locale: 'fr',
    memberships: [{ tenant: 'jazari-root', role: 'network_admin' }],
  },
  {
    email: 'analyst@jazari.ma',
    name: 'Youssef Amrani',
    locale: 'en',
    memberships: [{ tenant: 'jazari-root', role: 'ministry_analyst' }],
  },
  {
    email: 'manager.rabat@jazari.ma',
    name: 'Nadia El Fassi',
    locale: 'fr',
    // Two memberships: manages Rabat, researches with Casablanca (demonstrates switching tenants).
    memberships: [
      { tenant: 'jazari-rabat', role: 'institute_manager' },
      { tenant: 'jazari-casablanca', role: 'researcher' },
    ],
  },
  {
    email: 'researcher.rabat@jazari.ma',
    name: 'Omar Tazi',
    locale: 'ar',
    memberships: [{ tenant: 'jazari-rabat', role: 'researcher' }],
  },
  {
    email: 'manager.casablanca@jazari.ma',
    name: 'Karim Berrada',
    locale: 'fr',
    memberships: [{ tenant: 'jazari-casablanca', role: 'institute_manager' }],
  },
  {
    email: 'manager.souss@jazari.ma',
    name: 'Fatima Zahra Ait Lahcen',
    locale: 'ar',
    memberships: [{ tenant: 'jazari-souss-massa', role: 'institute_manager' }],
  },
  {
    email: 'admin@atlas-ai.ma',
    name: 'Mehdi Chraibi',
    locale: 'en',
    memberships: [{ tenant: 'atlas-ai-labs', role: 'partner_admin' }],
  },
  {
    email: 'member@atlas-ai.ma',
    name: 'Imane Kettani',
    locale: 'fr',
    memberships: [{ tenant: 'atlas-ai-labs', role: 'partner_member' }],
  },
];

// ---- Directory profiles --------------------------------------------------------------------------------

interface DemoProfile {
  readonly description: string;
  readonly email: string;
  readonly phone?: string;
  readonly website: string;
  readonly domains: readonly string[];
}

export const DEMO_PROFILES: Readonly<Record<string, DemoProfile>> = {
  'jazari-root': {
    description:
      "Jazari Root coordonne le réseau national des instituts d'IA : priorités, ressources partagées, conventions et ateliers.",
    email: 'contact@jazari.ma',
    website: 'https://jazari.ma',
    domains: [],
  },
  'jazari-rabat': {
    description:
      'IA pour le service public et les langues du Maroc : reconnaissance de la parole, recherche juridique, formation des cadres.',
    email: 'contact@rabat.jazari.ma',
    phone: '+212 5 37 00 00 00',
    website: 'https://rabat.jazari.ma',
    domains: ['public_administration', 'culture_language', 'health', 'education'],
  },
  'jazari-casablanca': {
    description:
      'IA industrielle et financière : maintenance prédictive, fraude, logistique, accompagnement des startups.',
    email: 'contact@casablanca.jazari.ma',
    phone: '+212 5 22 00 00 00',
    website: 'https://casablanca.jazari.ma',
    domains: ['industry', 'finance', 'transport', 'health'],
  },
  'jazari-souss-massa': {
    description: 'IA pour l’agriculture, l’eau et le tourisme du Souss-Massa ; incubateur agritech.',
    email: 'contact@souss.jazari.ma',
    phone: '+212 5 28 00 00 00',
    website: 'https://souss.jazari.ma',
    domains: ['agriculture', 'water', 'tourism', 'environment'],
  },
  'atlas-ai-labs': {
    description:
      'Laboratoire privé de vision par ordinateur et de traitement de la parole, partenaire du réseau.',
    email: 'hello@atlas-ai.ma',
    website: 'https://atlas-ai.ma',
    domains: ['industry', 'health', 'agriculture'],
  },
};

// ---- Projects ----------------------------------------------------------------------------------------
// Dates are days from the day the seed runs, so "late" and "due soon" stay true whenever it runs.

interface DemoBeneficiary {
  readonly ice: string;
  readonly name: string;
  readonly size: 'startup' | 'micro' | 'small' | 'medium';
  readonly sector: string;
  readonly region: string;
}

/** Two of them are supported by two institutes each: the registry holds them once. */
export const DEMO_BENEFICIARIES: readonly DemoBeneficiary[] = [
  { ice: '002871453000061', name: 'Sahara Vision', size: 'startup', sector: 'health', region: 'MA-04' },
  {
    ice: '003194627000048',
    name: 'Souss Agri Data',
    size: 'startup',
    sector: 'agriculture',
    region: 'MA-09',
  },
  { ice: '001562398000072', name: 'Dar Diagnostics', size: 'micro', sector: 'health', region: 'MA-04' },
  {
    ice: '002240875000019',
    name: 'Atlas Mécanique Précision',
    size: 'small',
    sector: 'industry',
    region: 'MA-06',
  },
  {
    ice: '003377104000056',
    name: 'Coopérative Tifawin Digital',
    size: 'micro',
    sector: 'agriculture',
    region: 'MA-09',
  },
];
/** The ICEs supported by two institutes. */
export const SHARED_BENEFICIARY_ICES = ['002871453000061', '003194627000048'] as const;

type ProjectType =
  | 'research'
  | 'applied_rnd'
  | 'prototype'
  | 'startup_support'
  | 'sme_adoption'
  | 'training'
  | 'public_service';
type ProjectStatus = 'proposed' | 'active' | 'on_hold' | 'completed';
type DeliverableKind =
  | 'technology_brick'
  | 'prototype'
  | 'model_evaluation'
  | 'dataset'
  | 'technical_report'
  | 'methodology'
  | 'publication'
  | 'software';

interface DemoDeliverable {
  readonly kind: DeliverableKind;
  readonly title: string;
  readonly due: number;
  readonly status: 'planned' | 'submitted' | 'accepted' | 'rejected';
  readonly submitted?: number;
  readonly reviewed?: number;
  readonly comment?: string;
  readonly evaluations?: readonly {
    readonly model: string;
    readonly version: string;
    readonly benchmark: string;
    readonly metric: string;
    readonly score: number;
    readonly on: number;
    readonly evaluator: string;
  }[];
}

interface DemoProject {
  readonly institute: string;
  readonly type: ProjectType;
  readonly title: string;
  readonly summary: string;
  readonly status: ProjectStatus;
  readonly start: number;
  readonly end: number;
  readonly budget: number;
  readonly spent: number;
  readonly lead: string;
  readonly team: readonly string[];
  readonly partners?: readonly string[];
  readonly priorities: readonly string[];
  readonly regions: readonly string[];
  readonly domains: readonly string[];
  readonly milestones?: readonly { readonly title: string; readonly due: number; readonly done?: number }[];
  readonly deliverables?: readonly DemoDeliverable[];
  readonly kpis?: readonly {
    readonly name: string;
    readonly unit: string;
    readonly target: number;
    /** Which way it improves; `higher` when absent (a word error rate is better lower). */
    readonly direction?: 'higher' | 'lower';
    readonly measurements: readonly (readonly [on: number, value: number, note?: string])[];
  }[];
  readonly reports?: readonly {
    readonly from: number;
    readonly to: number;
    readonly rag: 'red' | 'amber' | 'green';
    readonly narrative: string;
    readonly risks?: string;
  }[];
  readonly supports?: readonly {
    readonly ice: string;
    readonly kind:
      | 'incubation'
      | 'acceleration'
      | 'technical_assistance'
      | 'co_development'
      | 'training'
      | 'compute_access'
      | 'funding';
    readonly started: number;
    readonly note?: string;
  }[];
}

const NADIA = 'manager.rabat@jazari.ma';
const OMAR = 'researcher.rabat@jazari.ma';
const KARIM = 'manager.casablanca@jazari.ma';
const FATIMA = 'manager.souss@jazari.ma';

export const DEMO_PROJECTS: readonly DemoProject[] = [
  // ---- Rabat
  {
    institute: 'jazari-rabat',
    type: 'public_service',
    title: 'Reconnaissance vocale de la darija pour les guichets publics',
    summary:
      'Un modèle de reconnaissance de la parole en darija, évalué sur un corpus public, et un serveur vocal pilote dans deux guichets.',
    status: 'active',
    start: -200,
    end: 165,
    budget: 4_500_000,
    spent: 2_150_000,
    lead: OMAR,
    team: [OMAR],
    partners: ['atlas-ai-labs'],
    priorities: ['public_service', 'research_innovation.applied_research'],
    regions: ['MA-04', 'MA-06'],
    domains: ['public_administration', 'culture_language'],
    milestones: [
      { title: 'Corpus de 500 heures annoté', due: -120, done: -125 },
      { title: 'Modèle v1 évalué et publié', due: -30 },
      { title: 'Pilote dans deux guichets', due: 60 },
    ],
    deliverables: [
      {
        kind: 'dataset',
        title: 'Corpus darija annoté v1',
        due: -120,
        status: 'accepted',
        submitted: -126,
        reviewed: -118,
        comment: 'Corpus conforme ; licences et consentements vérifiés.',
      },
      {
        kind: 'model_evaluation',
        title: 'Évaluation du modèle ASR darija v1',
        due: -30,
        status: 'submitted',
        submitted: -5,
        evaluations: [
          {
            model: 'jazari-asr-darija',
            version: '1.0',
            benchmark: 'DarijaSpeech-test',
            metric: 'WER',
            score: 18.4,
            on: -7,
            evaluator: 'Institut Jazari Rabat',
          },
          {
            model: 'jazari-asr-darija',
            version: '1.0',
            benchmark: 'DarijaSpeech-test',
            metric: 'CER',
            score: 7.9,
            on: -7,
            evaluator: 'Institut Jazari Rabat',
          },
          {
            model: 'whisper-large-v3',
            version: 'baseline',
            benchmark: 'DarijaSpeech-test',
            metric: 'WER',
            score: 41.2,
            on: -7,
            evaluator: 'Atlas AI Labs',
          },
        ],
      },
      { kind: 'prototype', title: 'Serveur vocal pilote', due: 60, status: 'planned' },
    ],
    kpis: [
      {
        name: 'Heures de parole annotées',
        unit: 'h',
        target: 500,
        measurements: [
          [-150, 120],
          [-125, 510, 'Objectif atteint'],
        ],
      },
      {
        name: 'Taux d’erreur sur les mots (WER)',
        unit: '%',
        target: 15,
        direction: 'lower',
        measurements: [
          [-60, 27.5],
          [-7, 18.4],
        ],
      },
    ],
    reports: [
      {
        from: -90,
        to: -61,
        rag: 'green',
        narrative: 'Collecte et annotation terminées ; premier entraînement lancé.',
      },
      {
        from: -60,
        to: -31,
        rag: 'amber',
        narrative: 'L’évaluation du modèle v1 a pris un mois de retard.',
        risks: 'Disponibilité du calcul GPU partagé.',
      },
    ],
  },
  {
    institute: 'jazari-rabat',
    type: 'research',
    title: 'Recherche juridique multilingue : arabe, amazighe, français',
    summary:
      'Recherche sémantique dans les textes juridiques marocains, quelle que soit la langue de la requête.',
    status: 'active',
    start: -150,
    end: 215,
    budget: 1_800_000,
    spent: 640_000,
    lead: NADIA,
    team: [OMAR],
    priorities: ['research_innovation', 'public_service'],
    regions: ['MA-04'],
    domains: ['public_administration', 'culture_language'],
    milestones: [
      { title: 'État de l’art', due: -90, done: -92 },
      { title: 'Jeu de test juridique annoté', due: -10 },
    ],
    deliverables: [
      {
        kind: 'technical_report',
        title: 'État de l’art de la recherche juridique multilingue',
        due: -90,
        status: 'accepted',
        submitted: -93,
        reviewed: -85,
        comment: 'Synthèse claire ; à compléter sur l’amazighe en annexe.',
      },
      {
        kind: 'dataset',
        title: 'Jeu de test : 2 000 requêtes juridiques',
        due: -10,
        status: 'rejected',
        submitted: -20,
        reviewed: -15,
        comment: 'Annotations incohérentes sur 12 % des requêtes ; à reprendre avant nouvelle soumission.',
      },
      // A second deliverable awaiting the manager's review (the home page and the review journey need it).
      {
        kind: 'software',
        title: 'Démonstrateur de recherche juridique trilingue',
        due: -3,
        status: 'submitted',
        submitted: -2,
      },
      { kind: 'publication', title: 'Article : recherche juridique trilingue', due: 150, status: 'planned' },
    ],
    kpis: [
      { name: 'Requêtes de test annotées', unit: 'requêtes', target: 2000, measurements: [[-20, 1750]] },
    ],
    reports: [
      {
        from: -30,
        to: -1,
        rag: 'amber',
        narrative: 'Jeu de test refusé à la revue ; reprise des annotations en cours.',
        risks: 'Disponibilité des juristes annotateurs.',
      },
    ],
  },
  {
    institute: 'jazari-rabat',
    type: 'training',
    title: 'Formation à l’IA des cadres de l’administration',
    summary: 'Un parcours de six semaines pour 300 cadres : usages, limites et achat de solutions d’IA.',
    status: 'completed',
    start: -400,
    end: -30,
    budget: 900_000,
    spent: 862_500,
    lead: NADIA,
    team: [OMAR],
    priorities: ['human_capital.training'],
    regions: ['MA-04', 'MA-05'],
    domains: ['public_administration', 'education'],
    milestones: [
      { title: 'Programme validé', due: -360, done: -365 },
      { title: 'Trois promotions formées', due: -40, done: -35 },
    ],
    deliverables: [
      {
        kind: 'methodology',
        title: 'Référentiel de formation IA pour l’administration',
        due: -350,
        status: 'accepted',
        submitted: -355,
        reviewed: -348,
        comment: 'Validé par le comité pédagogique.',
      },
    ],
    kpis: [
      {
        name: 'Cadres formés',
        unit: 'personnes',
        target: 300,
        measurements: [
          [-200, 120],
          [-35, 312],
        ],
      },
    ],
    reports: [
      {
        from: -60,
        to: -30,
        rag: 'green',
        narrative: 'Formation achevée : 312 cadres formés, satisfaction 4,6/5.',
      },
    ],
  },
  {
    institute: 'jazari-rabat',
    type: 'applied_rnd',
    title: 'Alerte précoce aux crues par imagerie satellitaire',
    summary: 'Détection des zones inondables à partir d’images Sentinel et de données pluviométriques.',
    status: 'on_hold',
    start: -120,
    end: 245,
    budget: 2_300_000,
    spent: 410_000,
    lead: NADIA,
    team: [],
    priorities: ['sovereign_infrastructure.open_data', 'territorial_inclusion'],
    regions: ['MA-04', 'MA-02'],
    domains: ['environment', 'water'],
    milestones: [{ title: 'Accord d’accès aux données pluviométriques', due: -45 }],
    deliverables: [
      { kind: 'technology_brick', title: 'Chaîne de prétraitement Sentinel-1', due: 30, status: 'planned' },
    ],
    reports: [
      {
        from: -45,
        to: -15,
        rag: 'red',
        narrative: 'Projet suspendu : l’accès aux données pluviométriques n’est pas encore accordé.',
        risks: 'Sans accord avant la saison des pluies, le calendrier glisse d’un an.',
      },
    ],
  },
  {
    institute: 'jazari-rabat',
    type: 'startup_support',
    title: 'Accélérateur santé numérique — cohorte 2026',
    summary:
      'Six mois d’accompagnement pour des startups de l’IA en santé : données, réglementation, premiers clients.',
    status: 'active',
    start: -60,
    end: 120,
    budget: 1_200_000,
    spent: 300_000,
    lead: NADIA,
    team: [OMAR],
    priorities: ['startup_support.incubation'],
    regions: ['MA-04'],
    domains: ['health'],
    milestones: [{ title: 'Sélection de la cohorte', due: -45, done: -50 }],
    kpis: [{ name: 'Startups accompagnées', unit: 'startups', target: 6, measurements: [[-45, 2]] }],
    supports: [
      { ice: '002871453000061', kind: 'incubation', started: -45, note: 'Imagerie médicale' },
      { ice: '001562398000072', kind: 'acceleration', started: -45 },
    ],
  },
  // ---- Casablanca
  {
    institute: 'jazari-casablanca',
    type: 'sme_adoption',
    title: 'Maintenance prédictive pour les PME industrielles',
    summary: 'Capteurs et modèles de détection d’anomalies déployés chez dix PME de la région.',
    status: 'active',
    start: -180,
    end: 185,
    budget: 3_200_000,
    spent: 1_480_000,
    lead: KARIM,
    team: [NADIA],
    priorities: ['sme_adoption'],
    regions: ['MA-06'],
    domains: ['industry'],
    milestones: [
      { title: 'Cinq PME équipées', due: -60, done: -55 },
      { title: 'Dix PME équipées', due: 90 },
    ],
    deliverables: [
      {
        kind: 'software',
        title: 'Plateforme de supervision v1',
        due: -40,
        status: 'accepted',
        submitted: -45,
        reviewed: -41,
        comment: 'Déployée en production chez trois PME.',
      },
      { kind: 'technical_report', title: 'Bilan des déploiements', due: 100, status: 'planned' },
    ],
    kpis: [
      {
        name: 'PME équipées',
        unit: 'PME',
        target: 10,
        measurements: [
          [-90, 3],
          [-30, 6],
        ],
      },
    ],
    reports: [
      {
        from: -30,
        to: -1,
        rag: 'green',
        narrative: 'Six PME équipées, baisse de 18 % des arrêts non planifiés.',
      },
    ],
    supports: [{ ice: '002240875000019', kind: 'technical_assistance', started: -150 }],
  },
  {
    institute: 'jazari-casablanca',
    type: 'applied_rnd',
    title: 'Détection de fraude pour la microfinance',
    summary: 'Modèles explicables de détection de fraude pour les institutions de microfinance.',
    status: 'proposed',
    start: 30,
    end: 395,
    budget: 2_000_000,
    spent: 0,
    lead: KARIM,
    team: [],
    priorities: ['research_innovation.technology_transfer', 'sme_adoption'],
    regions: ['MA-06'],
    domains: ['finance'],
    deliverables: [
      { kind: 'technology_brick', title: 'Module de scoring explicable', due: 210, status: 'planned' },
    ],
  },
  {
    institute: 'jazari-casablanca',
    type: 'prototype',
    title: 'Prototype d’optimisation logistique portuaire',
    summary:
      'Planification des grues et des camions au terminal à conteneurs par optimisation et apprentissage.',
    status: 'completed',
    start: -380,
    end: -20,
    budget: 1_500_000,
    spent: 1_430_000,
    lead: KARIM,
    team: [NADIA],
    priorities: ['research_innovation.applied_research'],
    regions: ['MA-06'],
    domains: ['transport'],
    milestones: [{ title: 'Prototype testé au terminal', due: -40, done: -30 }],
    deliverables: [
      {
        kind: 'prototype',
        title: 'Prototype de planification des grues',
        due: -40,
        status: 'accepted',
        submitted: -32,
        reviewed: -25,
        comment: 'Gain de 11 % sur le temps d’escale mesuré en test.',
      },
    ],
    reports: [
      { from: -50, to: -20, rag: 'green', narrative: 'Prototype livré et évalué ; transfert en discussion.' },
    ],
  },
  {
    institute: 'jazari-casablanca',
    type: 'startup_support',
    title: 'Programme d’accompagnement des startups IA',
    summary: 'Assistance technique et accès au calcul pour des startups IA de tout le pays.',
    status: 'active',
    start: -90,
    end: 275,
    budget: 1_000_000,
    spent: 280_000,
    lead: KARIM,
    team: [NADIA],
    priorities: ['startup_support', 'sovereign_infrastructure.compute'],
    regions: ['MA-06', 'MA-09'],
    domains: ['health', 'agriculture'],
    supports: [
      { ice: '002871453000061', kind: 'compute_access', started: -30 },
      { ice: '003194627000048', kind: 'technical_assistance', started: -20 },
    ],
  },
  // ---- Souss-Massa
  {
    institute: 'jazari-souss-massa',
    type: 'applied_rnd',
    title: 'Irrigation de précision pour l’arganier et les agrumes',
    summary: 'Capteurs d’humidité et modèles de besoins en eau pour irriguer au plus juste.',
    status: 'active',
    start: -240,
    end: 125,
    budget: 2_700_000,
    spent: 1_620_000,
    lead: FATIMA,
    team: [],
    partners: ['atlas-ai-labs'],
    priorities: ['territorial_inclusion', 'research_innovation.applied_research'],
    regions: ['MA-09', 'MA-08'],
    domains: ['agriculture', 'water'],
    milestones: [
      { title: 'Parcelles pilotes instrumentées', due: -150, done: -160 },
      { title: 'Modèle de besoin en eau validé', due: -20 },
    ],
    deliverables: [
      {
        kind: 'dataset',
        title: 'Mesures d’humidité des parcelles pilotes',
        due: -60,
        status: 'submitted',
        submitted: -58,
      },
    ],
    kpis: [
      {
        name: 'Eau économisée',
        unit: '%',
        target: 25,
        measurements: [
          [-120, 9],
          [-30, 17],
        ],
      },
    ],
    reports: [
      {
        from: -30,
        to: -1,
        rag: 'amber',
        narrative: 'Économies d’eau en hausse ; validation du modèle retardée par la sécheresse.',
      },
    ],
  },
  {
    institute: 'jazari-souss-massa',
    type: 'prototype',
    title: 'Prévision de la demande touristique',
    summary: 'Prévision de la fréquentation hôtelière à Agadir à partir des réservations et des vols.',
    status: 'on_hold',
    start: -100,
    end: 200,
    budget: 800_000,
    spent: 150_000,
    lead: FATIMA,
    team: [],
    priorities: ['public_service'],
    regions: ['MA-09'],
    domains: ['tourism'],
    reports: [
      {
        from: -40,
        to: -10,
        rag: 'red',
        narrative: 'En attente d’une convention d’accès aux données de réservation.',
      },
    ],
  },
  {
    institute: 'jazari-souss-massa',
    type: 'startup_support',
    title: 'Incubateur agritech Souss-Massa',
    summary: 'Incubation de startups agritech : données agronomiques, terrain d’essai, mise en relation.',
    status: 'active',
    start: -200,
    end: 165,
    budget: 1_100_000,
    spent: 520_000,
    lead: FATIMA,
    team: [],
    priorities: ['startup_support.incubation', 'territorial_inclusion'],
    regions: ['MA-09'],
    domains: ['agriculture'],
    milestones: [{ title: 'Première promotion incubée', due: -30, done: -35 }],
    kpis: [{ name: 'Startups incubées', unit: 'startups', target: 8, measurements: [[-35, 5]] }],
    supports: [
      { ice: '003194627000048', kind: 'incubation', started: -180 },
      { ice: '003377104000056', kind: 'training', started: -150 },
    ],
  },
];

// ---- Conventions -------------------------------------------------------------------------------------
// Written as the API would have written them, act by act and in the owner's scope: the rows in their final
// state, and each convention's evidence chain hashed with the API's own function (evidenceEventHash) and,
// once active, sealed with the development sealing key, so `GET /conventions/{id}/evidence` verifies.
// Times are [days from the day the seed runs, hour UTC].

type When = readonly [day: number, hour: number];

interface DemoObligation {
  readonly description: string;
  readonly responsible: string;
  readonly due: number;
  readonly met?: {
    readonly on: When;
    readonly by: string;
    readonly note: string;
    /** Linked as the evidence that it was met, when the project seed created it. */
    readonly deliverable?: { readonly institute: string; readonly title: string };
  };
}

interface DemoAmendment {
  readonly title: string;
  readonly created: When;
  readonly submitted?: When;
  readonly effective?: number;
  readonly expiry?: number;
  readonly valueMad?: string;
  readonly signingDeadline?: number;
}

interface DemoConvention {
  readonly owner: string;
  /** The owner's person who creates, uploads, names the signers and sends. */
  readonly author: string;
  readonly type: 'framework' | 'partnership' | 'rnd_collaboration' | 'data_sharing' | 'mou';
  readonly title: string;
  /** The owner first. */
  readonly parties: readonly { readonly tenant: string; readonly roleLabel: string }[];
  readonly priorities: readonly string[];
  /** Linked when the project seed created them. */
  readonly projects: readonly { readonly institute: string; readonly title: string }[];
  readonly valueMad: string;
  readonly effective: number;
  readonly expiry: number;
  readonly signingDeadline: number;
  readonly reminderIntervalDays: number;
  readonly created: When;
  readonly submitted: When;
  readonly sent: When;
  readonly document: { readonly filename: string; readonly articles: readonly (readonly [string, string])[] };
  /** All signed: active (and sealed). Otherwise out for signature. */
  readonly signers: readonly {
    readonly email: string;
    readonly tenant: string;
    readonly step: number;
    readonly signed?: When;
  }[];
  /** Reminders already sent to the pending signers of the current step (the worker's sweep sends them). */
  readonly reminded?: { readonly last: When; readonly count: number };
  /** Added the day after it became active. */
  readonly obligations?: readonly DemoObligation[];
  readonly amendments?: readonly DemoAmendment[];
}

const SALMA = 'admin@jazari.ma';
const MEHDI = 'admin@atlas-ai.ma';

export const DEMO_CONVENTIONS: readonly DemoConvention[] = [
  {
    owner: 'jazari-root',
    author: SALMA,
    type: 'framework',
    title: 'Convention-cadre : IA pour le service public et les langues du Maroc',
    parties: [
      { tenant: 'jazari-root', roleLabel: 'Ministère de tutelle' },
      { tenant: 'jazari-rabat', roleLabel: 'Institut' },
      { tenant: 'atlas-ai-labs', roleLabel: 'Partenaire technologique' },
    ],
    priorities: ['public_service', 'research_innovation'],
    projects: [
      { institute: 'jazari-rabat', title: 'Reconnaissance vocale de la darija pour les guichets publics' },
    ],
    valueMad: '6500000.00',
    effective: -188,
    expiry: 907,
    signingDeadline: -170,
    reminderIntervalDays: 3,
    created: [-200, 9],
    submitted: [-199, 10],
    sent: [-196, 10],
    document: {
      filename: 'convention-cadre-ia-service-public.pdf',
      articles: [
        [
          'Objet',
          'La présente convention-cadre organise la coopération des parties pour développer et déployer des ' +
            'solutions d’intelligence artificielle au service de l’administration et des langues du Maroc.',
        ],
        [
          'Engagements',
          'L’Institut conduit les travaux de recherche et met ses corpus à la disposition du réseau ; le ' +
            'Partenaire apporte ses modèles, son expertise en traitement de la parole et ses évaluations ; ' +
            'le Ministère de tutelle assure le financement et le pilotage.',
        ],
        [
          'Durée',
          'La convention prend effet à la date de sa dernière signature, pour une durée de trois ans.',
        ],
        [
          'Données et propriété intellectuelle',
          'Les corpus et modèles produits restent la propriété de la partie qui les a produits ; ils sont ' +
            'concédés aux autres parties pour les besoins du programme.',
        ],
      ],
    },
    signers: [
      { email: NADIA, tenant: 'jazari-rabat', step: 1, signed: [-194, 15] },
      { email: MEHDI, tenant: 'atlas-ai-labs', step: 1, signed: [-192, 11] },
      { email: SALMA, tenant: 'jazari-root', step: 2, signed: [-188, 16] },
    ],
    obligations: [
      {
        description:
          'Mettre à la disposition du réseau le corpus de parole darija annoté (500 heures), avec ses licences',
        responsible: 'jazari-rabat',
        due: -120,
        met: {
          on: [-115, 11],
          by: NADIA,
          note: 'Corpus accepté en revue ; licences et consentements vérifiés.',
          deliverable: { institute: 'jazari-rabat', title: 'Corpus darija annoté v1' },
        },
      },
      {
        description:
          'Remettre l’évaluation comparative des modèles de référence (Whisper et autres) sur DarijaSpeech-test',
        responsible: 'atlas-ai-labs',
        due: -10,
      },
      {
        description: 'Mettre en service le serveur vocal pilote dans deux guichets publics',
        responsible: 'jazari-rabat',
        due: 60,
      },
    ],
    amendments: [
      {
        title: 'Avenant n° 1 : extension aux textes juridiques en amazighe',
        created: [-6, 10],
        submitted: [-4, 9],
        effective: 45,
        expiry: 907,
        valueMad: '1200000.00',
        signingDeadline: 40,
      },
    ],
  },
  {
    owner: 'jazari-casablanca',
    author: KARIM,
    type: 'rnd_collaboration',
    title: 'Collaboration R&D : vision industrielle pour la maintenance prédictive des PME',
    parties: [
      { tenant: 'jazari-casablanca', roleLabel: 'Porteur' },
      { tenant: 'atlas-ai-labs', roleLabel: 'Partenaire technologique' },
    ],
    priorities: ['sme_adoption'],
    projects: [
      { institute: 'jazari-casablanca', title: 'Maintenance prédictive pour les PME industrielles' },
    ],
    valueMad: '850000.00',
    effective: 30,
    expiry: 760,
    signingDeadline: 21,
    reminderIntervalDays: 3,
    created: [-14, 9],
    submitted: [-12, 10],
    sent: [-11, 10],
    document: {
      filename: 'collaboration-rd-vision-industrielle.pdf',
      articles: [
        [
          'Objet',
          'Les parties développent ensemble des modèles de vision industrielle pour détecter les défauts et ' +
            'anticiper les pannes des machines des PME accompagnées par l’Institut.',
        ],
        [
          'Apports',
          'L’Institut apporte les données des PME équipées et son équipe ; le Partenaire apporte ses modèles ' +
            'de vision et le calcul nécessaire à leur entraînement.',
        ],
        ['Durée', 'Deux ans à compter de la date d’effet.'],
      ],
    },
    signers: [
      { email: KARIM, tenant: 'jazari-casablanca', step: 1, signed: [-10, 9] },
      { email: MEHDI, tenant: 'atlas-ai-labs', step: 2 },
    ],
    // Step 2 is current from day -10; reminders every 3 days from the sending: days -8, -5, -2.
    reminded: { last: [-2, 10], count: 3 },
  },
];

function loginLines(): string[] {
  return [
    `demo logins (password for all: ${DEMO_PASSWORD}):`,
    ...DEMO_USERS.map(
      (u) => `  ${u.email.padEnd(30)} ${u.memberships.map((m) => `${m.role} @ ${m.tenant}`).join(', ')}`,
    ),
  ];
}

/** `YYYY-MM-DD`, `offset` days from today (UTC). */
function day(offset: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset))
    .toISOString()
    .slice(0, 10);
}

/** A moment on that day, for timestamps (submitted, reviewed, history). */
function at(offset: number, hour = 10): string {
  return `${day(offset)}T${String(hour).padStart(2, '0')}:00:00Z`;
}

const STATUS_PATH: Record<ProjectStatus, readonly ProjectStatus[]> = {
  proposed: [],
  active: ['active'],
  on_hold: ['active', 'on_hold'],
  completed: ['active', 'completed'],
};

type Query = (sql: string, params?: unknown[]) => Promise<pg.QueryResult>;
type InTransaction = <T>(context: DbContext, work: () => Promise<T>) => Promise<T>;
type TenantIds = ReadonlyMap<string, { id: string; kind: TenantKind }>;

/**
 * Seeds the demo network once, through the runtime role and the same RLS contexts the API uses, so the
 * seed cannot write what the application could not. Each part is seeded once: the tenants and people,
 * each tenant's directory profile, each institute's projects, each owner's conventions (their documents
 * stored under STORAGE_DIR, their evidence sealed with the development key); running it again adds what is missing
 * (a database seeded before projects existed gets them) and changes nothing else. Returns the lines to
 * print.
 */
export async function seedDemoNetwork(config: AppConfig): Promise<string[]> {
  if (!config.seedDemo) return [];
  const client = new pg.Client({ connectionString: config.database.url, application_name: 'jazari-seed' });
  await client.connect();
  const query: Query = (sql, params) => client.query(sql, params);
  const inTransaction: InTransaction = async (context, work) => {
    await client.query(beginTransactionSql(context));
    try {
      const result = await work();
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  };
  try {
    const seededNetwork = await seedTenantsAndPeople(query, inTransaction);
    const tenants = await demoTenantIds(query, inTransaction);
    const profiles = await seedDirectoryProfiles(query, inTransaction, tenants);
    const projects = await seedProjects(query, inTransaction, tenants);
    const conventions = await seedConventions(query, inTransaction, tenants, config);
    const resources = await seedDemoResources(query, inTransaction, tenants);
    const workshops = await seedWorkshops(query, inTransaction, tenants);
    // Before the report, whose refresh of the dashboards' roll-ups then includes the carried-over months.
    const history = await seedDashboardHistory(query, inTransaction, tenants);
    const reports = await seedDemoReport(query, inTransaction, tenants);
    if (
      !seededNetwork &&
      profiles === 0 &&
      projects === 0 &&
      conventions.conventions === 0 &&
      resources === 0
    )
      return ['demo network already seeded', ...loginLines()];
    const lines: string[] = [];
    if (seededNetwork) {
      lines.push(
        `demo network seeded: ${DEMO_TENANTS.length} tenants (Root, 3 institutes, 1 partner), ${DEMO_USERS.length} users`,
      );
    }
    if (profiles > 0) lines.push(`demo directory profiles seeded: ${profiles}`);
    if (projects > 0) {
      lines.push(
        `demo projects seeded: ${projects}, with milestones, deliverables, KPIs, status reports and ${DEMO_BENEFICIARIES.length} beneficiaries`,
      );
    }
    if (conventions.conventions > 0) {
      lines.push(
        `demo conventions seeded: ${conventions.conventions}, with documents, signatures, evidence (sealed when active) and ${conventions.obligations} obligations`,
      );
    }
    if (resources > 0) {
      lines.push(
        `demo shared resources seeded: ${resources}, with a pending and an active allocation and lab bookings`,
      );
    }
    if (workshops > 0) {
      lines.push(
        `demo workshops seeded: ${workshops} (a past co-design session, an upcoming workshop, a full training with a waitlist)`,
      );
    }
    if (history > 0) lines.push(`demo dashboard history seeded: ${history} months carried over`);
    if (reports > 0) {
      lines.push('demo national report requested: last quarter, XLSX (the worker renders it when it starts)');
    }
    return [...lines, ...loginLines()];
  } finally {
    await client.end();
  }
}

/** The tenants and their people, unless a Root exists already. True when it seeded them. */
async function seedTenantsAndPeople(query: Query, inTransaction: InTransaction): Promise<boolean> {
  const rootId = uuidv7();
  const asRoot: DbContext = { tenantId: rootId, tenantKind: 'root', userId: null };
  const existing = await inTransaction(asRoot, () => query(`SELECT 1 FROM tenant WHERE kind = 'root'`));
  if (existing.rowCount) return false;

  const ids = new Map<string, { id: string; kind: TenantKind }>();
  await inTransaction(asRoot, async () => {
    for (const t of DEMO_TENANTS) {
      const id = t.kind === 'root' ? rootId : uuidv7();
      ids.set(t.slug, { id, kind: t.kind });
      await query(
        `INSERT INTO tenant (id, kind, slug, legal_name, name_fr, name_ar, name_en, region_code, city, host_organisation)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          id,
          t.kind,
          t.slug,
          t.legalName,
          t.names.fr,
          t.names.ar,
          t.names.en,
          t.region ?? null,
          t.city ?? null,
          t.host ?? null,
        ],
      );
    }
  });
  const hasher = new PasswordHasher();
  for (const user of DEMO_USERS) {
    const userId = uuidv7();
    const hash = await hasher.hash(DEMO_PASSWORD);
    for (const [index, membership] of user.memberships.entries()) {
      const tenant = ids.get(membership.tenant)!;
      await inTransaction({ tenantId: tenant.id, tenantKind: tenant.kind, userId: null }, async () => {
        if (index === 0) {
          await query(
            `INSERT INTO app_user (id, email, display_name, locale, password_hash) VALUES ($1, $2, $3, $4, $5)`,
            [userId, user.email, user.name, user.locale, hash],
          );
        }
        await query(`INSERT INTO membership (tenant_id, user_id, role) VALUES ($1, $2, $3)`, [
          tenant.id,
          userId,
          membership.role,
        ]);
      });
    }
  }
  return true;
}

/** The demo tenants present in the database, by slug (a tenant renamed or removed is left alone). */
async function demoTenantIds(query: Query, inTransaction: InTransaction): Promise<TenantIds> {
  // Any tenant context reads the `tenant` table; this one names no real tenant and writes nothing.
  const reader: DbContext = { tenantId: uuidv7(), tenantKind: 'root', userId: null };
  const { rows } = await inTransaction(reader, () =>
    query(`SELECT id, slug, kind FROM tenant WHERE slug = ANY($1::text[])`, [
      DEMO_TENANTS.map((t) => t.slug),
    ]),
  );
  return new Map(
    rows.map((r: { id: string; slug: string; kind: TenantKind }) => [r.slug, { id: r.id, kind: r.kind }]),
  );
}

/** Each demo tenant's profile and domains, in its own context, unless it has a profile already. */
async function seedDirectoryProfiles(
  query: Query,
  inTransaction: InTransaction,
  tenants: TenantIds,
): Promise<number> {
  let seeded = 0;
  for (const [slug, profile] of Object.entries(DEMO_PROFILES)) {
    const tenant = tenants.get(slug);
    if (!tenant) continue;
    await inTransaction({ tenantId: tenant.id, tenantKind: tenant.kind, userId: null }, async () => {
      const inserted = await query(
        `INSERT INTO directory_profile (tenant_id, description, contact_email, contact_phone, website)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id) DO NOTHING
         RETURNING tenant_id`,
        [tenant.id, profile.description, profile.email, profile.phone ?? null, profile.website],
      );
      if (!inserted.rowCount) return;
      await query(
        `INSERT INTO directory_domain (tenant_id, domain_code) SELECT $1, unnest($2::text[])
         ON CONFLICT DO NOTHING`,
        [tenant.id, profile.domains],
      );
      seeded++;
    });
  }
  return seeded;
}

/** Each institute's demo projects, in the institute's context, unless it has projects already. */
async function seedProjects(query: Query, inTransaction: InTransaction, tenants: TenantIds): Promise<number> {
  let seeded = 0;
  for (const slug of new Set(DEMO_PROJECTS.map((p) => p.institute))) {
    const institute = tenants.get(slug);
    if (!institute) continue;
    const context: DbContext = { tenantId: institute.id, tenantKind: 'institute', userId: null };
    seeded += await inTransaction(context, async () => {
      const existing = await query(`SELECT 1 FROM project WHERE tenant_id = $1 LIMIT 1`, [institute.id]);
      if (existing.rowCount) return 0;
      const members = await query(
        `SELECT u.id, u.email, m.role FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.tenant_id = $1`,
        [institute.id],
      );
      const people = new Map(members.rows.map((r: { id: string; email: string }) => [r.email, r.id]));
      const manager = members.rows.find((r: { role: string }) => r.role === 'institute_manager') as
        { id: string } | undefined;
      if (!manager) return 0;
      const person = (email: string): string => {
        const id = people.get(email);
        if (!id) throw new Error(`demo seed: ${email} is not a member of ${slug}`);
        return id;
      };
      const projects = DEMO_PROJECTS.filter((p) => p.institute === slug);
      for (const project of projects) {
        await insertProject(query, institute.id, project, person, manager.id, tenants);
      }
      return projects.length;
    });
  }
  return seeded;
}

/** One project and everything under it, with the history a user would have produced. */
async function insertProject(
  query: Query,
  tenantId: string,
  project: DemoProject,
  person: (email: string) => string,
  managerId: string,
  tenants: TenantIds,
): Promise<void> {
  const projectId = uuidv7();
  const key = [tenantId, projectId];
  const leadId = person(project.lead);
  const team = project.team.map(person);
  const partnerIds = (project.partners ?? []).map((slug) => {
    const partner = tenants.get(slug);
    if (!partner) throw new Error(`demo seed: no partner ${slug}`);
    return partner.id;
  });
  // The history is written last, in the order things happened (its ids, UUID v7, are its order).
  const events: { at: string; actor: string; action: string; changes: Record<string, unknown> }[] = [];
  const history = (
    when: string,
    action: string,
    changes: Record<string, unknown>,
    actor = managerId,
  ): void => {
    events.push({ at: when, actor, action, changes });
  };
  const created = Math.min(project.start, 0) - 14;
  const budget = project.budget.toFixed(2);
  const spent = project.spent.toFixed(2);

  await query(
    `INSERT INTO project (tenant_id, id, type, title, summary, start_date, end_date, budget_mad, spent_mad,
                          lead_user_id, status, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now())`,
    [
      ...key,
      project.type,
      project.title,
      project.summary,
      day(project.start),
      day(project.end),
      budget,
      spent,
      leadId,
      project.status,
      managerId,
      at(created),
    ],
  );
  const links: [table: string, column: string, type: 'uuid' | 'text', values: readonly string[]][] = [
    ['project_member', 'user_id', 'uuid', team],
    ['project_partner', 'partner_tenant_id', 'uuid', partnerIds],
    ['project_priority', 'priority_code', 'text', project.priorities],
    ['project_region', 'region_code', 'text', project.regions],
    ['project_domain', 'domain_code', 'text', project.domains],
  ];
  for (const [table, column, type, values] of links) {
    if (values.length === 0) continue;
    await query(
      `INSERT INTO ${table} (tenant_id, project_id, ${column}) SELECT $1, $2, unnest($3::${type}[])`,
      [...key, values],
    );
  }
  history(at(created), 'project.created', {
    type: project.type,
    title: project.title,
    status: 'proposed',
    startDate: day(project.start),
    endDate: day(project.end),
    budgetMad: budget,
    spentMad: spent,
    leadUserId: leadId,
    team,
    partnerTenantIds: partnerIds,
    priorityCodes: project.priorities,
    regionCodes: project.regions,
    domainCodes: project.domains,
  });
  const [first, ...later] = STATUS_PATH[project.status];
  if (first) history(at(project.start, 12), 'project.status_changed', { from: 'proposed', to: first });

  for (const m of project.milestones ?? []) {
    const milestoneId = uuidv7();
    await query(
      `INSERT INTO milestone (tenant_id, id, project_id, title, due_date, done_date) VALUES ($1, $2, $3, $4, $5, $6)`,
      [tenantId, milestoneId, projectId, m.title, day(m.due), m.done === undefined ? null : day(m.done)],
    );
    history(at(created, 11), 'milestone.added', { milestoneId, title: m.title, dueDate: day(m.due) }, leadId);
    if (m.done !== undefined) {
      history(
        at(m.done, 16),
        'milestone.updated',
        { milestoneId, doneDate: { from: null, to: day(m.done) } },
        leadId,
      );
    }
  }
  for (const d of project.deliverables ?? []) {
    const deliverableId = uuidv7();
    const reviewed = d.status === 'accepted' || d.status === 'rejected';
    await query(
      `INSERT INTO deliverable (tenant_id, id, project_id, kind, title, due_date, status, submitted_at, reviewed_at,
                                reviewer_user_id, review_comment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        tenantId,
        deliverableId,
        projectId,
        d.kind,
        d.title,
        day(d.due),
        d.status,
        d.submitted === undefined ? null : at(d.submitted),
        reviewed && d.reviewed !== undefined ? at(d.reviewed, 15) : null,
        reviewed ? managerId : null,
        reviewed ? (d.comment ?? null) : null,
      ],
    );
    history(
      at(created, 11),
      'deliverable.added',
      { deliverableId, kind: d.kind, title: d.title, dueDate: day(d.due) },
      leadId,
    );
    if (d.submitted !== undefined) {
      history(
        at(d.submitted),
        'deliverable.submitted',
        {
          deliverableId,
          status: { from: 'planned', to: 'submitted' },
          resubmission: false,
        },
        leadId,
      );
    }
    if (reviewed && d.reviewed !== undefined) {
      history(at(d.reviewed, 15), `deliverable.${d.status}`, {
        deliverableId,
        status: { from: 'submitted', to: d.status },
        comment: d.comment ?? null,
      });
    }
    for (const e of d.evaluations ?? []) {
      const evaluationId = uuidv7();
      history(
        at(e.on, 14),
        'evaluation.added',
        {
          deliverableId,
          evaluationId,
          modelName: e.model,
          modelVersion: e.version,
          benchmark: e.benchmark,
          metric: e.metric,
          score: e.score,
        },
        leadId,
      );
      await query(
        `INSERT INTO evaluation_result (tenant_id, id, deliverable_id, project_id, model_name, model_version, benchmark,
                                        metric, score, evaluated_on, evaluator)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          tenantId,
          evaluationId,
          deliverableId,
          projectId,
          e.model,
          e.version,
          e.benchmark,
          e.metric,
          e.score,
          day(e.on),
          e.evaluator,
        ],
      );
    }
  }
  for (const k of project.kpis ?? []) {
    const kpiId = uuidv7();
    await query(
      `INSERT INTO kpi (tenant_id, id, project_id, name, unit, target, direction) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [tenantId, kpiId, projectId, k.name, k.unit, k.target, k.direction ?? 'higher'],
    );
    history(
      at(created, 11),
      'kpi.added',
      { kpiId, name: k.name, unit: k.unit, target: k.target, direction: k.direction ?? 'higher' },
      leadId,
    );
    for (const [on, value, note] of k.measurements) {
      const measurementId = uuidv7();
      await query(
        `INSERT INTO kpi_measurement (tenant_id, id, kpi_id, project_id, measured_on, value, note, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [tenantId, measurementId, kpiId, projectId, day(on), value, note ?? null, leadId, at(on, 17)],
      );
      history(at(on, 17), 'kpi.measured', { kpiId, measurementId, measuredOn: day(on), value }, leadId);
    }
  }
  for (const r of project.reports ?? []) {
    const reportId = uuidv7();
    history(
      at(r.to + 1),
      'status_report.added',
      {
        reportId,
        periodStart: day(r.from),
        periodEnd: day(r.to),
        rag: r.rag,
      },
      leadId,
    );
    await query(
      `INSERT INTO status_report (tenant_id, id, project_id, period_start, period_end, rag, narrative, risks, author_id,
                                  created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        tenantId,
        reportId,
        projectId,
        day(r.from),
        day(r.to),
        r.rag,
        r.narrative,
        r.risks ?? '',
        leadId,
        at(r.to + 1),
      ],
    );
  }
  for (const s of project.supports ?? []) {
    const company = DEMO_BENEFICIARIES.find((b) => b.ice === s.ice);
    if (!company) throw new Error(`demo seed: no beneficiary with ICE ${s.ice}`);
    // The registry is shared: the first institute to support a company registers it, the others find it.
    await query(
      `INSERT INTO beneficiary (id, ice, name, size, sector, region_code) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (ice) DO NOTHING`,
      [uuidv7(), company.ice, company.name, company.size, company.sector, company.region],
    );
    const { rows } = await query(`SELECT id, name FROM beneficiary WHERE ice = $1`, [company.ice]);
    const beneficiary = rows[0] as { id: string; name: string };
    await query(
      `INSERT INTO project_beneficiary (tenant_id, project_id, beneficiary_id, support_kind, started_on, note)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [...key, beneficiary.id, s.kind, day(s.started), s.note ?? null],
    );
    history(at(s.started, 11), 'beneficiary.linked', {
      beneficiaryId: beneficiary.id,
      ice: company.ice,
      name: beneficiary.name,
      supportKind: s.kind,
      startedOn: day(s.started),
    });
  }
  let from = first;
  for (const to of later) {
    history(at(Math.min(project.end, -1), 12), 'project.status_changed', { from, to });
    from = to;
  }

  // A stable sort: things that happened at the same moment keep the order they were listed in.
  for (const event of [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) {
    await query(
      `INSERT INTO project_history (tenant_id, id, project_id, occurred_at, actor_user_id, action, changes)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [tenantId, uuidv7(), projectId, event.at, event.actor, event.action, JSON.stringify(event.changes)],
    );
  }
}

const MINUTE = 60_000;
const SIGNATURE_IP = '127.0.0.1';
const SIGNATURE_USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

/** That moment, `minutes` and `ms` later. */
function moment([offset, hour]: When, minutes = 0, ms = 0): Date {
  return new Date(Date.parse(at(offset, hour)) + minutes * MINUTE + ms);
}

interface EvidenceActor {
  readonly userId: string;
  readonly tenantId: string;
}

/** Looks up what the owner cannot read (other tenants' people, projects, deliverables) in their own scope. */
interface ConventionRefs {
  person(tenant: string, email: string): string;
  project(institute: string, title: string): { tenantId: string; id: string } | undefined;
  deliverable(institute: string, title: string): { tenantId: string; id: string } | undefined;
}

async function conventionRefs(
  query: Query,
  inTransaction: InTransaction,
  tenants: TenantIds,
  conventions: readonly DemoConvention[],
): Promise<ConventionRefs> {
  const people = new Map<string, Set<string>>();
  const projects = new Map<string, Set<string>>();
  const deliverables = new Map<string, Set<string>>();
  const want = (map: Map<string, Set<string>>, tenant: string, value: string) =>
    map.set(tenant, (map.get(tenant) ?? new Set()).add(value));
  for (const c of conventions) {
    want(people, c.owner, c.author);
    for (const s of c.signers) want(people, s.tenant, s.email);
    for (const p of c.projects) want(projects, p.institute, p.title);
    for (const o of c.obligations ?? []) {
      if (!o.met) continue;
      want(people, o.responsible, o.met.by);
      if (o.met.deliverable) want(deliverables, o.met.deliverable.institute, o.met.deliverable.title);
    }
  }
  const found = new Map<string, string>();
  const read = async (kind: string, map: Map<string, Set<string>>, sql: string, lower: boolean) => {
    for (const [slug, values] of map) {
      const tenant = tenants.get(slug);
      if (!tenant) continue;
      const wanted = [...values].map((v) => (lower ? v.toLowerCase() : v));
      const { rows } = await inTransaction(
        { tenantId: tenant.id, tenantKind: tenant.kind, userId: null },
        () => query(sql, [tenant.id, wanted]),
      );
      for (const row of rows as { key: string; id: string }[])
        found.set(`${kind}/${slug}/${row.key}`, row.id);
    }
  };
  await read(
    'person',
    people,
    `SELECT lower(u.email) AS key, u.id FROM app_user u JOIN membership m ON m.user_id = u.id
      WHERE m.tenant_id = $1 AND lower(u.email) = ANY($2::text[])`,
    true,
  );
  await read(
    'project',
    projects,
    `SELECT DISTINCT ON (title) title AS key, id FROM project WHERE tenant_id = $1 AND title = ANY($2::text[])
      ORDER BY title, id`,
    false,
  );
  await read(
    'deliverable',
    deliverables,
    `SELECT DISTINCT ON (title) title AS key, id FROM deliverable WHERE tenant_id = $1 AND title = ANY($2::text[])
      ORDER BY title, id`,
    false,
  );
  const linked = (kind: string, slug: string, title: string) => {
    const id = found.get(`${kind}/${slug}/${title}`);
    return id === undefined ? undefined : { tenantId: tenants.get(slug)!.id, id };
  };
  return {
    person(tenant, email) {
      const id = found.get(`person/${tenant}/${email.toLowerCase()}`);
      if (!id) throw new Error(`demo seed: ${email} is not a member of ${tenant}`);
      return id;
    },
    project: (institute, title) => linked('project', institute, title),
    deliverable: (institute, title) => linked('deliverable', institute, title),
  };
}

/**
 * One convention's evidence chain, appended as EvidenceChain does (seq gapless from 1, each event hashed
 * over the previous hash with `evidenceEventHash`, data stored as the canonical JSON that was hashed), in
 * the order things happened; `seal` signs the head as activation does.
 */
function evidenceChain(query: Query, ownerTenantId: string, conventionId: string, key: () => KeyObject) {
  let seq = 0;
  let head = EVIDENCE_GENESIS_HASH;
  let last = 0;
  return {
    async append(
      occurredAt: Date,
      type: string,
      actor: EvidenceActor | null,
      input: Record<string, unknown>,
    ): Promise<void> {
      if (occurredAt.getTime() < last) throw new Error(`demo seed: ${type} is earlier than the event before`);
      last = occurredAt.getTime();
      const data = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
      seq += 1;
      const id = uuidv7();
      const hash = evidenceEventHash(head, {
        conventionId,
        ownerTenantId,
        seq,
        id,
        occurredAt: occurredAt.toISOString(),
        type,
        actorUserId: actor?.userId ?? null,
        actorTenantId: actor?.tenantId ?? null,
        data,
      });
      await query(
        `INSERT INTO convention_event (tenant_id, convention_id, seq, id, occurred_at, type, actor_user_id,
                                       actor_tenant_id, data, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11)`,
        [
          ownerTenantId,
          conventionId,
          seq,
          id,
          occurredAt,
          type,
          actor?.userId ?? null,
          actor?.tenantId ?? null,
          canonicalJson(data),
          head,
          hash,
        ],
      );
      head = hash;
    },
    async seal(sealedAt: Date): Promise<void> {
      const privateKey = key();
      const signature = sign(
        null,
        sealMessage({ conventionId, ownerTenantId, headSeq: seq, headHash: head.toString('hex') }),
        privateKey,
      );
      await query(
        `INSERT INTO convention_seal (tenant_id, convention_id, id, head_seq, head_hash, key_id, signature, sealed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          ownerTenantId,
          conventionId,
          uuidv7(),
          seq,
          head,
          evidenceKeyId(createPublicKey(privateKey)),
          signature,
          sealedAt,
        ],
      );
    },
  };
}

/** A small, real PDF of the convention's text (what its owner would have uploaded). */
function conventionPdf(c: {
  reference: string;
  title: string;
  parties: readonly { name: string; roleLabel: string }[];
  articles: readonly (readonly [string, string])[];
  date: Date;
}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 60,
    info: { Title: `${c.reference} — ${c.title}`, Author: 'Réseau Jazari', CreationDate: c.date },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.fontSize(10).text(`Réseau Jazari — ${c.reference}`, { align: 'right' });
  doc.moveDown().fontSize(16).text(c.title, { align: 'center' });
  doc.moveDown().fontSize(11).text('Entre les soussignés :');
  for (const party of c.parties) doc.text(`• ${party.name}, en qualité de ${party.roleLabel.toLowerCase()}`);
  doc.moveDown().text('Il a été convenu ce qui suit.');
  for (const [i, [heading, body]] of c.articles.entries()) {
    doc
      .moveDown()
      .fontSize(12)
      .text(`Article ${i + 1} — ${heading}`);
    doc.fontSize(11).text(body, { align: 'justify' });
  }
  doc
    .moveDown(2)
    .text(`Fait en autant d’exemplaires que de parties, le ${c.date.toISOString().slice(0, 10)}.`);
  doc.text('Signé électroniquement sur la plateforme Jazari.');
  doc.end();
  return done;
}

/** The owner's next reference (`<CODE>-<YEAR>-<NNNN>`), taken from the counter the API uses. */
async function nextReference(
  query: Query,
  owner: string,
  ownerKind: TenantKind,
  slug: string,
  created: Date,
) {
  const year = Number(networkToday(created).slice(0, 4));
  const { rows } = await query(
    `INSERT INTO convention_counter (tenant_id, year, last_seq) VALUES ($1, $2, 1)
     ON CONFLICT (tenant_id, year) DO UPDATE SET last_seq = convention_counter.last_seq + 1
     RETURNING last_seq`,
    [owner, year],
  );
  const seq = (rows[0] as { last_seq: number }).last_seq;
  const code = ownerCode(ownerKind, slug);
  return { reference: `${code}-${year}-${String(seq).padStart(4, '0')}`, year, seq };
}

/**
 * Each owner's demo conventions, in the owner's context, unless it has conventions already: their
 * parties, priorities, linked projects, document (stored where the API stores uploads), signers,
 * signatures, obligations, amendments and evidence. Answers how many conventions and obligations.
 */
async function seedConventions(
  query: Query,
  inTransaction: InTransaction,
  tenants: TenantIds,
  config: AppConfig,
): Promise<{ conventions: number; obligations: number }> {
  const seeded = { conventions: 0, obligations: 0 };
  const storage = new LocalDiskStorage(config.storage.dir);
  let key: KeyObject | undefined;
  const sealingKey = () => (key ??= loadEvidenceSigningKey(config));
  for (const slug of new Set(DEMO_CONVENTIONS.map((c) => c.owner))) {
    const owner = tenants.get(slug);
    if (!owner) continue;
    const context: DbContext = { tenantId: owner.id, tenantKind: owner.kind, userId: null };
    const existing = await inTransaction(context, () =>
      query(`SELECT 1 FROM convention WHERE tenant_id = $1 LIMIT 1`, [owner.id]),
    );
    if (existing.rowCount) continue;
    const conventions = DEMO_CONVENTIONS.filter((c) => c.owner === slug);
    if (conventions.some((c) => c.parties.some((p) => !tenants.has(p.tenant)))) continue;
    const refs = await conventionRefs(query, inTransaction, tenants, conventions);
    // Files are put before the rows that name them (as an upload does); a failed transaction removes them.
    const stored: string[] = [];
    try {
      const counts = await inTransaction(context, async () => {
        const counts = { conventions: 0, obligations: 0 };
        for (const convention of conventions) {
          const written = await insertConvention(query, tenants, refs, convention, {
            put: async (pdf) => {
              const object = await storage.put(Readable.from([pdf]), {
                prefix: `${owner.id}/conventions`,
                maxBytes: config.storage.maxUploadBytes,
              });
              stored.push(object.key);
              return object;
            },
            key: sealingKey,
          });
          counts.conventions += written.conventions;
          counts.obligations += written.obligations;
        }
        await recordConventionNotices(query, { ...context, tenantId: owner.id });
        return counts;
      });
      seeded.conventions += counts.conventions;
      seeded.obligations += counts.obligations;
    } catch (error) {
      for (const stale of stored) await storage.delete(stale).catch(() => undefined);
      throw error;
    }
  }
  return seeded;
}

/**
 * The notices the signing flow sent when the owner's seeded conventions were sent and activated — in the
 * past, so they are seeded as already delivered (issue 16 point 15): each event is in the outbox as done
 * at its time, and its recipients have it in their inbox, with the ledger saying so — a signature request
 * to the pending signers of each convention out for signature (unread: the signature is still to give),
 * the activation notice to the parties' administrators of each active one (read). The worker has nothing
 * left to send: a fresh start e-mails nobody about what happened months ago.
 */
async function recordConventionNotices(query: Query, owner: DbContext & { tenantId: string }): Promise<void> {
  const pending = await query(
    `SELECT s.convention_id, min(s.step) AS step, array_agg(s.id ORDER BY s.id) AS signer_ids,
            array_agg(DISTINCT s.party_tenant_id) AS parties, c.sent_at, c.reference, c.title
       FROM convention_signer s JOIN convention c ON c.tenant_id = s.tenant_id AND c.id = s.convention_id
      WHERE s.tenant_id = $1 AND c.status = 'out_for_signature' AND s.status = 'pending'
        AND s.step = (SELECT min(step) FROM convention_signer p
                       WHERE p.tenant_id = s.tenant_id AND p.convention_id = s.convention_id AND p.status = 'pending')
      GROUP BY s.convention_id, c.sent_at, c.reference, c.title`,
    [owner.tenantId],
  );
  for (const row of pending.rows as {
    convention_id: string;
    step: number;
    signer_ids: string[];
    parties: string[];
    sent_at: Date;
    reference: string;
    title: string;
  }[]) {
    const recipients: { tenantId: string; userId: string }[] = [];
    for (const party of row.parties) {
      const signers = await inScopeOf(query, owner, party, () =>
        query(
          `SELECT m.user_id FROM convention_signer s
             JOIN membership m ON m.tenant_id = $1 AND m.user_id = s.user_id
            WHERE s.tenant_id = $2 AND s.id = ANY($3::uuid[]) AND s.party_tenant_id = $1 ORDER BY m.user_id`,
          [party, owner.tenantId, row.signer_ids],
        ),
      );
      for (const s of signers.rows as { user_id: string }[])
        recipients.push({ tenantId: party, userId: s.user_id });
    }
    await recordDelivered(query, owner, {
      type: 'conventions.signature_requested',
      payload: { conventionId: row.convention_id, step: row.step, signerIds: row.signer_ids },
      at: row.sent_at,
      vars: { reference: row.reference, title: row.title },
      link: `/conventions/${row.convention_id}`,
      recipients,
      read: false,
    });
  }
  const active = await query(
    `SELECT c.id, array_agg(p.party_tenant_id ORDER BY p.position) AS parties, c.activated_at, c.reference, c.title
       FROM convention c JOIN convention_party p ON p.tenant_id = c.tenant_id AND p.convention_id = c.id
      WHERE c.tenant_id = $1 AND c.status = 'active' GROUP BY c.id, c.activated_at, c.reference, c.title`,
    [owner.tenantId],
  );
  for (const row of active.rows as {
    id: string;
    parties: string[];
    activated_at: Date;
    reference: string;
    title: string;
  }[]) {
    const recipients: { tenantId: string; userId: string }[] = [];
    for (const tenantId of new Set([owner.tenantId, ...row.parties])) {
      const admins = await inScopeOf(query, owner, tenantId, () =>
        query(
          `SELECT m.user_id FROM membership m JOIN app_user u ON u.id = m.user_id
            WHERE m.tenant_id = $1 AND m.role = ANY($2::text[]) AND u.status = 'active' ORDER BY m.user_id`,
          [tenantId, ['network_admin', 'institute_manager', 'partner_admin']],
        ),
      );
      for (const a of admins.rows as { user_id: string }[]) recipients.push({ tenantId, userId: a.user_id });
    }
    await recordDelivered(query, owner, {
      type: 'conventions.activated',
      payload: { conventionId: row.id, partyTenantIds: row.parties },
      at: row.activated_at,
      vars: { reference: row.reference, title: row.title },
      link: `/conventions/${row.id}`,
      recipients,
      read: true,
    });
  }
}

/** Runs `work` in another tenant's RLS scope, inside the open transaction, then returns to the owner's. */
async function inScopeOf<T>(
  query: Query,
  owner: DbContext,
  tenantId: string,
  work: () => Promise<T>,
): Promise<T> {
  if (tenantId === owner.tenantId) return work();
  await query(setContextSql({ tenantId, tenantKind: null, userId: null }));
  try {
    return await work();
  } finally {
    await query(setContextSql(owner));
  }
}

/**
 * One past notification event, as the worker left it: the outbox row done at the event's time, each
 * recipient's inbox row (titled from the notification catalogue, as the dispatcher titles it) and its
 * in-app ledger entry delivered.
 */
async function recordDelivered(
  query: Query,
  owner: DbContext & { tenantId: string },
  notice: {
    type: 'conventions.signature_requested' | 'conventions.activated';
    payload: object;
    at: Date;
    vars: Record<string, string>;
    link: string;
    recipients: readonly { tenantId: string; userId: string }[];
    read: boolean;
  },
): Promise<void> {
  const event = notificationEvent(notice.type)!;
  const eventId = uuidv7();
  await query(
    `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload, created_at, published_at,
       publish_count, done_at)
     VALUES ($1, $2, $3, $4, 'notifications', $5, $6, $6, 1, $6)`,
    [owner.tenantId, eventId, notice.type, event.job.version, JSON.stringify(notice.payload), notice.at],
  );
  const title = Object.fromEntries(
    (['fr', 'ar', 'en'] as const).map((locale) => [
      locale,
      event.templates[locale].subject.replace(
        /\{([a-z_]+)\}/g,
        (whole, key: string) => notice.vars[key] ?? whole,
      ),
    ]),
  );
  const seen = new Set<string>();
  for (const r of notice.recipients) {
    if (seen.has(r.userId)) continue;
    seen.add(r.userId);
    await inScopeOf(query, owner, r.tenantId, () =>
      query(
        `INSERT INTO notification (tenant_id, id, user_id, event_id, event_type, category, action_required,
           title, link, created_at, read_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          r.tenantId,
          uuidv7(),
          r.userId,
          eventId,
          notice.type,
          event.category,
          event.actionRequired,
          JSON.stringify(title),
          notice.link,
          notice.at,
          notice.read ? notice.at : null,
        ],
      ),
    );
    await query(
      `INSERT INTO notification_delivery (tenant_id, event_id, channel, recipient, status, attempts, created_at,
         delivered_at)
       VALUES ($1, $2, 'in_app', $3, 'delivered', 1, $4, $4)`,
      [owner.tenantId, eventId, r.userId, notice.at],
    );
  }
}

/** One convention and everything under it, with the evidence a user's acts would have left. */
async function insertConvention(
  query: Query,
  tenants: TenantIds,
  refs: ConventionRefs,
  c: DemoConvention,
  io: {
    put: (pdf: Buffer) => Promise<{ key: string; sizeBytes: number; sha256: Buffer }>;
    key: () => KeyObject;
  },
): Promise<{ conventions: number; obligations: number }> {
  const tenant = (slug: string) => tenants.get(slug)!;
  const owner = tenant(c.owner);
  const id = uuidv7();
  const author: EvidenceActor = { userId: refs.person(c.owner, c.author), tenantId: owner.id };
  const chain = evidenceChain(query, owner.id, id, io.key);
  const created = moment(c.created);
  const { reference, year, seq } = await nextReference(query, owner.id, owner.kind, c.owner, created);
  const terms = {
    title: c.title,
    effectiveDate: day(c.effective),
    expiryDate: day(c.expiry),
    valueMad: c.valueMad,
    signingDeadline: day(c.signingDeadline),
    reminderIntervalDays: c.reminderIntervalDays,
  };
  const parties = c.parties.map((p, position) => ({
    tenantId: tenant(p.tenant).id,
    roleLabel: p.roleLabel,
    position,
  }));
  const priorityCodes = [...c.priorities].sort();
  const projects = c.projects
    .map((p) => refs.project(p.institute, p.title))
    .filter((p): p is { tenantId: string; id: string } => p !== undefined);

  // The signers, and the state their signatures leave: active once all signed, else out for signature.
  const signers = c.signers.map((s) => ({
    id: uuidv7(),
    partyTenantId: tenant(s.tenant).id,
    userId: refs.person(s.tenant, s.email),
    step: s.step,
    signedAt: s.signed === undefined ? null : moment(s.signed),
  }));
  const signed = signers
    .filter((s): s is typeof s & { signedAt: Date } => s.signedAt !== null)
    .sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime());
  const activatedAt = signed.length === signers.length ? signed[signed.length - 1].signedAt : null;
  const pending = signers.filter((s) => s.signedAt === null);
  const currentStep = pending.length ? Math.min(...pending.map((s) => s.step)) : null;
  for (const s of signed) {
    const before = signers.filter((o) => o.step < s.step);
    if (before.some((o) => o.signedAt === null || o.signedAt > s.signedAt)) {
      throw new Error(`demo seed: ${c.title}: step ${s.step} signs before the steps before it`);
    }
  }
  const uploadedAt = moment(c.created, 20);
  const signersSetAt = moment(c.created, 40);
  const submittedAt = moment(c.submitted);
  const sentAt = moment(c.sent);

  // Created (v1), document uploaded (v2), submitted for review (v3), sent (v4), activated (v5).
  await query(
    `INSERT INTO convention (tenant_id, id, reference, ref_year, ref_seq, title, type, status, effective_date,
                             expiry_date, value_mad, signing_deadline, reminder_interval_days, version, created_by,
                             created_at, updated_at, sent_at, activated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
    [
      owner.id,
      id,
      reference,
      year,
      seq,
      c.title,
      c.type,
      activatedAt ? 'active' : 'out_for_signature',
      terms.effectiveDate,
      terms.expiryDate,
      terms.valueMad,
      terms.signingDeadline,
      terms.reminderIntervalDays,
      activatedAt ? 5 : 4,
      author.userId,
      created,
      activatedAt ?? sentAt,
      sentAt,
      activatedAt,
    ],
  );
  await insertParties(query, owner.id, id, parties);
  if (priorityCodes.length) {
    await query(
      `INSERT INTO convention_priority (tenant_id, convention_id, priority_code) SELECT $1, $2, unnest($3::text[])`,
      [owner.id, id, priorityCodes],
    );
  }
  if (projects.length) {
    await query(
      `INSERT INTO convention_project (tenant_id, convention_id, project_tenant_id, project_id)
       SELECT $1, $2, p.tenant_id, p.id FROM unnest($3::uuid[], $4::uuid[]) AS p(tenant_id, id)`,
      [owner.id, id, projects.map((p) => p.tenantId), projects.map((p) => p.id)],
    );
  }
  await chain.append(created, 'created', author, {
    ...terms,
    type: c.type,
    parties,
    priorityCodes,
    projects,
  });

  const pdf = await conventionPdf({
    reference,
    title: c.title,
    parties: c.parties.map((p) => ({
      name: DEMO_TENANTS.find((t) => t.slug === p.tenant)?.legalName ?? p.tenant,
      roleLabel: p.roleLabel,
    })),
    articles: c.document.articles,
    date: uploadedAt,
  });
  const file = await io.put(pdf);
  const document = { id: uuidv7(), version: 1, sha256: file.sha256.toString('hex') };
  await query(
    `INSERT INTO convention_document (tenant_id, id, convention_id, version, filename, size_bytes, sha256,
                                      storage_key, uploaded_by, uploaded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      owner.id,
      document.id,
      id,
      document.version,
      c.document.filename,
      file.sizeBytes,
      file.sha256,
      file.key,
      author.userId,
      uploadedAt,
    ],
  );
  await chain.append(uploadedAt, 'document_added', author, {
    documentId: document.id,
    version: document.version,
    filename: c.document.filename,
    sizeBytes: file.sizeBytes,
    sha256: document.sha256,
  });

  const reminded = c.reminded;
  for (const s of signers) {
    const remind = reminded && s.signedAt === null && s.step === currentStep;
    await query(
      `INSERT INTO convention_signer (tenant_id, id, convention_id, party_tenant_id, user_id, step, status, acted_at,
                                      last_reminded_at, reminders_sent)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        owner.id,
        s.id,
        id,
        s.partyTenantId,
        s.userId,
        s.step,
        s.signedAt ? 'signed' : 'pending',
        s.signedAt,
        remind ? moment(reminded.last) : null,
        remind ? reminded.count : 0,
      ],
    );
  }
  await chain.append(signersSetAt, 'signers_set', author, {
    signers: signers.map((s) => ({
      id: s.id,
      partyTenantId: s.partyTenantId,
      userId: s.userId,
      step: s.step,
    })),
  });
  await chain.append(submittedAt, 'submitted_for_review', author, { from: 'draft', to: 'in_review' });
  await chain.append(sentAt, 'sent', author, {
    documentId: document.id,
    documentVersion: document.version,
    documentSha256: document.sha256,
    steps: [...new Set(signers.map((s) => s.step))].sort((a, b) => a - b),
  });

  for (const s of signed) {
    const signatureId = uuidv7();
    await query(
      `INSERT INTO convention_signature (tenant_id, id, convention_id, signer_id, document_id, document_sha256,
                                         user_id, party_tenant_id, signed_at, ip, user_agent, method)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'password')`,
      [
        owner.id,
        signatureId,
        id,
        s.id,
        document.id,
        file.sha256,
        s.userId,
        s.partyTenantId,
        s.signedAt,
        SIGNATURE_IP,
        SIGNATURE_USER_AGENT,
      ],
    );
    await chain.append(
      new Date(s.signedAt.getTime() + 4),
      'signed',
      { userId: s.userId, tenantId: s.partyTenantId },
      {
        signatureId,
        signerId: s.id,
        userId: s.userId,
        partyTenantId: s.partyTenantId,
        documentId: document.id,
        documentSha256: document.sha256,
        signedAt: s.signedAt.toISOString(),
        ip: SIGNATURE_IP,
        userAgent: SIGNATURE_USER_AGENT,
        method: 'password',
        step: s.step,
      },
    );
  }
  if (activatedAt) {
    await chain.append(new Date(activatedAt.getTime() + 7), 'activated', null, {
      activatedAt: activatedAt.toISOString(),
    });
    await chain.seal(new Date(activatedAt.getTime() + 9));
  }

  // Obligations, added the day after activation by the author; some met since by their party.
  const obligations = c.obligations ?? [];
  if (obligations.length && !activatedAt)
    throw new Error(`demo seed: ${c.title} has obligations but is not active`);
  const added: { id: string; o: DemoObligation; addedAt: Date }[] = [];
  for (const [i, o] of obligations.entries()) {
    const obligationId = uuidv7();
    const addedAt = new Date(activatedAt!.getTime() + 18 * 60 * MINUTE + i * MINUTE);
    added.push({ id: obligationId, o, addedAt });
    await chain.append(addedAt, 'obligation_added', author, {
      obligationId,
      description: o.description,
      responsibleTenantId: tenant(o.responsible).id,
      dueDate: day(o.due),
      evidence: null,
    });
  }
  const metInOrder = added
    .filter((a) => a.o.met)
    .sort((a, b) => moment(a.o.met!.on).getTime() - moment(b.o.met!.on).getTime());
  const evidenceOf = new Map<string, { kind: 'deliverable'; tenantId: string; id: string } | null>();
  for (const { id: obligationId, o } of metInOrder) {
    const met = o.met!;
    const link = met.deliverable && refs.deliverable(met.deliverable.institute, met.deliverable.title);
    const evidence = link ? { kind: 'deliverable' as const, ...link } : null;
    evidenceOf.set(obligationId, evidence);
    await chain.append(
      moment(met.on),
      'obligation_met',
      { userId: refs.person(o.responsible, met.by), tenantId: tenant(o.responsible).id },
      { obligationId, evidence, note: met.note },
    );
  }
  for (const { id: obligationId, o, addedAt } of added) {
    const evidence = evidenceOf.get(obligationId) ?? null;
    const metAt = o.met ? moment(o.met.on) : null;
    await query(
      `INSERT INTO obligation (tenant_id, id, convention_id, description, responsible_tenant_id, due_date, status,
                               met_at, evidence_kind, evidence_tenant_id, evidence_id, note, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        owner.id,
        obligationId,
        id,
        o.description,
        tenant(o.responsible).id,
        day(o.due),
        metAt ? 'met' : 'open',
        metAt,
        evidence?.kind ?? null,
        evidence?.tenantId ?? null,
        evidence?.id ?? null,
        o.met?.note ?? null,
        addedAt,
        metAt ?? addedAt,
      ],
    );
  }

  // Amendments of the active convention: same owner, own reference, the parent's parties.
  const amendments = c.amendments ?? [];
  if (amendments.length && !activatedAt) throw new Error(`demo seed: only an active convention is amended`);
  for (const a of amendments) {
    const amendmentId = uuidv7();
    const amendmentChain = evidenceChain(query, owner.id, amendmentId, io.key);
    const amendedAt = moment(a.created);
    const ref = await nextReference(query, owner.id, owner.kind, c.owner, amendedAt);
    const amendmentTerms = {
      title: a.title,
      effectiveDate: a.effective === undefined ? null : day(a.effective),
      expiryDate: a.expiry === undefined ? null : day(a.expiry),
      valueMad: a.valueMad ?? null,
      signingDeadline: a.signingDeadline === undefined ? null : day(a.signingDeadline),
      reminderIntervalDays: c.reminderIntervalDays,
    };
    const submitted = a.submitted === undefined ? null : moment(a.submitted);
    await query(
      `INSERT INTO convention (tenant_id, id, reference, ref_year, ref_seq, title, type, status, parent_id,
                               effective_date, expiry_date, value_mad, signing_deadline, reminder_interval_days,
                               version, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'amendment', $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [
        owner.id,
        amendmentId,
        ref.reference,
        ref.year,
        ref.seq,
        a.title,
        submitted ? 'in_review' : 'draft',
        id,
        amendmentTerms.effectiveDate,
        amendmentTerms.expiryDate,
        amendmentTerms.valueMad,
        amendmentTerms.signingDeadline,
        amendmentTerms.reminderIntervalDays,
        submitted ? 2 : 1,
        author.userId,
        amendedAt,
        submitted ?? amendedAt,
      ],
    );
    await insertParties(query, owner.id, amendmentId, parties);
    await amendmentChain.append(amendedAt, 'created', author, {
      ...amendmentTerms,
      type: 'amendment',
      parentId: id,
      parties,
    });
    await chain.append(amendedAt, 'amended', author, { amendmentId });
    if (submitted) {
      await amendmentChain.append(submitted, 'submitted_for_review', author, {
        from: 'draft',
        to: 'in_review',
      });
    }
  }
  return { conventions: 1 + amendments.length, obligations: obligations.length };
}

async function insertParties(
  query: Query,
  ownerTenantId: string,
  conventionId: string,
  parties: readonly { tenantId: string; roleLabel: string; position: number }[],
): Promise<void> {
  await query(
    `INSERT INTO convention_party (tenant_id, convention_id, party_tenant_id, role_label, position)
     SELECT $1, $2, p.tenant_id, p.role_label, p.position
       FROM unnest($3::uuid[], $4::text[], $5::int[]) AS p(tenant_id, role_label, position)`,
    [
      ownerTenantId,
      conventionId,
      parties.map((p) => p.tenantId),
      parties.map((p) => p.roleLabel),
      parties.map((p) => p.position),
    ],
  );
}
