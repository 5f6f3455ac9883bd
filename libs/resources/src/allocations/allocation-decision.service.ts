import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { Clock, networkToday } from '@jazari/config';
import { TransactionRunner, type TenantTx } from '@jazari/database';
import { ValidationProblem } from '@jazari/http';
import { OutboxService } from '@jazari/outbox';
import { BookingRepository } from '../bookings/booking.repository.js';
import { ResourceRepository } from '../catalogue/resource.repository.js';
import { ownerContext, ResourceAccess, type AllocationScope } from '../resource-access.js';
import { requirePerson, ResourceProblems } from '../resource.problems.js';
import {
  ALLOCATION_MOVES,
  canMove,
  fromMilli,
  ifMatchSatisfied,
  toMilli,
  type AllocationMove,
  type DecisionMove,
} from '../resource.rules.js';
import type { AllocationStatus } from '../resource.types.js';
import { AllocationRepository } from './allocation.repository.js';
import { AllocationRequestService } from './allocation-request.service.js';
import type { AllocationDetail } from './allocation.types.js';
import {
  allocationDecidedJob,
  allocationRequestedJob,
  allocationWithdrawnJob,
  bookingCancelledJob,
} from '../resource.jobs.js';

export interface DecisionInput {
  readonly quantity?: string;
  readonly reason: string | null;
}

/**
 * The owner's decisions (approve, possibly less than asked; reject; revoke) and Root's on large requests.
 * An approval locks the resource row, then re-counts the period: two approvals of one resource run one
 * after the other, so neither can take units the other took (409 with the figures).
 */
@Injectable()
export class AllocationDecisionService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly access: ResourceAccess,
    private readonly resources: ResourceRepository,
    private readonly allocations: AllocationRepository,
    private readonly bookings: BookingRepository,
    private readonly reads: AllocationRequestService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
  ) {}

  decide(
    actor: Actor,
    allocationId: string,
    move: DecisionMove,
    input: DecisionInput,
    ifMatch: string | undefined,
  ): Promise<AllocationDetail> {
    const person = requirePerson(actor);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.allocation(tx, actor, allocationId);
      const rootStage = scope.status === 'awaiting_root' && move !== 'revoke';
      this.authorise(actor, scope, rootStage);
      const now = this.clock.now();
      await this.transactions.onBehalfOf(ownerContext(actor, scope), async (owner) => {
        const { resource, locked } = await this.lockFor(owner, scope, move, ifMatch);
        if (move !== 'approve') {
          const to: AllocationStatus = move === 'reject' ? 'rejected' : 'revoked';
          await this.allocations.decide(owner, scope.ownerTenantId, allocationId, {
            status: to,
            reason: input.reason,
            by: person.userId,
            root: rootStage,
            now,
          });
          // A revoked allocation's slots that have not ended are given back.
          const freed =
            to === 'revoked'
              ? await this.bookings.cancelForAllocation(
                  owner,
                  scope.ownerTenantId,
                  allocationId,
                  person.userId,
                  now,
                )
              : [];
          for (const booking of freed) {
            await this.outbox.emit(owner, bookingCancelledJob, {
              bookingId: booking.id,
              resourceId: scope.resourceId,
              resourceName: resource.name,
              startsAt: booking.startsAt.toISOString(),
              endsAt: booking.endsAt.toISOString(),
              bookerTenantId: booking.bookerTenantId,
              bookedBy: booking.bookedBy,
            });
          }
          await this.record(owner, actor, allocationId, `resource_allocation.${to}`, {
            from: locked.status,
            ...(freed.length ? { cancelledBookings: freed.map((b) => b.id) } : {}),
            reason: input.reason,
          });
          await this.outbox.emit(owner, allocationDecidedJob, {
            allocationId,
            resourceName: resource.name,
            unit: resource.unit,
            decision: to === 'rejected' ? 'rejected' : 'revoked',
            quantity: locked.quantityApproved,
            reason: input.reason,
            requesterTenantId: locked.requesterTenantId,
            requestedBy: locked.requestedBy,
          });
          return;
        }
        if (resource.status === 'retired') throw ResourceProblems.notAvailable(resource.status);
        const asked = input.quantity ?? (rootStage ? locked.quantityApproved! : locked.quantityRequested);
        if (toMilli(asked) <= 0n || toMilli(asked) > toMilli(locked.quantityRequested)) {
          throw new ValidationProblem([
            {
              field: 'quantity',
              messages: [`quantity must be more than 0 and at most the ${locked.quantityRequested} asked`],
            },
          ]);
        }
        const quantity = fromMilli(toMilli(asked));
        const figures = await this.allocations.periodFigures(
          owner,
          scope.ownerTenantId,
          scope.resourceId,
          locked.periodStart,
          locked.requesterTenantId,
          quantity,
          allocationId,
        );
        const common = { unit: resource.unit, periodStart: locked.periodStart, requested: quantity };
        if (!figures.fitsCapacity) {
          throw ResourceProblems.capacityExceeded({
            ...common,
            capacity: figures.capacity,
            allocated: figures.allocated,
            remaining: figures.remaining,
          });
        }
        if (!figures.fitsShare) {
          throw ResourceProblems.shareExceeded({
            ...common,
            share: figures.share!,
            allocated: figures.tenantAllocated,
            remaining: figures.tenantRemaining!,
          });
        }
        const large =
          resource.largeRequestThreshold !== null &&
          toMilli(quantity) > toMilli(resource.largeRequestThreshold);
        const rootApprover = actor.tenantKind === 'root' && actor.permissions.has('resources.approve_large');
        if (!rootStage && large && !rootApprover) {
          // The owner agrees; Root has the last word on a large request. The quantity stays reserved.
          await this.allocations.decide(owner, scope.ownerTenantId, allocationId, {
            status: 'awaiting_root',
            quantityApproved: quantity,
            reason: input.reason,
            by: person.userId,
            root: false,
            now,
          });
          await this.record(owner, actor, allocationId, 'resource_allocation.owner_approved', {
            quantity,
            awaitingRoot: true,
          });
          const rootId = await this.allocations.rootTenantId(owner);
          if (rootId) {
            await this.outbox.emit(owner, allocationRequestedJob, {
              allocationId,
              resourceId: scope.resourceId,
              resourceName: resource.name,
              unit: resource.unit,
              quantity,
              requesterTenantId: locked.requesterTenantId,
              requesterName: locked.requesterName,
              stage: 'root',
              deciderTenantId: rootId,
            });
          }
          return;
        }
        const to: AllocationStatus = locked.startsOn <= networkToday(now) ? 'active' : 'approved';
        await this.allocations.decide(owner, scope.ownerTenantId, allocationId, {
          status: to,
          quantityApproved: quantity,
          reason: input.reason,
          by: person.userId,
          root: rootStage,
          now,
        });
        await this.record(owner, actor, allocationId, 'resource_allocation.approved', {
          quantity,
          requested: locked.quantityRequested,
          byRoot: rootStage,
        });
        await this.outbox.emit(owner, allocationDecidedJob, {
          allocationId,
          resourceName: resource.name,
          unit: resource.unit,
          decision: 'approved',
          quantity,
          reason: input.reason,
          requesterTenantId: locked.requesterTenantId,
          requestedBy: locked.requestedBy,
        });
      });
      return this.reads.detail(tx, actor, scope);
    });
  }

  /**
   * Locks the resource, then the allocation (the order every writer takes, so none deadlock), and checks
   * the caller's `If-Match` and that `move` is open from the allocation's status.
   */
  private async lockFor(
    owner: TenantTx,
    scope: AllocationScope,
    move: AllocationMove,
    ifMatch: string | undefined,
  ) {
    const resource = await this.resources.lock(owner, scope.ownerTenantId, scope.resourceId);
    const locked = await this.allocations.lock(owner, scope.ownerTenantId, scope.allocationId);
    if (!resource || !locked) throw ResourceProblems.allocationNotFound();
    if (ifMatch !== undefined && !ifMatchSatisfied(ifMatch, locked.version)) {
      throw ResourceProblems.preconditionFailed(locked.version);
    }
    if (!canMove(move, locked.status)) {
      throw ResourceProblems.illegalTransition(
        locked.status,
        move,
        (Object.keys(ALLOCATION_MOVES) as AllocationMove[]).filter((m) => canMove(m, locked.status)),
      );
    }
    return { resource, locked };
  }

  /**
   * The requesting tenant takes back its request while it waits for a decision (`pending`, or
   * `awaiting_root` with the owner's quantity reserved, which counts no more). The owner's managers are
   * told, and Root's network admins when it waited for them. Any member of the requesting tenant who may
   * request resources may withdraw.
   */
  withdraw(
    actor: Actor,
    allocationId: string,
    reason: string | null,
    ifMatch: string | undefined,
  ): Promise<AllocationDetail> {
    requirePerson(actor);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.allocation(tx, actor, allocationId);
      if (!scope.isRequester || !actor.permissions.has('resources.request')) {
        throw ResourceProblems.readOnly(
          'Only the tenant that asked for an allocation withdraws its request.',
        );
      }
      const now = this.clock.now();
      await this.transactions.onBehalfOf(ownerContext(actor, scope), async (owner) => {
        const { resource, locked } = await this.lockFor(owner, scope, 'withdraw', ifMatch);
        await this.allocations.withdraw(owner, scope.ownerTenantId, allocationId, now);
        await this.record(owner, actor, allocationId, 'resource_allocation.withdrawn', {
          from: locked.status,
          reason,
        });
        // The owner's managers always (they decided, or were to); Root too when the request waited for it.
        const told: { stage: 'owner' | 'root'; deciderTenantId: string | null }[] = [
          { stage: 'owner', deciderTenantId: scope.ownerTenantId },
        ];
        if (locked.status === 'awaiting_root') {
          told.push({ stage: 'root', deciderTenantId: await this.allocations.rootTenantId(owner) });
        }
        for (const { stage, deciderTenantId } of told) {
          if (!deciderTenantId) continue;
          await this.outbox.emit(owner, allocationWithdrawnJob, {
            allocationId,
            resourceName: resource.name,
            unit: resource.unit,
            quantity: locked.quantityRequested,
            requesterName: locked.requesterName,
            reason,
            stage,
            deciderTenantId,
          });
        }
      });
      return this.reads.detail(tx, actor, scope);
    });
  }

  /** Pending: the owner's managers. Awaiting Root: Root's network admins. Revoking: the owner's managers. */
  private authorise(actor: Actor, scope: AllocationScope, rootStage: boolean): void {
    if (rootStage) {
      if (actor.tenantKind !== 'root' || !actor.permissions.has('resources.approve_large')) {
        throw ResourceProblems.readOnly("This large request waits for Root's approval.");
      }
      return;
    }
    if (!scope.canManage) {
      throw ResourceProblems.readOnly(
        scope.isOwner
          ? "Only the owner's managers decide allocations."
          : 'Only the tenant that owns the resource decides its allocations.',
      );
    }
  }

  /** In the owner's chain (the open scope is the owner's); Root's decisions name Root as `actorTenantId`. */
  private record(
    tx: TenantTx,
    actor: Actor,
    allocationId: string,
    action: string,
    data: Record<string, unknown>,
  ) {
    return this.audit.record(
      tx,
      { userId: actor.userId, apiKeyId: actor.apiKeyId, tenantId: actor.tenantId },
      {
        action,
        targetType: 'resource_allocation',
        targetId: allocationId,
        data: Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)),
      },
    );
  }
}
