import type { TenantKind } from '@jazari/database';
import type { Role } from '@jazari/identity';

/** Every demo login uses this password. Development only: the seed never runs in production. */
export const DEMO_PASSWORD = 'Jazari-Demo-2026';

export interface DemoTenant {
  readonly slug: string;
  readonly kind: TenantKind;
  readonly legalName: string;
  readonly names: { fr: string; ar: string; en: string };
  readonly region?: string;
  readonly city?: string;
  readonly host?: string;
}

export interface DemoUser {
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

// The demo people other data files name.
export const NADIA = 'manager.rabat@jazari.ma';
export const OMAR = 'researcher.rabat@jazari.ma';
export const KARIM = 'manager.casablanca@jazari.ma';
export const FATIMA = 'manager.souss@jazari.ma';
export const SALMA = 'admin@jazari.ma';
export const MEHDI = 'admin@atlas-ai.ma';
