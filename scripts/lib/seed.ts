import type { AppConfig } from '@jazari/config';
import { beginTransactionSql, uuidv7, type DbContext, type TenantKind } from '@jazari/database';
import { PasswordHasher, type Role } from '@jazari/identity';
import pg from 'pg';

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
 * each tenant's directory profile, each institute's projects; running it again adds what is missing
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
    if (!seededNetwork && profiles === 0 && projects === 0)
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
      `INSERT INTO kpi (tenant_id, id, project_id, name, unit, target) VALUES ($1, $2, $3, $4, $5, $6)`,
      [tenantId, kpiId, projectId, k.name, k.unit, k.target],
    );
    history(at(created, 11), 'kpi.added', { kpiId, name: k.name, unit: k.unit, target: k.target }, leadId);
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
