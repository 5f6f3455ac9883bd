export interface DemoResource {
  readonly owner: string;
  readonly kind: string;
  readonly name: string;
  readonly description: string;
  readonly unit: string;
  readonly capacity: string;
  readonly period: 'month' | 'quarter' | 'year';
  readonly terms: string;
  readonly defaultShare?: string;
  readonly largeRequestThreshold?: string;
  readonly bookable?: boolean;
  readonly directBooking?: boolean;
}

/** Three shared resources, each owned by a different demo institute. */
export const DEMO_RESOURCES: readonly DemoResource[] = [
  {
    owner: 'jazari-casablanca',
    kind: 'compute',
    name: 'Pool GPU Casablanca — 16 × H100',
    description: 'Nœuds GPU partagés pour l’entraînement et l’inférence de modèles.',
    unit: 'gpu_hour',
    capacity: '2000',
    period: 'month',
    terms: 'Usage de recherche uniquement ; citer l’Institut Jazari Casablanca dans les publications.',
    defaultShare: '800',
    largeRequestThreshold: '500',
  },
  {
    owner: 'jazari-rabat',
    kind: 'dataset',
    name: 'Corpus Darija annoté',
    description: 'Transcriptions et enregistrements en darija, annotés pour la reconnaissance vocale.',
    unit: 'TB',
    capacity: '20',
    period: 'quarter',
    terms: 'Données pseudonymisées : aucune tentative de réidentification ; pas de redistribution.',
  },
  {
    owner: 'jazari-souss-massa',
    kind: 'lab',
    name: 'Laboratoire de robotique agricole',
    description: 'Banc d’essai de drones et de robots pour l’agriculture de précision, à Agadir.',
    unit: 'slot',
    capacity: '60',
    period: 'month',
    terms: 'Formation sécurité obligatoire avant la première réservation.',
    bookable: true,
    directBooking: true,
  },
];
