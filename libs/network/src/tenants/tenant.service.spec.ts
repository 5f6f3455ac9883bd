import { beforeEach, describe, expect, it } from '@jest/globals';
import type { Actor } from '@jazari/access';
import type { AuditActor, AuditEventInput, AuditLog } from '@jazari/audit';
import { uuidv7, type DbContext, type TransactionRunner, type TenantTx } from '@jazari/database';
import { ProblemException } from '@jazari/http';
import type { RegionRepository } from '../regions/region.repository.js';
import { TenantService } from './tenant.service.js';
import type { NewTenant, Tenant, TenantFilter, TenantProfile, TenantStatus } from '../tenant.types.js';

const ROOT_ID = uuidv7();
const REGIONS = new Set(['MA-03', 'MA-04', 'MA-06']);

const networkAdmin: Actor = {
  type: 'user',
  tenantId: ROOT_ID,
  tenantKind: 'root',
  userId: uuidv7(),
  role: 'network_admin',
  sessionId: uuidv7(),
  apiKeyId: null,
  permissions: new Set(['tenants.read', 'tenants.manage']),
};

/** Just enough of TenantRepository, over a Map, to exercise the service's rules. */
class FakeTenants {
  readonly rows = new Map<string, Tenant>();
  writes = 0;

  add(tenant: Partial<Tenant> & Pick<Tenant, 'kind' | 'slug'>): Tenant {
    const row: Tenant = {
      id: uuidv7(),
      legalName: `Legal ${tenant.slug}`,
      names: { fr: tenant.slug, ar: tenant.slug, en: tenant.slug },
      status: 'active',
      region: { code: 'MA-06', names: { fr: 'CS', ar: 'CS', en: 'CS' } },
      city: 'Casablanca',
      hostOrganisation: null,
      createdAt: new Date('2026-01-01T00:00:00Z'),
      updatedAt: new Date('2026-01-01T00:00:00Z'),
      ...tenant,
    };
    this.rows.set(row.id, row);
    return row;
  }

  list(_tx: TenantTx, filter: TenantFilter, afterId: string | null, limit: number): Promise<Tenant[]> {
    return Promise.resolve(
      [...this.rows.values()]
        .filter((t) => !filter.kind || t.kind === filter.kind)
        .filter((t) => !afterId || t.id > afterId)
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .slice(0, limit),
    );
  }

  findById(_tx: TenantTx, id: string): Promise<Tenant | undefined> {
    return Promise.resolve(this.rows.get(id));
  }

  insert(_tx: TenantTx, id: string, tenant: NewTenant): Promise<boolean> {
    if ([...this.rows.values()].some((t) => t.slug === tenant.slug)) return Promise.resolve(false);
    this.writes++;
    this.add({ ...tenant, id, region: regionOf(tenant.regionCode) });
    return Promise.resolve(true);
  }

  insertRoot(): Promise<boolean> {
    return Promise.reject(new Error('TenantService never creates a Root'));
  }

  updateProfile(_tx: TenantTx, id: string, profile: TenantProfile): Promise<void> {
    this.writes++;
    const current = this.rows.get(id)!;
    this.rows.set(id, { ...current, ...profile, region: regionOf(profile.regionCode) });
    return Promise.resolve();
  }

  updateStatus(_tx: TenantTx, id: string, status: TenantStatus): Promise<void> {
    this.writes++;
    this.rows.set(id, { ...this.rows.get(id)!, status });
    return Promise.resolve();
  }
}

function regionOf(code: string | null): Tenant['region'] {
  return code ? { code, names: { fr: code, ar: code, en: code } } : null;
}

interface Recorded {
  readonly scope: DbContext | undefined;
  readonly actor: AuditActor | null;
  readonly event: AuditEventInput;
}

describe('TenantService', () => {
  let tenants: FakeTenants;
  let recorded: Recorded[];
  let opened: DbContext[];
  let service: TenantService;
  let root: Tenant;

  beforeEach(() => {
    tenants = new FakeTenants();
    root = tenants.add({ id: ROOT_ID, kind: 'root', slug: 'jazari-root' });
    recorded = [];
    opened = [];
    // The request's transaction has no tenant scope here; onBehalfOf gives one naming the target.
    const tx = {} as TenantTx;
    const transactions = {
      run: async <T>(context: DbContext, work: (tx: TenantTx) => Promise<T>): Promise<T> => {
        opened.push(context);
        return work(tx);
      },
      onBehalfOf: async <T>(context: DbContext, work: (tx: TenantTx) => Promise<T>): Promise<T> =>
        work({ context } as unknown as TenantTx),
    };
    const audit = {
      record: (into: TenantTx, actor: AuditActor | null, event: AuditEventInput): Promise<void> => {
        recorded.push({ scope: (into as { context?: DbContext }).context, actor, event });
        return Promise.resolve();
      },
    };
    const regions = { exists: (_tx: TenantTx, code: string) => Promise.resolve(REGIONS.has(code)) };
    service = new TenantService(
      transactions as unknown as TransactionRunner,
      tenants,
      regions as unknown as RegionRepository,
      audit as unknown as AuditLog,
    );
  });

  async function problem(work: Promise<unknown>): Promise<ProblemException> {
    const error = await work.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProblemException);
    return error as ProblemException;
  }

  const institute: NewTenant = {
    kind: 'institute',
    slug: 'jazari-fes',
    legalName: 'Institut Jazari de Fès',
    names: { fr: 'Jazari Fès', ar: 'الجزري فاس', en: 'Jazari Fez' },
    regionCode: 'MA-03',
    city: 'Fès',
    hostOrganisation: null,
  };

  describe('create', () => {
    it("creates an active tenant and audits it in the new tenant's chain, in Root's transaction", async () => {
      const tenant = await service.create(networkAdmin, institute);
      expect(tenant).toMatchObject({ kind: 'institute', slug: 'jazari-fes', status: 'active' });
      expect(opened).toEqual([{ tenantId: ROOT_ID, tenantKind: 'root', userId: networkAdmin.userId }]);
      expect(recorded).toEqual([
        {
          scope: { tenantId: tenant.id, tenantKind: 'institute', userId: networkAdmin.userId },
          actor: { userId: networkAdmin.userId, apiKeyId: null },
          event: {
            action: 'tenant.created',
            targetType: 'tenant',
            targetId: tenant.id,
            data: {
              kind: 'institute',
              slug: 'jazari-fes',
              legalName: 'Institut Jazari de Fès',
              names: { fr: 'Jazari Fès', ar: 'الجزري فاس', en: 'Jazari Fez' },
              regionCode: 'MA-03',
              city: 'Fès',
              hostOrganisation: null,
            },
          },
        },
      ]);
    });

    it('refuses a taken slug with 409 slug-taken and records nothing', async () => {
      tenants.add({ kind: 'partner', slug: 'jazari-fes' });
      const p = await problem(service.create(networkAdmin, institute));
      expect([p.getStatus(), p.slug]).toEqual([409, 'slug-taken']);
      expect(recorded).toEqual([]);
    });

    it('refuses an unknown region with 422 unknown-region before writing', async () => {
      const p = await problem(service.create(networkAdmin, { ...institute, regionCode: 'MA-42' }));
      expect([p.getStatus(), p.slug]).toEqual([422, 'unknown-region']);
      expect(tenants.writes).toBe(0);
    });

    it('refuses an institute without region or city; a partner needs neither', async () => {
      const p = await problem(service.create(networkAdmin, { ...institute, city: null }));
      expect(p.slug).toBe('institute-location-required');
      const partner = await service.create(networkAdmin, {
        ...institute,
        kind: 'partner',
        slug: 'acme',
        regionCode: null,
        city: null,
      });
      expect(partner.region).toBeNull();
    });

    it('maps a unique violation on the slug (a concurrent insert) to slug-taken', async () => {
      tenants.insert = () =>
        Promise.reject(Object.assign(new Error('dup'), { code: '23505', constraint: 'uq_tenant_slug' }));
      const p = await problem(service.create(networkAdmin, institute));
      expect(p.slug).toBe('slug-taken');
    });

    it('refuses callers outside Root even if a permission was mis-granted', async () => {
      const outsider: Actor = { ...networkAdmin, tenantId: uuidv7(), tenantKind: 'institute' };
      const p = await problem(service.create(outsider, institute));
      expect(p.getStatus()).toBe(403);
      await expect(service.list(outsider, {})).rejects.toBeInstanceOf(ProblemException);
    });
  });

  describe('update', () => {
    it('writes the merged profile and audits only the changed fields', async () => {
      const fes = await service.create(networkAdmin, institute);
      recorded = [];
      const updated = await service.update(networkAdmin, fes.id, {
        names: { en: 'Jazari Institute Fez' },
        city: 'Meknès',
      });
      expect(updated.names).toEqual({ fr: 'Jazari Fès', ar: 'الجزري فاس', en: 'Jazari Institute Fez' });
      expect(updated.city).toBe('Meknès');
      expect(recorded).toHaveLength(1);
      expect(recorded[0].scope?.tenantId).toBe(fes.id);
      expect(recorded[0].event).toEqual({
        action: 'tenant.updated',
        targetType: 'tenant',
        targetId: fes.id,
        data: {
          before: { 'names.en': 'Jazari Fez', city: 'Fès' },
          after: { 'names.en': 'Jazari Institute Fez', city: 'Meknès' },
        },
      });
    });

    it('writes and records nothing when nothing changes', async () => {
      const fes = await service.create(networkAdmin, institute);
      const writes = tenants.writes;
      recorded = [];
      await service.update(networkAdmin, fes.id, { city: 'Fès', names: {} });
      expect(tenants.writes).toBe(writes);
      expect(recorded).toEqual([]);
    });

    it("keeps an institute's region and city; a partner may drop them", async () => {
      const fes = await service.create(networkAdmin, institute);
      const p = await problem(service.update(networkAdmin, fes.id, { regionCode: null }));
      expect([p.getStatus(), p.slug]).toEqual([422, 'institute-location-required']);

      const partner = tenants.add({ kind: 'partner', slug: 'acme' });
      const updated = await service.update(networkAdmin, partner.id, { regionCode: null, city: null });
      expect([updated.region, updated.city]).toEqual([null, null]);
    });

    it('checks a new region exists', async () => {
      const fes = await service.create(networkAdmin, institute);
      const p = await problem(service.update(networkAdmin, fes.id, { regionCode: 'MA-99' }));
      expect(p.slug).toBe('unknown-region');
    });

    it('answers 404 for an unknown tenant', async () => {
      const p = await problem(service.update(networkAdmin, uuidv7(), { city: 'Rabat' }));
      expect([p.getStatus(), p.slug]).toEqual([404, 'not-found']);
    });
  });

  describe('suspend and reactivate', () => {
    it('suspends and reactivates, auditing each change in the target chain', async () => {
      const partner = tenants.add({ kind: 'partner', slug: 'acme' });
      expect((await service.suspend(networkAdmin, partner.id)).status).toBe('suspended');
      expect((await service.reactivate(networkAdmin, partner.id)).status).toBe('active');
      expect(
        recorded.map((r) => [r.scope?.tenantId, r.scope?.tenantKind, r.event.action, r.event.data]),
      ).toEqual([
        [
          partner.id,
          'partner',
          'tenant.suspended',
          { before: { status: 'active' }, after: { status: 'suspended' } },
        ],
        [
          partner.id,
          'partner',
          'tenant.reactivated',
          { before: { status: 'suspended' }, after: { status: 'active' } },
        ],
      ]);
    });

    it('is idempotent: a second suspend answers the tenant and records nothing', async () => {
      const partner = tenants.add({ kind: 'partner', slug: 'acme' });
      await service.suspend(networkAdmin, partner.id);
      const again = await service.suspend(networkAdmin, partner.id);
      expect(again.status).toBe('suspended');
      expect(recorded).toHaveLength(1);
      await service.reactivate(networkAdmin, partner.id);
      await service.reactivate(networkAdmin, partner.id);
      expect(recorded).toHaveLength(2);
    });

    it('refuses to suspend Root with 409 cannot-suspend-root', async () => {
      const p = await problem(service.suspend(networkAdmin, root.id));
      expect([p.getStatus(), p.slug]).toEqual([409, 'cannot-suspend-root']);
      expect(tenants.rows.get(root.id)!.status).toBe('active');
    });
  });

  describe('list', () => {
    it('pages by id with a cursor until the last page', async () => {
      for (let i = 0; i < 4; i++) tenants.add({ kind: 'partner', slug: `p-${i}` });
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await service.list(networkAdmin, {}, { cursor, limit: 2 });
        seen.push(...page.data.map((t) => t.id));
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual([...tenants.rows.keys()].sort());
    });

    it('bounds the limit', async () => {
      for (let i = 0; i < 3; i++) tenants.add({ kind: 'partner', slug: `p-${i}` });
      expect((await service.list(networkAdmin, {}, { limit: 0 })).data).toHaveLength(1);
      expect((await service.list(networkAdmin, {}, {})).nextCursor).toBeNull();
    });
  });
});
