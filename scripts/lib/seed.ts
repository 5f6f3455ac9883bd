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

function loginLines(): string[] {
  return [
    `demo logins (password for all: ${DEMO_PASSWORD}):`,
    ...DEMO_USERS.map(
      (u) => `  ${u.email.padEnd(30)} ${u.memberships.map((m) => `${m.role} @ ${m.tenant}`).join(', ')}`,
    ),
  ];
}

/**
 * Seeds the demo network once, through the runtime role and the same RLS contexts the API uses, so the
 * seed cannot write what the application could not. Returns the lines to print.
 */
export async function seedDemoNetwork(config: AppConfig): Promise<string[]> {
  if (!config.seedDemo) return [];
  const client = new pg.Client({ connectionString: config.database.url, application_name: 'jazari-seed' });
  await client.connect();
  const inTransaction = async <T>(context: DbContext, work: () => Promise<T>): Promise<T> => {
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
    const rootId = uuidv7();
    const asRoot: DbContext = { tenantId: rootId, tenantKind: 'root', userId: null };
    const existing = await inTransaction(asRoot, () =>
      client.query(`SELECT 1 FROM tenant WHERE kind = 'root'`),
    );
    if (existing.rowCount) return ['demo network already seeded', ...loginLines()];

    const ids = new Map<string, { id: string; kind: TenantKind }>();
    await inTransaction(asRoot, async () => {
      for (const t of DEMO_TENANTS) {
        const id = t.kind === 'root' ? rootId : uuidv7();
        ids.set(t.slug, { id, kind: t.kind });
        await client.query(
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
            await client.query(
              `INSERT INTO app_user (id, email, display_name, locale, password_hash) VALUES ($1, $2, $3, $4, $5)`,
              [userId, user.email, user.name, user.locale, hash],
            );
          }
          await client.query(`INSERT INTO membership (tenant_id, user_id, role) VALUES ($1, $2, $3)`, [
            tenant.id,
            userId,
            membership.role,
          ]);
        });
      }
    }
    return [
      `demo network seeded: ${DEMO_TENANTS.length} tenants (Root, 3 institutes, 1 partner), ${DEMO_USERS.length} users`,
      ...loginLines(),
    ];
  } finally {
    await client.end();
  }
}
