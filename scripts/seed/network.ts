import { uuidv7, type DbContext, type TenantKind } from '@jazari/database';
import { DEMO_TENANTS } from './data/people.js';
import { DEMO_PROFILES } from './data/profiles.js';
import type { InTransaction, Query, TenantIds } from './db.js';
import { tenantAdmin, type DemoMember } from './identity.js';
import { seedActor, type SeedServices } from './services.js';

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

/**
 * Each demo tenant's directory profile and domains, saved by its administrator through the directory's own
 * service (audited as the API audits it), unless the tenant has saved a profile already.
 */
export async function seedDirectoryProfiles(
  services: SeedServices,
  tenants: TenantIds,
  members: ReadonlyMap<string, readonly DemoMember[]>,
): Promise<number> {
  let seeded = 0;
  for (const [slug, profile] of Object.entries(DEMO_PROFILES)) {
    const tenant = tenants.get(slug);
    const admin = tenantAdmin(members.get(slug));
    if (!tenant || !admin) continue;
    const actor = seedActor(tenant, admin.userId, admin.role);
    if ((await services.directory.get(actor, tenant.id)).profileUpdatedAt !== null) continue;
    await services.directory.saveOwnProfile(actor, {
      description: profile.description,
      contactEmail: profile.email,
      contactPhone: profile.phone ?? null,
      website: profile.website,
      domainCodes: profile.domains,
    });
    seeded++;
  }
  return seeded;
}
