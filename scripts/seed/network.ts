import { uuidv7, type DbContext, type TenantKind } from '@jazari/database';
import { actorContext } from '@jazari/access';
import { DEMO_TENANTS, type DemoTenant } from './data/people.js';
import { DEMO_PROFILES } from './data/profiles.js';
import type { InTransaction, Query, TenantIds } from './db.js';
import { tenantAdmin, type DemoMember } from './identity.js';
import { seedActor, type SeedServices } from './services.js';

/**
 * The tenants, unless a Root exists already: the Root through the network's repository (no route creates
 * one), then each institute and partner as Root creates it through TenantService (audited in the new
 * tenant's chain), all in one Root transaction. Their ids by slug when it seeded them, else null.
 */
export async function seedTenants(services: SeedServices): Promise<TenantIds | null> {
  const root = DEMO_TENANTS.find((t) => t.kind === 'root')!;
  const rootId = uuidv7();
  // The seed acts as Root before anyone is a member of it: no user, no API key (its audit entries say so).
  const asRoot = seedActor({ id: rootId, kind: 'root' }, null, null);
  return services.transactions.run(actorContext(asRoot), async (tx) => {
    if (!(await services.tenantRepository.insertRoot(tx, rootId, { slug: root.slug, ...profileOf(root) }))) {
      return null;
    }
    const ids = new Map<string, { id: string; kind: TenantKind }>([
      [root.slug, { id: rootId, kind: 'root' }],
    ]);
    for (const t of DEMO_TENANTS) {
      if (t.kind === 'root') continue;
      const created = await services.tenants.create(asRoot, { kind: t.kind, slug: t.slug, ...profileOf(t) });
      ids.set(t.slug, { id: created.id, kind: t.kind });
    }
    return ids;
  });
}

function profileOf(t: DemoTenant) {
  return {
    legalName: t.legalName,
    names: t.names,
    regionCode: t.region ?? null,
    city: t.city ?? null,
    hostOrganisation: t.host ?? null,
  };
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
