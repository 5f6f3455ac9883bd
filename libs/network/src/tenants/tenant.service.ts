import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { clampPageSize, idCursor } from '@jazari/http';
import { TransactionRunner, uuidv7, type TenantTx } from '@jazari/database';
import { NetworkProblems } from '../network.problems.js';
import { violatedConstraint } from '../pg-errors.js';
import { RegionRepository } from '../regions/region.repository.js';
import { TenantRepository } from './tenant.repository.js';
import { assertInstituteLocation, hasChanges, mergeTenantPatch, profileOf } from './tenant.rules.js';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type NewTenant,
  type Page,
  type Tenant,
  type TenantFilter,
  type TenantPatch,
  type TenantStatus,
} from '../tenant.types.js';

type TenantAuditAction = 'tenant.created' | 'tenant.updated' | 'tenant.suspended' | 'tenant.reactivated';

/**
 * Root's administration of the tenant directory. Every change and its audit entry commit together: the
 * entry goes to the chain of the tenant changed, written in the same transaction on its behalf.
 */
@Injectable()
export class TenantService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly tenants: TenantRepository,
    private readonly regions: RegionRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(
    actor: Actor,
    filter: TenantFilter,
    page: { cursor?: string; limit?: number } = {},
  ): Promise<Page<Tenant>> {
    assertRoot(actor);
    const limit = clampPageSize(page.limit, { fallback: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE });
    const afterId = idCursor.decodeOptional(page.cursor)?.[0] ?? null;
    return this.transactions.run(actorContext(actor), async (tx) => {
      // One row more than asked says whether another page follows.
      const rows = await this.tenants.list(tx, filter, afterId, limit + 1);
      return idCursor.page(rows, limit, (row) => [row.id]);
    });
  }

  async get(actor: Actor, id: string): Promise<Tenant> {
    assertRoot(actor);
    return this.transactions.run(actorContext(actor), (tx) => this.load(tx, id));
  }

  async create(actor: Actor, input: NewTenant): Promise<Tenant> {
    assertRoot(actor);
    assertInstituteLocation(input.kind, input);
    return this.transactions.run(actorContext(actor), async (tx) => {
      if (input.regionCode !== null) await this.assertRegionExists(tx, input.regionCode);
      const id = uuidv7();
      const inserted = await this.translateViolations(input, () => this.tenants.insert(tx, id, input));
      if (!inserted) throw NetworkProblems.slugTaken(input.slug);
      const tenant = await this.load(tx, id);
      await this.record(actor, tenant, 'tenant.created', {
        kind: input.kind,
        slug: input.slug,
        legalName: input.legalName,
        // Plain values only: the audit log hashes canonical JSON and refuses class instances.
        names: { fr: input.names.fr, ar: input.names.ar, en: input.names.en },
        regionCode: input.regionCode,
        city: input.city,
        hostOrganisation: input.hostOrganisation,
      });
      return tenant;
    });
  }

  /** Applies a partial edit; an edit that changes nothing writes nothing and records nothing. */
  async update(actor: Actor, id: string, patch: TenantPatch): Promise<Tenant> {
    assertRoot(actor);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const current = await this.load(tx, id, true);
      const change = mergeTenantPatch(profileOf(current), patch);
      if (!hasChanges(change)) return current;
      assertInstituteLocation(current.kind, change.next);
      if ('regionCode' in change.after && change.next.regionCode !== null) {
        await this.assertRegionExists(tx, change.next.regionCode);
      }
      await this.translateViolations(change.next, () => this.tenants.updateProfile(tx, id, change.next));
      const updated = await this.load(tx, id);
      await this.record(actor, updated, 'tenant.updated', { before: change.before, after: change.after });
      return updated;
    });
  }

  /**
   * Suspends a tenant: from the next request on, its users' tokens and its API keys are refused (the
   * access guard checks the tenant's status on every request). Idempotent: suspending a suspended
   * tenant answers it as it is and records nothing.
   */
  suspend(actor: Actor, id: string): Promise<Tenant> {
    return this.changeStatus(actor, id, 'suspended', 'tenant.suspended');
  }

  /** Reactivates a tenant; idempotent like `suspend`. */
  reactivate(actor: Actor, id: string): Promise<Tenant> {
    return this.changeStatus(actor, id, 'active', 'tenant.reactivated');
  }

  private async changeStatus(
    actor: Actor,
    id: string,
    status: TenantStatus,
    action: TenantAuditAction,
  ): Promise<Tenant> {
    assertRoot(actor);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const current = await this.load(tx, id, true);
      if (status === 'suspended' && current.kind === 'root') throw NetworkProblems.cannotSuspendRoot();
      if (current.status === status) return current;
      await this.tenants.updateStatus(tx, id, status);
      const updated = await this.load(tx, id);
      await this.record(actor, updated, action, {
        before: { status: current.status },
        after: { status },
      });
      return updated;
    });
  }

  private async load(tx: TenantTx, id: string, lock = false): Promise<Tenant> {
    const tenant = await this.tenants.findById(tx, id, { lock });
    if (!tenant) throw NetworkProblems.tenantNotFound();
    return tenant;
  }

  private async assertRegionExists(tx: TenantTx, code: string): Promise<void> {
    if (!(await this.regions.exists(tx, code))) throw NetworkProblems.unknownRegion(code);
  }

  /** The checks above run first; this covers a race with a concurrent writer (or a region removed). */
  private async translateViolations<T>(
    values: { slug?: string; regionCode: string | null },
    write: () => Promise<T>,
  ): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const constraint = violatedConstraint(error);
      if (constraint === 'uq_tenant_slug' && values.slug) throw NetworkProblems.slugTaken(values.slug);
      if (constraint === 'fk_tenant_region_code' && values.regionCode) {
        throw NetworkProblems.unknownRegion(values.regionCode);
      }
      throw error;
    }
  }

  /** Appends to the target tenant's audit chain, in this transaction, scoped to that tenant. */
  private record(
    actor: Actor,
    target: Tenant,
    action: TenantAuditAction,
    data: Record<string, unknown>,
  ): Promise<void> {
    return this.transactions.onBehalfOf(
      { tenantId: target.id, tenantKind: target.kind, userId: actor.userId },
      (tx) =>
        this.audit.record(
          tx,
          { userId: actor.userId, apiKeyId: actor.apiKeyId },
          { action, targetType: 'tenant', targetId: target.id, data },
        ),
    );
  }
}

/**
 * The permission map already limits these routes to Root roles; this keeps a mis-granted permission from
 * opening them (RLS would still refuse writes, but reads of the directory are open to every tenant).
 */
function assertRoot(actor: Actor): void {
  if (actor.tenantKind !== 'root') throw NetworkProblems.rootOnly();
}
