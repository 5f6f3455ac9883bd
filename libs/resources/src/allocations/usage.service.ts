import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { Clock, networkToday } from '@jazari/config';
import { TransactionRunner, uuidv7 } from '@jazari/database';
import { ValidationProblem } from '@jazari/http';
import { OutboxService } from '@jazari/outbox';
import { ownerContext, ResourceAccess } from '../resource-access.js';
import { ResourceProblems } from '../resource.problems.js';
import { crossedThresholds, fromMilli, toMilli, utilisation } from '../resource.rules.js';
import { USAGE_THRESHOLDS } from '../resource.types.js';
import { AllocationRepository } from './allocation.repository.js';
import type { Balance, UsageInput } from './allocation.types.js';
import { usageThresholdJob } from '../resource.jobs.js';

/**
 * Consumption recorded against an active allocation, by the owner or the requesting tenant (a person or
 * a system's API key with `resources.usage.record`). The allocation row is locked while the record is
 * added, so the 80% and 100% notices go out once each, however many records arrive at the same time.
 */
@Injectable()
export class UsageService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly access: ResourceAccess,
    private readonly allocations: AllocationRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
  ) {}

  record(actor: Actor, allocationId: string, input: UsageInput): Promise<Balance> {
    if (toMilli(input.quantity) <= 0n) {
      throw new ValidationProblem([{ field: 'quantity', messages: ['quantity must be more than 0'] }]);
    }
    const now = this.clock.now();
    if (input.occurredAt && input.occurredAt.getTime() > now.getTime() + 5 * 60_000) {
      throw new ValidationProblem([{ field: 'occurredAt', messages: ['occurredAt is in the future'] }]);
    }
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.allocation(tx, actor, allocationId);
      if (!scope.isOwner && !scope.isRequester) {
        throw ResourceProblems.readOnly('Only the owner and the requesting tenant record usage.');
      }
      return this.transactions.onBehalfOf(ownerContext(actor, scope), async (owner) => {
        const locked = await this.allocations.lock(owner, scope.ownerTenantId, allocationId);
        if (!locked) throw ResourceProblems.allocationNotFound();
        let status = locked.status;
        // The sweep starts allocations on their first day; a record arriving first does it itself.
        if (status === 'approved' && locked.startsOn <= networkToday(now)) {
          await this.allocations.setStatus(owner, scope.ownerTenantId, allocationId, 'active', now);
          await this.audit.record(owner, actor, {
            action: 'resource_allocation.activated',
            targetType: 'resource_allocation',
            targetId: allocationId,
            data: { from: 'approved', by: 'usage' },
          });
          status = 'active';
        }
        if (status !== 'active') throw ResourceProblems.allocationNotActive(status);
        const approved = locked.quantityApproved!;
        const quantity = fromMilli(toMilli(input.quantity));
        const fits = await this.allocations.usageFits(owner, approved, locked.quantityUsed, quantity);
        if (!fits.fits) {
          throw ResourceProblems.allocationExhausted({
            unit: scope.unit,
            approved,
            used: locked.quantityUsed,
            remaining: fits.remaining,
            quantity,
          });
        }
        const notified = new Set<number>([
          ...(locked.notice80 ? [80] : []),
          ...(locked.notice100 ? [100] : []),
        ]);
        const crossed = crossedThresholds(approved, fits.after, USAGE_THRESHOLDS, notified);
        const usageId = uuidv7();
        await this.allocations.addUsage(
          owner,
          {
            tenantId: scope.ownerTenantId,
            id: usageId,
            allocationId,
            requesterTenantId: locked.requesterTenantId,
            quantity,
            occurredAt: input.occurredAt ?? now,
            note: input.note,
            recorderTenantId: actor.tenantId,
            userId: actor.userId,
            apiKeyId: actor.apiKeyId,
          },
          { n80: crossed.includes(80), n100: crossed.includes(100), now },
        );
        // In the owner's chain; a record by the requesting tenant names it (`actorTenantId`).
        await this.audit.record(owner, actor, {
          action: 'resource_allocation.usage_recorded',
          targetType: 'resource_allocation',
          targetId: allocationId,
          data: {
            usageId,
            quantity,
            occurredAt: (input.occurredAt ?? now).toISOString(),
            used: fits.after,
            approved,
          },
        });
        for (const threshold of crossed) {
          await this.outbox.emit(owner, usageThresholdJob, {
            allocationId,
            resourceName: scope.resourceName,
            unit: scope.unit,
            threshold,
            used: fits.after,
            approved,
            requesterTenantId: locked.requesterTenantId,
            requestedBy: locked.requestedBy,
          });
        }
        return {
          allocationId,
          unit: scope.unit,
          approved,
          used: fits.after,
          remaining: fromMilli(toMilli(approved) - toMilli(fits.after)),
          utilisationPercent: utilisation(fits.after, approved),
          thresholdsReached: crossed,
        };
      });
    });
  }
}
