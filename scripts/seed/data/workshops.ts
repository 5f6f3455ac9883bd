export interface DemoRegistration {
  readonly email: string;
  readonly tenant: string;
  readonly checkedIn?: boolean;
}

export interface DemoWorkshop {
  readonly organiser: string;
  readonly coOrganisers: readonly string[];
  /** `network`, or the listed audience tenants. */
  readonly audience: 'network' | readonly string[];
  readonly kind: 'workshop' | 'co_design' | 'training';
  readonly title: string;
  readonly description: string;
  /** Days from today, and the local (Casablanca, UTC+1 in winter) start hour. */
  readonly day: number;
  readonly hours: readonly [number, number];
  readonly venue: string;
  readonly capacity: number;
  readonly status: 'published' | 'held';
  readonly agenda: readonly { title: string; speaker: string; at: number }[];
  readonly registrations: readonly DemoRegistration[];
  readonly minutes?: { text: string; decisions: readonly string[]; action: { title: string; dueIn: number } };
}

/**
 * A past co-design session (held, with minutes and attendance), an upcoming workshop open for registration,
 * and an upcoming training that is full (a new registration goes to the waitlist).
 */
export const DEMO_WORKSHOPS: readonly DemoWorkshop[] = [
  {
    organiser: 'atlas-ai-labs',
    coOrganisers: ['jazari-root'],
    audience: ['jazari-rabat', 'jazari-casablanca'],
    kind: 'co_design',
    title: 'Co-conception : assistant vocal en darija pour les guichets publics',
    description:
      'Session de co-conception avec les agents d’accueil : besoins, parcours usagers, maquettes du serveur vocal.',
    day: -20,
    hours: [9, 16],
    venue: 'Atlas AI Labs, Casablanca — salle Al Jazari',
    capacity: 20,
    status: 'held',
    agenda: [
      { title: 'Accueil et objectifs', speaker: 'Atlas AI Labs', at: 0 },
      { title: 'Parcours usagers aux guichets', speaker: 'Institut Jazari de Rabat', at: 1 },
      { title: 'Ateliers maquettes et priorisation', speaker: 'Tous', at: 3 },
    ],
    registrations: [
      { email: 'researcher.rabat@jazari.ma', tenant: 'jazari-rabat', checkedIn: true },
      { email: 'manager.casablanca@jazari.ma', tenant: 'jazari-casablanca', checkedIn: true },
      { email: 'manager.rabat@jazari.ma', tenant: 'jazari-rabat' },
    ],
    minutes: {
      text:
        'Douze agents et chercheurs ont comparé trois parcours ; le parcours « prise de rendez-vous » est ' +
        'retenu pour le pilote. Les maquettes seront testées en darija et en amazighe.',
      decisions: [
        'Pilote dans deux guichets de Rabat au prochain trimestre',
        'Évaluation sur DarijaSpeech-test avant mise en service',
      ],
      action: { title: 'Partager les enregistrements annotés de la session', dueIn: 10 },
    },
  },
  {
    organiser: 'jazari-rabat',
    coOrganisers: [],
    audience: 'network',
    kind: 'workshop',
    title: 'Atelier : évaluer les modèles de langue arabes et darija',
    description:
      'Méthodes, jeux de test et pièges de l’évaluation des modèles de langue en arabe et en darija.',
    day: 14,
    hours: [10, 13],
    venue: 'Institut Jazari de Rabat — amphithéâtre',
    capacity: 30,
    status: 'published',
    agenda: [
      { title: 'Jeux de test et métriques', speaker: 'Institut Jazari de Rabat', at: 0 },
      { title: 'Retour d’expérience : DarijaSpeech-test', speaker: 'Atlas AI Labs', at: 1 },
    ],
    registrations: [{ email: 'researcher.rabat@jazari.ma', tenant: 'jazari-rabat' }],
  },
  {
    organiser: 'jazari-souss-massa',
    coOrganisers: [],
    audience: 'network',
    kind: 'training',
    title: 'Formation : pilotage de drones agricoles au laboratoire',
    description:
      'Une demi-journée pratique au banc d’essai, en petit groupe : sécurité, plan de vol, lecture des données.',
    day: 10,
    hours: [9, 12],
    venue: 'Laboratoire de robotique agricole, Agadir',
    capacity: 2,
    status: 'published',
    agenda: [
      { title: 'Consignes de sécurité', speaker: 'Institut Jazari Souss-Massa', at: 0 },
      { title: 'Vol d’essai et relevés', speaker: 'Institut Jazari Souss-Massa', at: 1 },
    ],
    // Full: whoever registers next joins the waitlist.
    registrations: [
      { email: 'researcher.rabat@jazari.ma', tenant: 'jazari-rabat' },
      { email: 'manager.rabat@jazari.ma', tenant: 'jazari-rabat' },
    ],
  },
];
