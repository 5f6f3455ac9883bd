import { Injectable } from '@nestjs/common';
import type { SystemTx, TenantTx } from '@jazari/database';

/** A convention the sweep has work for, as read across tenants (ids only: each is re-read by its owner). */
export interface SweepCandidate {
  readonly tenantId: string;
  readonly conventionId: string;
}

export interface LockedConvention {
  readonly status: string;
  readonly sentAt: Date | null;
  readonly signingDeadline: string | null;
  readonly expiryDate: string | null;
  readonly reminderIntervalDays: number;
}

export interface RemindedSigner {
  readonly id: string;
  readonly userId: string;
  readonly partyTenantId: string;
  readonly remindersSent: number;
}

/** The SQL of the scheduled sweep. The candidate reads run in a Root-kind read; the rest in the owner's scope. */
@Injectable()
export class ConventionSweepRepository {
  /**
   * Conventions out for signature, deadline not passed, with a pending signer whose reminder is due.
   * A superset (any step): the owner's transaction narrows it to the current step.
   */
  async reminderCandidates(
    tx: SystemTx,
    now: Date,
    today: string,
    tenantIds: readonly string[] | null,
    limit: number,
  ): Promise<SweepCandidate[]> {
    const rows = await tx.query<{ tenant_id: string; id: string }>(
      `SELECT c.tenant_id, c.id FROM convention c
        WHERE c.status = 'out_for_signature'
          AND ($3::uuid[] IS NULL OR c.tenant_id = ANY($3::uuid[]))
          AND (c.signing_deadline IS NULL OR c.signing_deadline >= $2::date)
          AND EXISTS (
                SELECT 1 FROM convention_signer s
                 WHERE s.tenant_id = c.tenant_id AND s.convention_id = c.id AND s.status = 'pending'
                   AND coalesce(s.last_reminded_at, c.sent_at) + make_interval(days => c.reminder_interval_days) <= $1)
        ORDER BY c.tenant_id, c.id LIMIT $4`,
      [now, today, tenantIds, limit],
    );
    return rows.map((r) => ({ tenantId: r.tenant_id, conventionId: r.id }));
  }

  /**
   * Active conventions within the widest notice window of their expiry date (or past it), and
   * conventions still out for signature past their signing deadline.
   */
  async expiryCandidates(
    tx: SystemTx,
    today: string,
    noticeWindowDays: number,
    tenantIds: readonly string[] | null,
    limit: number,
  ): Promise<SweepCandidate[]> {
    const rows = await tx.query<{ tenant_id: string; id: string }>(
      `SELECT c.tenant_id, c.id FROM convention c
        WHERE ($3::uuid[] IS NULL OR c.tenant_id = ANY($3::uuid[]))
          AND ((c.status = 'active' AND c.expiry_date <= $1::date + $2::integer)
               OR (c.status = 'out_for_signature' AND c.signing_deadline < $1::date))
        ORDER BY c.tenant_id, c.id LIMIT $4`,
      [today, noticeWindowDays, tenantIds, limit],
    );
    return rows.map((r) => ({ tenantId: r.tenant_id, conventionId: r.id }));
  }

  /** The convention, locked: two sweeps (two replicas, or a retried job) act on it one after the other. */
  async lock(tx: TenantTx, tenantId: string, conventionId: string): Promise<LockedConvention | undefined> {
    const rows = await tx.query<{
      status: string;
      sent_at: Date | null;
      signing_deadline: string | null;
      expiry_date: string | null;
      reminder_interval_days: number;
    }>(
      `SELECT status, sent_at, signing_deadline::text AS signing_deadline, expiry_date::text AS expiry_date,
              reminder_interval_days
         FROM convention WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [tenantId, conventionId],
    );
    const r = rows[0];
    return (
      r && {
        status: r.status,
        sentAt: r.sent_at,
        signingDeadline: r.signing_deadline,
        expiryDate: r.expiry_date,
        reminderIntervalDays: r.reminder_interval_days,
      }
    );
  }

  /**
   * Marks reminded the pending signers of the current step (the lowest step with a pending signer) whose
   * last reminder, or the sending, is at least one interval old; answers them.
   */
  async remindCurrentStep(
    tx: TenantTx,
    tenantId: string,
    conventionId: string,
    now: Date,
    sentAt: Date,
    intervalDays: number,
  ): Promise<RemindedSigner[]> {
    const rows = await tx.query<{
      id: string;
      user_id: string;
      party_tenant_id: string;
      reminders_sent: number;
    }>(
      `UPDATE convention_signer s SET last_reminded_at = $3, reminders_sent = s.reminders_sent + 1
        WHERE s.tenant_id = $1 AND s.convention_id = $2 AND s.status = 'pending'
          AND s.step = (SELECT min(p.step) FROM convention_signer p
                         WHERE p.tenant_id = $1 AND p.convention_id = $2 AND p.status = 'pending')
          AND coalesce(s.last_reminded_at, $4::timestamptz) + make_interval(days => $5::integer) <= $3
        RETURNING s.id, s.user_id, s.party_tenant_id, s.reminders_sent`,
      [tenantId, conventionId, now, sentAt, intervalDays],
    );
    return rows
      .map((r) => ({
        id: r.id,
        userId: r.user_id,
        partyTenantId: r.party_tenant_id,
        remindersSent: r.reminders_sent,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /** The expiry notices already recorded in the convention's evidence chain (their thresholds). */
  async sentExpiryNotices(tx: TenantTx, tenantId: string, conventionId: string): Promise<Set<number>> {
    const rows = await tx.query<{ threshold: number | null }>(
      `SELECT (data->>'threshold')::integer AS threshold FROM convention_event
        WHERE tenant_id = $1 AND convention_id = $2 AND type = 'expiry_notice'`,
      [tenantId, conventionId],
    );
    return new Set(rows.map((r) => r.threshold).filter((t): t is number => t !== null));
  }

  async expire(
    tx: TenantTx,
    tenantId: string,
    conventionId: string,
    now: Date,
    reason: string,
  ): Promise<void> {
    await tx.query(
      `UPDATE convention SET status = 'expired', closed_at = $3, close_reason = $4, updated_at = $3,
              version = version + 1
        WHERE tenant_id = $1 AND id = $2`,
      [tenantId, conventionId, now, reason],
    );
  }

  /** A convention that expires unsigned: its pending signers have nothing left to sign. */
  async cancelPendingSigners(tx: TenantTx, tenantId: string, conventionId: string): Promise<number> {
    const rows = await tx.query(
      `UPDATE convention_signer SET status = 'cancelled'
        WHERE tenant_id = $1 AND convention_id = $2 AND status = 'pending' RETURNING id`,
      [tenantId, conventionId],
    );
    return rows.length;
  }
}
