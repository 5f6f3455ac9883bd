import { Injectable, Logger } from '@nestjs/common';
import { Clock, networkToday } from '@jazari/config';
import { TransactionRunner, type DbContext, type TenantContext } from '@jazari/database';
import { OutboxService } from '@jazari/outbox';
import { ConventionSweepEvidence } from './convention-sweep.evidence.js';
import { ConventionSweepRepository, type SweepCandidate } from './convention-sweep.repository.js';
import {
  daysBetween,
  dueExpiryNotice,
  EXPIRY_NOTICE_DAYS,
  isExpired,
  isPastSigningDeadline,
} from './expiry.rules.js';
import {
  conventionExpiredJob,
  conventionExpiringJob,
  signatureReminderJob,
} from './convention-schedule.jobs.js';

/** What one sweep did: for logs and tests. */
export interface SweepResult {
  readonly reminders: number;
  readonly expiryNotices: number;
  readonly expired: number;
  readonly failed: number;
}

export interface SweepOptions {
  /** Only these owners' conventions (an operator re-running one tenant, or a test); all by default. */
  readonly tenantIds?: readonly string[];
}

/**
 * Reads, across tenants, which conventions have work, in a Root-kind read-only scope: Root's `root_read`
 * policies let it SELECT every convention and signer, and with no tenant id set the transaction can
 * write nothing at all. Each convention is then handled in its owner's own transaction, where RLS lets
 * the update and the outbox event through: the sweep never writes across tenants, and needs no
 * SECURITY DEFINER function. Bounded batches: what a sweep leaves, the next one (15 minutes later) takes.
 */
const ROOT_READER: DbContext = Object.freeze({ tenantId: null, tenantKind: 'root', userId: null });
const BATCH = 500;

@Injectable()
export class ConventionSweepService {
  private readonly logger = new Logger(ConventionSweepService.name);

  constructor(
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    private readonly repository: ConventionSweepRepository,
    private readonly outbox: OutboxService,
    private readonly evidence: ConventionSweepEvidence,
  ) {}

  async sweep(options: SweepOptions = {}): Promise<SweepResult> {
    const now = this.clock.now();
    const today = networkToday(now);
    const tenantIds = options.tenantIds ? [...options.tenantIds] : null;
    const window = Math.max(...EXPIRY_NOTICE_DAYS);
    const [remind, expiry] = await this.transactions.run(ROOT_READER, async (tx) => [
      await this.repository.reminderCandidates(tx, now, today, tenantIds, BATCH),
      await this.repository.expiryCandidates(tx, today, window, tenantIds, BATCH),
    ]);
    let reminders = 0;
    let expiryNotices = 0;
    let expired = 0;
    let failed = 0;
    for (const candidate of remind) {
      try {
        reminders += await this.remind(candidate, now, today);
      } catch (error) {
        failed += 1;
        this.logger.warn({ err: error, ...candidate }, 'signature reminders failed for a convention');
      }
    }
    for (const candidate of expiry) {
      try {
        const outcome = await this.checkExpiry(candidate, now, today);
        if (outcome === 'notice') expiryNotices += 1;
        if (outcome === 'expired') expired += 1;
      } catch (error) {
        failed += 1;
        this.logger.warn({ err: error, ...candidate }, 'expiry check failed for a convention');
      }
    }
    const result = { reminders, expiryNotices, expired, failed };
    if (reminders + expiryNotices + expired + failed > 0) this.logger.log(result, 'conventions swept');
    return result;
  }

  /** One reminder per due pending signer of the current step; re-checked under the convention's lock. */
  private remind(candidate: SweepCandidate, now: Date, today: string): Promise<number> {
    return this.transactions.run(ownerContext(candidate), async (tx) => {
      const convention = await this.repository.lock(tx, candidate.tenantId, candidate.conventionId);
      if (!convention || convention.status !== 'out_for_signature' || !convention.sentAt) return 0;
      if (isPastSigningDeadline(convention.signingDeadline, today)) return 0;
      const signers = await this.repository.remindCurrentStep(
        tx,
        candidate.tenantId,
        candidate.conventionId,
        now,
        convention.sentAt,
        convention.reminderIntervalDays,
      );
      for (const signer of signers) {
        await this.outbox.emit(tx, signatureReminderJob, {
          conventionId: candidate.conventionId,
          signerId: signer.id,
        });
      }
      return signers.length;
    });
  }

  private checkExpiry(
    candidate: SweepCandidate,
    now: Date,
    today: string,
  ): Promise<'notice' | 'expired' | 'nothing'> {
    return this.transactions.run(ownerContext(candidate), async (tx) => {
      const { tenantId, conventionId } = candidate;
      const convention = await this.repository.lock(tx, tenantId, conventionId);
      if (!convention) return 'nothing';
      if (convention.status === 'out_for_signature') {
        if (!isPastSigningDeadline(convention.signingDeadline, today)) return 'nothing';
        const cancelled = await this.repository.cancelPendingSigners(tx, tenantId, conventionId);
        await this.repository.expire(tx, tenantId, conventionId, now, 'signing_deadline');
        await this.evidence.append(tx, candidate, 'expired', {
          reason: 'signing_deadline',
          signingDeadline: convention.signingDeadline,
          cancelledSigners: cancelled,
        });
        await this.outbox.emit(tx, conventionExpiredJob, { conventionId, reason: 'signing_deadline' });
        return 'expired';
      }
      if (convention.status !== 'active' || !convention.expiryDate) return 'nothing';
      if (isExpired(convention.expiryDate, today)) {
        await this.repository.expire(tx, tenantId, conventionId, now, 'expiry_date');
        await this.evidence.append(tx, candidate, 'expired', {
          reason: 'expiry_date',
          expiryDate: convention.expiryDate,
        });
        await this.outbox.emit(tx, conventionExpiredJob, { conventionId, reason: 'expiry_date' });
        return 'expired';
      }
      const daysLeft = daysBetween(today, convention.expiryDate);
      const sent = await this.repository.sentExpiryNotices(tx, tenantId, conventionId);
      const threshold = dueExpiryNotice(daysLeft, sent);
      if (threshold === null) return 'nothing';
      // The evidence event is the record that this notice went out: the next sweep reads it back.
      await this.evidence.append(tx, candidate, 'expiry_notice', {
        threshold,
        daysLeft,
        expiryDate: convention.expiryDate,
      });
      await this.outbox.emit(tx, conventionExpiringJob, { conventionId, daysLeft, threshold });
      return 'notice';
    });
  }
}

function ownerContext(candidate: SweepCandidate): TenantContext {
  return { tenantId: candidate.tenantId, tenantKind: null, userId: null };
}
