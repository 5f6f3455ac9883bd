import { uuidv7, type DbContext, type TenantKind } from '@jazari/database';
import { networkToday } from '@jazari/config';
import type { ResourceInput } from '@jazari/resources';
import { DEMO_RESOURCES } from './data/resources.js';
import type { InTransaction, Query, TenantIds } from './db.js';
import { tenantAdmin, type DemoMember } from './identity.js';
import { seedActor, type SeedServices } from './services.js';

const DAY = 86_400_000;

/**
 * The shared resources of the demo network, in their owners' contexts, each unless its owner already
 * has a resource of that name: the catalogue; an active allocation of the GPU pool to Rabat (with some
 * usage) and a pending request of Casablanca for the corpus; three bookings of the lab. Returns how many
 * resources it created.
 */
export async function seedDemoResources(
  services: SeedServices,
  query: Query,
  inTransaction: InTransaction,
  tenants: TenantIds,
  members: ReadonlyMap<string, readonly DemoMember[]>,
): Promise<number> {
  const ids = new Map<string, string>();
  let seeded = 0;
  for (const r of DEMO_RESOURCES) {
    const owner = tenants.get(r.owner);
    const manager = tenantAdmin(members.get(r.owner));
    if (!owner || !manager) continue;
    const context: DbContext = { tenantId: owner.id, tenantKind: owner.kind, userId: null };
    const existing = await inTransaction(context, () =>
      query(`SELECT id FROM resource WHERE tenant_id = $1 AND name = $2`, [owner.id, r.name]),
    );
    if (existing.rowCount) continue;
    // Published by the owner's manager, as the catalogue's form would (audited, in the owner's region).
    const created = await services.resources.create(seedActor(owner, manager.userId, manager.role), {
      kind: r.kind as ResourceInput['kind'],
      name: r.name,
      description: r.description,
      unit: r.unit as ResourceInput['unit'],
      capacity: r.capacity,
      period: r.period,
      regionCode: null,
      visibility: 'network',
      status: 'available',
      terms: r.terms,
      defaultShare: r.defaultShare ?? null,
      largeRequestThreshold: r.largeRequestThreshold ?? null,
      bookable: r.bookable ?? false,
      directBooking: r.directBooking ?? false,
      visibleTo: [],
    });
    ids.set(r.owner, created.id);
    seeded++;
  }
  const today = networkToday();
  const gpu = ids.get('jazari-casablanca');
  if (gpu) {
    await allocate(query, inTransaction, tenants, {
      owner: 'jazari-casablanca',
      resourceId: gpu,
      requester: 'jazari-rabat',
      requested: '300',
      approved: '250',
      used: '120',
      startsOn: today,
      endsOn: monthEnd(today),
      justification: 'Entraînement d’un modèle de reconnaissance vocale en darija.',
    });
  }
  const corpus = ids.get('jazari-rabat');
  if (corpus) {
    await allocate(query, inTransaction, tenants, {
      owner: 'jazari-rabat',
      resourceId: corpus,
      requester: 'jazari-casablanca',
      requested: '2',
      approved: null,
      used: '0',
      startsOn: today,
      endsOn: quarterEnd(today),
      justification: 'Évaluation d’un assistant vocal pour les services publics.',
    });
  }
  const lab = ids.get('jazari-souss-massa');
  const labOwner = tenants.get('jazari-souss-massa');
  if (lab && labOwner) {
    const start = Date.parse(`${today}T00:00:00Z`);
    const slots: [string, number, number, number][] = [
      ['jazari-rabat', 2, 9, 12],
      ['jazari-casablanca', 3, 14, 17],
      ['jazari-souss-massa', 5, 9, 11],
    ];
    for (const [booker, day, from, to] of slots) {
      const bookerTenant = tenants.get(booker);
      if (!bookerTenant) continue;
      const bookedBy = await memberOf(query, inTransaction, bookerTenant);
      await inTransaction({ tenantId: labOwner.id, tenantKind: labOwner.kind, userId: null }, () =>
        query(
          `INSERT INTO resource_booking (tenant_id, id, resource_id, booker_tenant_id, booked_by, during, note)
           VALUES ($1, $2, $3, $4, $5, tstzrange($6, $7, '[)'), $8)`,
          [
            labOwner.id,
            uuidv7(),
            lab,
            bookerTenant.id,
            bookedBy,
            new Date(start + day * DAY + from * 3_600_000),
            new Date(start + day * DAY + to * 3_600_000),
            'Essais de démonstration',
          ],
        ),
      );
    }
  }
  return seeded;
}

async function allocate(
  query: Query,
  inTransaction: InTransaction,
  tenants: TenantIds,
  a: {
    owner: string;
    resourceId: string;
    requester: string;
    requested: string;
    approved: string | null;
    used: string;
    startsOn: string;
    endsOn: string;
    justification: string;
  },
): Promise<void> {
  const owner = tenants.get(a.owner);
  const requester = tenants.get(a.requester);
  if (!owner || !requester) return;
  // The project and the person are the requester's: read in its own context.
  const found = await inTransaction(
    { tenantId: requester.id, tenantKind: requester.kind, userId: null },
    () =>
      query(`SELECT p.id, p.lead_user_id FROM project p WHERE p.tenant_id = $1 ORDER BY p.id LIMIT 1`, [
        requester.id,
      ]),
  );
  const project = found.rows[0] as { id: string; lead_user_id: string } | undefined;
  if (!project) return;
  await inTransaction({ tenantId: owner.id, tenantKind: owner.kind, userId: null }, async () => {
    const id = uuidv7();
    const active = a.approved !== null;
    await query(
      `INSERT INTO resource_allocation (tenant_id, id, resource_id, requester_tenant_id, project_id, requested_by,
          quantity_requested, quantity_approved, quantity_used, starts_on, ends_on, period_start, justification,
          terms_version, status, decided_at, activated_at, decision_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
               (SELECT date_trunc(r.period, $10::date)::date FROM resource r WHERE r.tenant_id = $1 AND r.id = $3),
               $12, 1, $13, $14, $14, $15)`,
      [
        owner.id,
        id,
        a.resourceId,
        requester.id,
        project.id,
        project.lead_user_id,
        a.requested,
        a.approved,
        a.used,
        a.startsOn,
        a.endsOn,
        a.justification,
        active ? 'active' : 'pending',
        active ? new Date() : null,
        active ? 'Accordé en partie : capacité partagée ce mois-ci.' : null,
      ],
    );
    if (active && a.used !== '0') {
      await query(
        `INSERT INTO resource_usage (tenant_id, id, allocation_id, requester_tenant_id, quantity, occurred_at, note,
            recorded_by_tenant_id)
         VALUES ($1, $2, $3, $4, $5, now(), 'Relevé du gestionnaire de files GPU', $4)`,
        [owner.id, uuidv7(), id, requester.id, a.used],
      );
    }
  });
}

async function memberOf(
  query: Query,
  inTransaction: InTransaction,
  tenant: { id: string; kind: TenantKind },
): Promise<string | null> {
  const { rows } = await inTransaction({ tenantId: tenant.id, tenantKind: tenant.kind, userId: null }, () =>
    query(`SELECT user_id FROM membership WHERE tenant_id = $1 ORDER BY role, user_id LIMIT 1`, [tenant.id]),
  );
  return (rows[0] as { user_id: string } | undefined)?.user_id ?? null;
}

function monthEnd(date: string): string {
  const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
}

function quarterEnd(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const last = Math.ceil(month / 3) * 3;
  return new Date(Date.UTC(year, last, 0)).toISOString().slice(0, 10);
}
