import { KARIM, MEHDI, NADIA, SALMA } from './people.js';

// ---- Conventions -------------------------------------------------------------------------------------
// Written as the API would have written them, act by act and in the owner's scope: the rows in their final
// state, and each convention's evidence chain hashed with the API's own function (evidenceEventHash) and,
// once active, sealed with the development sealing key, so `GET /conventions/{id}/evidence` verifies.
// Times are [days from the day the seed runs, hour UTC].

export type When = readonly [day: number, hour: number];

export interface DemoObligation {
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

export interface DemoAmendment {
  readonly title: string;
  readonly created: When;
  readonly submitted?: When;
  readonly effective?: number;
  readonly expiry?: number;
  readonly valueMad?: string;
  readonly signingDeadline?: number;
}

export interface DemoConvention {
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
