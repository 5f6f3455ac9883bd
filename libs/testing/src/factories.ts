import { randomBytes } from 'node:crypto';
import { uuidv7, type TenantKind } from '@jazari/database';
import { PasswordHasher, type PasswordHashCost, type Role } from '@jazari/identity';
import type pg from 'pg';
import { TEST_PASSWORD_HASH } from './test-config.js';

/**
 * Factories for end-to-end suites. They write through a superuser client (see `adminClient()`) so a suite
 * can set up any tenant and person it needs, then exercise the API as them. Every name is unique, so
 * suites run in parallel on one database.
 */
export interface TestTenant {
  readonly id: string;
  readonly slug: string;
  readonly kind: TenantKind;
}

export interface TestUser {
  readonly id: string;
  readonly email: string;
  readonly password: string;
}

export const TEST_PASSWORD = 'Correct-Horse-Battery-9';
/** TEST_PASSWORD hashed once per cost (argon2id's memory and passes) in a file. */
const testPasswordHashes = new Map<string, Promise<string>>();

function unique(prefix: string): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}

/** There is exactly one Root in a database; every suite shares it. */
export async function ensureRootTenant(admin: pg.Client): Promise<TestTenant> {
  await admin.query(`SELECT pg_advisory_lock(4242)`);
  try {
    const { rows } = await admin.query<{ id: string; slug: string }>(
      `SELECT id, slug FROM tenant WHERE kind = 'root'`,
    );
    if (rows[0]) return { id: rows[0].id, slug: rows[0].slug, kind: 'root' };
    const id = uuidv7();
    await admin.query(
      `INSERT INTO tenant (id, kind, slug, legal_name, name_fr, name_ar, name_en, region_code, city)
       VALUES ($1, 'root', 'jazari-root', 'Jazari Root', 'Jazari Root', 'الجزري', 'Jazari Root', 'MA-04', 'Rabat')`,
      [id],
    );
    return { id, slug: 'jazari-root', kind: 'root' };
  } finally {
    await admin.query(`SELECT pg_advisory_unlock(4242)`);
  }
}

export async function createTenant(
  admin: pg.Client,
  kind: 'institute' | 'partner',
  overrides: { slug?: string; status?: 'active' | 'suspended' } = {},
): Promise<TestTenant> {
  const id = uuidv7();
  const slug = overrides.slug ?? unique(kind === 'institute' ? 'institute' : 'partner');
  await admin.query(
    `INSERT INTO tenant (id, kind, slug, legal_name, name_fr, name_ar, name_en, status, region_code, city, host_organisation)
     VALUES ($1, $2, $3, $4, $4, $4, $4, $5, 'MA-06', 'Casablanca', $6)`,
    [
      id,
      kind,
      slug,
      `Test ${slug}`,
      overrides.status ?? 'active',
      kind === 'institute' ? 'Test University' : null,
    ],
  );
  return { id, slug, kind };
}

/** A person with the given memberships and the password `TEST_PASSWORD` (unless one is given). */
export async function createUser(
  admin: pg.Client,
  memberships: readonly { tenant: TestTenant; role: Role }[],
  options: {
    email?: string;
    password?: string;
    displayName?: string;
    locale?: 'fr' | 'ar' | 'en';
    /** argon2id's cost for the hash: the test configuration's unless given (the production cost, say). */
    passwordHash?: PasswordHashCost;
  } = {},
): Promise<TestUser> {
  const id = uuidv7();
  const email = options.email ?? `${unique('user')}@test.jazari.ma`;
  const password = options.password ?? TEST_PASSWORD;
  const cost = options.passwordHash ?? TEST_PASSWORD_HASH;
  const hasher = new PasswordHasher({ auth: { passwordHash: cost } });
  const costKey = `${cost.memoryKib}/${cost.timeCost}`;
  if (password === TEST_PASSWORD && !testPasswordHashes.has(costKey)) {
    testPasswordHashes.set(costKey, hasher.hash(TEST_PASSWORD));
  }
  const hash =
    password === TEST_PASSWORD ? await testPasswordHashes.get(costKey)! : await hasher.hash(password);
  await admin.query(
    `INSERT INTO app_user (id, email, display_name, locale, password_hash) VALUES ($1, $2, $3, $4, $5)`,
    [id, email, options.displayName ?? email.split('@')[0], options.locale ?? 'fr', hash],
  );
  for (const m of memberships) {
    await admin.query(`INSERT INTO membership (tenant_id, user_id, role) VALUES ($1, $2, $3)`, [
      m.tenant.id,
      id,
      m.role,
    ]);
  }
  return { id, email, password };
}
