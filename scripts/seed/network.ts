import { uuidv7, type DbContext, type TenantKind } from '@jazari/database';
import { DEMO_TENANTS } from './data/people.js';
import { DEMO_PROFILES } from './data/profiles.js';
import type { InTransaction, Query, TenantIds } from './db.js';

/** The tenants, unless a Root exists already: their ids by slug when it seeded them, else null. */
export async function seedTenants(query: Query, inTransaction: InTransaction): Promise<TenantIds | null> {
  const rootId = uuidv7();
  const asRoot: DbContext = { tenantId: rootId, tenantKind: 'root', userId: null };
  const existing = await inTransaction(asRoot, () => query(`SELECT 1 FROM tenant WHERE kind = 'root'`));
  if (existing.rowCount) return null;

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
  return ids;
}

/** The demo tenants present in the database, by slug (a tenant renamed or removed is left alone). */
export async function demoTenantIds(query: Query, inTransaction: InTransaction): Promise<TenantIds> {
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
export async function seedDirectoryProfiles(
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
