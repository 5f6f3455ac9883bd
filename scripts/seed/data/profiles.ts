export interface DemoProfile {
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
