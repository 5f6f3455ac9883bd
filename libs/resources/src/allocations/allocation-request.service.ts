import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { Clock, networkToday } from '@jazari/config';
import { TransactionRunner, uuidv7, type TenantTx } from '@jazari/database';
import { clampPageSize, ValidationProblem } from '@jazari/http';
import { OutboxService } from '@jazari/outbox';
import { ResourceRepository } from '../catalogue/resource.repository.js';
import { ownerContext, ResourceAccess, type AllocationScope } from '../resource-access.js';
import { requirePerson, ResourceProblems } from '../resource.problems.js';
import { movesFrom, periodOf, toMilli, utilisation, fromMilli } from '../resource.rules.js';
import { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, type AllocationStatus } from '../resource.types.js';
import { AllocationRepository, type AllocationRecord, type AllocationView } from './allocation.repository.js';
import type { AllocationDetail, AllocationRequestInput } from './allocation.types.js';
import { allocationRequestedJob } from '../resource.jobs.js';

/** Requests, and what requesters, owners and Root read of allocations. */
@Injectable()
export class AllocationRequestService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly access: ResourceAccess,
    private readonly resources: ResourceRepository,
    private readonly allocations: AllocationRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
  ) {}

  /**
   * A member asks for a quantity of a resource for one of their tenant's projects. The row is the
   * owner's (written in its scope once the caller is checked); its managers are told.
   */
  request(actor: Actor, resourceId: string, input: AllocationRequestInput): Promise<AllocationDetail> {
    const person = requirePerson(actor);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, resourceId);
      const errors: { field: string; messages: string[] }[] = [];
      const today = networkToday(this.clock.now());
      const period = periodOf(input.startsOn, scope.period);
      if (input.endsOn < input.startsOn)
        errors.push({ field: 'endsOn', messages: ['endsOn is before startsOn'] });
      else if (input.endsOn > period.end) {
        errors.push({
          field: 'endsOn',
          messages: [`an allocation lies within one ${scope.period}: end by ${period.end}`],
        });
      }
      if (input.endsOn < today) errors.push({ field: 'endsOn', messages: ['endsOn is in the past'] });
      if (toMilli(input.quantity) <= 0n)
        errors.push({ field: 'quantity', messages: ['quantity must be more than 0'] });
      const project = await tx.query(`SELECT 1 FROM project WHERE tenant_id = $1 AND id = $2`, [
        actor.tenantId,
        input.projectId,
      ]);
      if (project.length === 0) {
        errors.push({ field: 'projectId', messages: ["projectId is not one of your tenant's projects"] });
      }
      if (errors.length) throw new ValidationProblem(errors);
      if (scope.status !== 'available') throw ResourceProblems.notAvailable(scope.status);
      if (input.acceptTermsVersion !== scope.termsVersion) {
        throw ResourceProblems.termsNotAccepted(scope.termsVersion);
      }
      const resource = (await this.resources.get(tx, scope.ownerTenantId, resourceId))!;
      const needsRoot =
        resource.largeRequestThreshold !== null &&
        toMilli(input.quantity) > toMilli(resource.largeRequestThreshold);
      const id = uuidv7();
      const requesterName = await this.allocations.tenantName(tx, actor.tenantId);
      await this.transactions.onBehalfOf(ownerContext(actor, scope), async (owner) => {
        await this.allocations.insert(owner, {
          tenantId: scope.ownerTenantId,
          id,
          resourceId,
          requesterTenantId: actor.tenantId,
          projectId: input.projectId,
          requestedBy: person.userId,
          quantity: fromMilli(toMilli(input.quantity)),
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          periodStart: period.start,
          justification: input.justification,
          termsVersion: scope.termsVersion,
          needsRoot,
        });
        // In the owner's chain, with the requesting tenant named (`actorTenantId`).
        await this.audit.record(owner, actor, {
          action: 'resource_allocation.requested',
          targetType: 'resource_allocation',
          targetId: id,
          data: {
            resourceId,
            projectId: input.projectId,
            quantity: fromMilli(toMilli(input.quantity)),
            startsOn: input.startsOn,
            endsOn: input.endsOn,
            termsVersion: scope.termsVersion,
            needsRoot,
          },
        });
        await this.outbox.emit(owner, allocationRequestedJob, {
          allocationId: id,
          resourceId,
          resourceName: scope.name,
          unit: scope.unit,
          quantity: fromMilli(toMilli(input.quantity)),
          requesterTenantId: actor.tenantId,
          requesterName,
          stage: 'owner',
          deciderTenantId: scope.ownerTenantId,
        });
      });
      return this.detail(tx, actor, await this.scopeOf(tx, actor, id));
    });
  }

  get(actor: Actor, allocationId: string): Promise<AllocationDetail> {
    return this.transactions.run(actorContext(actor), async (tx) =>
      this.detail(tx, actor, await this.access.allocation(tx, actor, allocationId)),
    );
  }

  list(
    actor: Actor,
    view: AllocationView,
    filter: { resourceId?: string; status?: AllocationStatus },
    page: { cursor?: string; limit?: number },
  ): Promise<{ data: AllocationDetail[]; nextCursor: string | null }> {
    if ((view === 'awaiting-root' || view === 'all') && actor.tenantKind !== 'root') {
      throw ResourceProblems.rootOnly(`Only Root lists allocations with view=${view}.`);
    }
    const limit = clampPageSize(page.limit, { fallback: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE });
    return this.transactions.run(actorContext(actor), async (tx) => {
      if (filter.resourceId) await this.access.read(tx, actor, filter.resourceId);
      const rows = await this.allocations.list(
        tx,
        { tenantId: actor.tenantId, kind: actor.tenantKind },
        view,
        filter,
        page.cursor ?? null,
        limit,
      );
      const data = rows.slice(0, limit).map((r) => this.decorate(actor, r));
      return { data, nextCursor: rows.length > limit ? data.at(-1)!.id : null };
    });
  }

  summary(actor: Actor) {
    return this.transactions.run(actorContext(actor), (tx) =>
      this.allocations.tenantSummary(tx, actor.tenantId),
    );
  }

  async scopeOf(tx: TenantTx, actor: Actor, allocationId: string): Promise<AllocationScope> {
    return this.access.allocation(tx, actor, allocationId);
  }

  async detail(tx: TenantTx, actor: Actor, scope: AllocationScope): Promise<AllocationDetail> {
    const record = await this.allocations.get(tx, scope.ownerTenantId, scope.allocationId);
    if (!record) throw ResourceProblems.allocationNotFound();
    return this.decorate(actor, record);
  }

  decorate(actor: Actor, r: AllocationRecord): AllocationDetail {
    const isOwnerManager = r.ownerTenantId === actor.tenantId && actor.permissions.has('resources.manage');
    const isRootApprover = actor.tenantKind === 'root' && actor.permissions.has('resources.approve_large');
    const isRequester =
      r.requesterTenantId === actor.tenantId &&
      actor.permissions.has('resources.request') &&
      actor.userId !== null;
    const allowedActions = movesFrom(r.status).filter((move) =>
      move === 'withdraw' ? isRequester : r.status === 'awaiting_root' ? isRootApprover : isOwnerManager,
    );
    const recorder =
      actor.permissions.has('resources.usage.record') &&
      (r.ownerTenantId === actor.tenantId || r.requesterTenantId === actor.tenantId);
    return {
      ...r,
      remaining:
        r.quantityApproved === null ? null : fromMilli(toMilli(r.quantityApproved) - toMilli(r.quantityUsed)),
      utilisationPercent: utilisation(r.quantityUsed, r.quantityApproved),
      allowedActions,
      canRecordUsage: recorder && r.status === 'active',
    };
  }
}
