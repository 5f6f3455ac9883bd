import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { Clock, networkToday } from '@jazari/config';
import { TransactionRunner, uuidv7, type TenantTx } from '@jazari/database';
import { clampPageSize, ValidationProblem, type FieldError } from '@jazari/http';
import { AllocationRepository } from '../allocations/allocation.repository.js';
import { ownerContext, ResourceAccess, type ResourceScope } from '../resource-access.js';
import { requirePerson, ResourceProblems } from '../resource.problems.js';
import { fromMilli, ifMatchSatisfied, periodOf, toMilli } from '../resource.rules.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../resource.types.js';
import {
  ResourceRepository,
  type ResourceFields,
  type ResourceFilter,
  type ResourceRecord,
} from './resource.repository.js';

export interface ResourceDetail extends ResourceRecord {
  /** Listed viewers (owner and Root only; empty for others). */
  readonly visibleTo: readonly string[];
  readonly canManage: boolean;
}

export type ResourceInput = Omit<ResourceFields, 'regionCode'> & {
  readonly regionCode: string | null;
  readonly visibleTo: readonly string[];
};
export type ResourcePatch = Partial<
  Omit<ResourceFields, 'kind' | 'unit' | 'period'> & { visibleTo: readonly string[] }
>;

/** The catalogue: publish, edit, read, search; fair shares and utilisation per period. */
@Injectable()
export class ResourceService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly access: ResourceAccess,
    private readonly resources: ResourceRepository,
    private readonly allocations: AllocationRepository,
    private readonly audit: AuditLog,
  ) {}

  create(actor: Actor, input: ResourceInput): Promise<ResourceDetail> {
    const person = requirePerson(actor);
    if (actor.tenantKind === 'partner') throw ResourceProblems.ownerKindOnly();
    return this.transactions.run(actorContext(actor), async (tx) => {
      const regionCode = input.regionCode ?? (await this.resources.tenantRegion(tx, actor.tenantId));
      const fields: ResourceFields = { ...input, regionCode, ...normalise(input) };
      await this.check(tx, fields, input.visibleTo);
      const id = uuidv7();
      await this.resources.insert(tx, actor.tenantId, id, fields, person.userId);
      await this.resources.replaceViewers(tx, actor.tenantId, id, input.visibleTo);
      await this.record(tx, actor, id, 'resource.created', { name: fields.name, kind: fields.kind });
      return this.detail(tx, await this.access.read(tx, actor, id));
    });
  }

  update(
    actor: Actor,
    resourceId: string,
    patch: ResourcePatch,
    ifMatch: string | undefined,
  ): Promise<ResourceDetail> {
    requirePerson(actor);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.manage(tx, actor, resourceId);
      const current = await this.resources.lock(tx, scope.ownerTenantId, resourceId);
      if (!current) throw ResourceProblems.resourceNotFound();
      if (ifMatch === undefined) throw ResourceProblems.preconditionRequired(current.version);
      if (!ifMatchSatisfied(ifMatch, current.version))
        throw ResourceProblems.preconditionFailed(current.version);
      const merged: ResourceFields = {
        kind: current.kind,
        unit: current.unit,
        period: current.period,
        name: patch.name ?? current.name,
        description: patch.description ?? current.description,
        capacity: patch.capacity ?? current.capacity,
        regionCode: patch.regionCode ?? current.regionCode,
        visibility: patch.visibility ?? current.visibility,
        status: patch.status ?? current.status,
        terms: patch.terms ?? current.terms,
        defaultShare: patch.defaultShare !== undefined ? patch.defaultShare : current.defaultShare,
        largeRequestThreshold:
          patch.largeRequestThreshold !== undefined
            ? patch.largeRequestThreshold
            : current.largeRequestThreshold,
        bookable: patch.bookable ?? current.bookable,
        directBooking: patch.directBooking ?? current.directBooking,
      };
      const fields = { ...merged, ...normalise(merged) };
      // Opening a resource to the whole network drops its list of viewers (unless a list is sent, a 400).
      const viewers =
        patch.visibleTo ??
        (fields.visibility === 'network'
          ? []
          : await this.resources.viewers(tx, scope.ownerTenantId, resourceId));
      await this.check(tx, fields, viewers);
      // New terms are a new version: requests must accept it.
      const termsVersion = fields.terms !== current.terms ? current.termsVersion + 1 : current.termsVersion;
      await this.resources.update(
        tx,
        scope.ownerTenantId,
        resourceId,
        fields,
        termsVersion,
        current.version + 1,
      );
      if (patch.visibleTo || fields.visibility === 'network') {
        await this.resources.replaceViewers(tx, scope.ownerTenantId, resourceId, viewers);
      }
      await this.record(tx, actor, resourceId, 'resource.updated', {
        fields: Object.keys(patch).sort(),
        ...(termsVersion !== current.termsVersion ? { termsVersion } : {}),
      });
      return this.detail(tx, scope);
    });
  }

  get(actor: Actor, resourceId: string): Promise<ResourceDetail> {
    return this.transactions.run(actorContext(actor), async (tx) =>
      this.detail(tx, await this.access.read(tx, actor, resourceId)),
    );
  }

  list(
    actor: Actor,
    filter: ResourceFilter,
    page: { cursor?: string; limit?: number },
  ): Promise<{ data: ResourceRecord[]; nextCursor: string | null }> {
    const limit = clampPageSize(page.limit, { fallback: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE });
    return this.transactions.run(actorContext(actor), async (tx) => {
      // Folded like the column, and LIKE's wildcards taken literally.
      const q = filter.q ? (await this.resources.fold(tx, filter.q)).replace(/[\\%_]/g, '\\$&') : undefined;
      const rows = await this.resources.list(
        tx,
        actor.tenantId,
        actor.tenantKind,
        { ...filter, q },
        page.cursor ?? null,
        limit,
      );
      const data = rows.slice(0, limit);
      return { data, nextCursor: rows.length > limit ? data.at(-1)!.id : null };
    });
  }

  shares(actor: Actor, resourceId: string) {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, resourceId);
      const all = await this.resources.shares(tx, scope.ownerTenantId, resourceId);
      // A viewer sees its own share; the owner and Root see every tenant's.
      return scope.isOwner || scope.isRoot ? all : all.filter((s) => s.tenantId === actor.tenantId);
    });
  }

  setShares(actor: Actor, resourceId: string, shares: readonly { tenantId: string; quantity: string }[]) {
    requirePerson(actor);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.manageOrRoot(tx, actor, resourceId);
      const ids = shares.map((s) => s.tenantId);
      const errors: FieldError[] = [];
      if (new Set(ids).size !== ids.length)
        errors.push({ field: 'shares', messages: ['a tenant is listed twice'] });
      const active = new Set(await this.resources.activeTenants(tx, ids));
      shares.forEach((s, i) => {
        if (!active.has(s.tenantId))
          errors.push({ field: `shares.${i}.tenantId`, messages: ['no such active tenant'] });
      });
      if (errors.length) throw new ValidationProblem(errors);
      const normalised = shares.map((s) => ({
        tenantId: s.tenantId,
        quantity: fromMilli(toMilli(s.quantity)),
      }));
      await this.transactions.onBehalfOf(ownerContext(actor, scope), async (owner) => {
        await this.resources.lock(owner, scope.ownerTenantId, resourceId);
        await this.resources.replaceShares(owner, scope.ownerTenantId, resourceId, normalised);
        await this.record(owner, actor, resourceId, 'resource.shares_set', {
          shares: normalised,
          byRoot: !scope.isOwner,
        });
      });
      return this.resources.shares(tx, scope.ownerTenantId, resourceId);
    });
  }

  /** A period's capacity, what is allocated and used, per requesting tenant (others see only their own). */
  utilisation(actor: Actor, resourceId: string, date: string | undefined) {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, resourceId);
      const period = periodOf(date ?? networkToday(this.clock.now()), scope.period);
      const figures = await this.allocations.periodFigures(
        tx,
        scope.ownerTenantId,
        resourceId,
        period.start,
        actor.tenantId,
        '0',
        null,
      );
      const seeAll = scope.isOwner || scope.isRoot;
      const tenants = await this.allocations.utilisation(
        tx,
        scope.ownerTenantId,
        resourceId,
        period.start,
        seeAll ? null : actor.tenantId,
      );
      return {
        resourceId,
        unit: scope.unit,
        periodStart: period.start,
        periodEnd: period.end,
        capacity: figures.capacity,
        allocated: figures.allocated,
        remaining: figures.remaining,
        yourShare: figures.share,
        yourAllocated: figures.tenantAllocated,
        yourRemaining: figures.tenantRemaining,
        tenants,
      };
    });
  }

  private async detail(tx: TenantTx, scope: ResourceScope): Promise<ResourceDetail> {
    const record = await this.resources.get(tx, scope.ownerTenantId, scope.resourceId);
    if (!record) throw ResourceProblems.resourceNotFound();
    const visibleTo =
      scope.isOwner || scope.isRoot
        ? await this.resources.viewers(tx, scope.ownerTenantId, scope.resourceId)
        : [];
    return { ...record, visibleTo, canManage: scope.canManage };
  }

  private async check(tx: TenantTx, fields: ResourceFields, viewers: readonly string[]): Promise<void> {
    const errors: FieldError[] = [];
    if (toMilli(fields.capacity) <= 0n)
      errors.push({ field: 'capacity', messages: ['capacity must be more than 0'] });
    if (fields.defaultShare !== null && toMilli(fields.defaultShare) <= 0n) {
      errors.push({ field: 'defaultShare', messages: ['defaultShare must be more than 0'] });
    }
    if (fields.largeRequestThreshold !== null && toMilli(fields.largeRequestThreshold) <= 0n) {
      errors.push({
        field: 'largeRequestThreshold',
        messages: ['largeRequestThreshold must be more than 0'],
      });
    }
    if (fields.directBooking && !fields.bookable) {
      errors.push({ field: 'directBooking', messages: ['only a bookable resource may be booked directly'] });
    }
    if (!(await this.resources.regionExists(tx, fields.regionCode))) {
      errors.push({ field: 'regionCode', messages: ['no such region'] });
    }
    if (fields.visibility === 'network' && viewers.length > 0) {
      errors.push({ field: 'visibleTo', messages: ['visibleTo is for visibility "listed" only'] });
    }
    if (new Set(viewers).size !== viewers.length) {
      errors.push({ field: 'visibleTo', messages: ['a tenant is listed twice'] });
    }
    const active = new Set(await this.resources.activeTenants(tx, viewers));
    viewers.forEach((v, i) => {
      if (!active.has(v)) errors.push({ field: `visibleTo.${i}`, messages: ['no such active tenant'] });
    });
    if (errors.length) throw new ValidationProblem(errors);
  }

  private record(
    tx: TenantTx,
    actor: Actor,
    resourceId: string,
    action: string,
    data: Record<string, unknown>,
  ) {
    return this.audit.record(
      tx,
      { userId: actor.userId, apiKeyId: actor.apiKeyId },
      { action, targetType: 'resource', targetId: resourceId, data },
    );
  }
}

function normalise(fields: {
  capacity: string;
  defaultShare: string | null;
  largeRequestThreshold: string | null;
}): Pick<ResourceFields, 'capacity' | 'defaultShare' | 'largeRequestThreshold'> {
  const n = (v: string | null) => (v === null ? null : fromMilli(toMilli(v)));
  return {
    capacity: n(fields.capacity)!,
    defaultShare: n(fields.defaultShare),
    largeRequestThreshold: n(fields.largeRequestThreshold),
  };
}
