import { Injectable, Logger } from '@nestjs/common';
import { AuditLog } from '@jazari/audit';
import { Clock, networkToday } from '@jazari/config';
import { TransactionRunner, type DbContext, type TenantContext, type TenantTx } from '@jazari/database';
import { OutboxService } from '@jazari/outbox';
import { AllocationRepository } from '../allocations/allocation.repository.js';
import { addDays } from '../resource.rules.js';
import { EXPIRY_NOTICE_DAYS } from '../resource.types.js';
import { allocationExpiringJob } from '../resource.jobs.js';

export interface ResourceSweepResult {
  readonly activated: number;
  readonly expiryNotices: number;
  readonly expired: number;
  readonly failed: number;
}

export interface ResourceSweepOptions {
  /** Only these owners' allocations (an operator re-running one tenant, or a test); all by default. */
  readonly tenantIds?: readonly string[];
}

/** Root-kind read-only scope: `root_read` lets it see every allocation; with no tenant it writes nothing. */
const ROOT_READER: DbContext = Object.freeze({ tenantId: null, tenantKind: 'root', userId: null });
const BATCH = 500;

/**
 * The scheduled sweep over allocations (`resources.sweep`, every 15 minutes): approved ones start on
 * their first day, active ones get one notice 7 days before their last day, and expire the day after it.
 * Candidates are read across tenants; each is then re-read under its row lock in its owner's own
 * transaction, so concurrent sweeps (replicas, a retried job) send each notice once.
 */
@Injectable()
export class ResourceSweepService {
  private readonly logger = new Logger(ResourceSweepService.name);

  constructor(
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    private readonly allocations: AllocationRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
  ) {}

  async sweep(options: ResourceSweepOptions = {}): Promise<ResourceSweepResult> {
    const now = this.clock.now();
    const today = networkToday(now);
    const noticeFrom = addDays(today, EXPIRY_NOTICE_DAYS);
    const candidates = await this.transactions.run(ROOT_READER, (tx) =>
      tx.query<{ tenant_id: string; id: string }>(
        `SELECT a.tenant_id, a.id FROM resource_allocation a
          WHERE a.status IN ('approved', 'active')
            AND ($3::uuid[] IS NULL OR a.tenant_id = ANY($3::uuid[]))
            AND ((a.status = 'approved' AND a.starts_on <= $1::date)
                 OR a.ends_on < $1::date
                 OR (a.ends_on <= $2::date AND a.expiry_notice_at IS NULL))
          ORDER BY a.tenant_id, a.id LIMIT $4`,
        [today, noticeFrom, options.tenantIds ? [...options.tenantIds] : null, BATCH],
      ),
    );
    const result = { activated: 0, expiryNotices: 0, expired: 0, failed: 0 };
    for (const candidate of candidates) {
      try {
        const done = await this.handle(candidate.tenant_id, candidate.id, now, today);
        result.activated += done.activated;
        result.expiryNotices += done.notice;
        result.expired += done.expired;
      } catch (error) {
        result.failed += 1;
        this.logger.warn({ err: error, ...candidate }, 'resource allocation sweep failed');
      }
    }
    if (result.activated + result.expiryNotices + result.expired + result.failed > 0) {
      this.logger.log(result, 'resource allocations swept');
    }
    return result;
  }

  private handle(
    tenantId: string,
    allocationId: string,
    now: Date,
    today: string,
  ): Promise<{ activated: number; notice: number; expired: number }> {
    const context: TenantContext = { tenantId, tenantKind: null, userId: null };
    return this.transactions.run(context, async (tx) => {
      const done = { activated: 0, notice: 0, expired: 0 };
      const a = await this.allocations.lock(tx, tenantId, allocationId);
      if (!a || (a.status !== 'approved' && a.status !== 'active')) return done;
      if (a.endsOn < today) {
        await this.allocations.setStatus(tx, tenantId, allocationId, 'expired', now);
        await this.record(tx, allocationId, 'resource_allocation.expired', {
          from: a.status,
          endsOn: a.endsOn,
        });
        done.expired = 1;
        return done;
      }
      if (a.status === 'approved' && a.startsOn <= today) {
        await this.allocations.setStatus(tx, tenantId, allocationId, 'active', now);
        await this.record(tx, allocationId, 'resource_allocation.activated', {
          from: 'approved',
          by: 'sweep',
        });
        done.activated = 1;
      }
      if (!a.expiryNoticed && a.endsOn <= addDays(today, EXPIRY_NOTICE_DAYS)) {
        await this.allocations.markExpiryNotice(tx, tenantId, allocationId, now);
        const daysLeft = Math.round((Date.parse(a.endsOn) - Date.parse(today)) / 86_400_000);
        await this.outbox.emit(tx, allocationExpiringJob, {
          allocationId,
          resourceName: a.resourceName,
          endsOn: a.endsOn,
          daysLeft,
          requesterTenantId: a.requesterTenantId,
          requestedBy: a.requestedBy,
        });
        done.notice = 1;
      }
      return done;
    });
  }

  /** The system's act (no actor), in the owner's chain: the open transaction is the owner's. */
  private record(
    tx: TenantTx,
    allocationId: string,
    action: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(tx, null, {
      action,
      targetType: 'resource_allocation',
      targetId: allocationId,
      data,
    });
  }
}
