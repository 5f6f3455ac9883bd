import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { RegistrationStatus } from '../workshop.types.js';

export interface RegistrationRecord {
  readonly id: string;
  readonly userId: string;
  readonly registrantTenantId: string;
  readonly status: RegistrationStatus;
  readonly queuedAt: Date;
  readonly invitedAt: Date | null;
  readonly checkedInAt: Date | null;
  readonly checkInFailures: number;
}

type Row = {
  id: string;
  user_id: string;
  registrant_tenant_id: string;
  status: RegistrationStatus;
  queued_at: Date;
  invited_at: Date | null;
  checked_in_at: Date | null;
  check_in_failures: number;
};

const COLUMNS = `id, user_id, registrant_tenant_id, status, queued_at, invited_at, checked_in_at, check_in_failures`;

const toRecord = (r: Row): RegistrationRecord => ({
  id: r.id,
  userId: r.user_id,
  registrantTenantId: r.registrant_tenant_id,
  status: r.status,
  queuedAt: r.queued_at,
  invitedAt: r.invited_at,
  checkedInAt: r.checked_in_at,
  checkInFailures: r.check_in_failures,
});

/** SQL of registrations; every statement names the organiser (the rows' tenant). */
@Injectable()
export class RegistrationRepository {
  async forUser(
    tx: TenantTx,
    tenantId: string,
    workshopId: string,
    userId: string,
    lock = false,
  ): Promise<RegistrationRecord | undefined> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM workshop_registration
        WHERE tenant_id = $1 AND workshop_id = $2 AND user_id = $3${lock ? ' FOR UPDATE' : ''}`,
      [tenantId, workshopId, userId],
    );
    return rows[0] && toRecord(rows[0]);
  }

  async find(
    tx: TenantTx,
    tenantId: string,
    workshopId: string,
    id: string,
    lock = false,
  ): Promise<RegistrationRecord | undefined> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM workshop_registration
        WHERE tenant_id = $1 AND workshop_id = $2 AND id = $3${lock ? ' FOR UPDATE' : ''}`,
      [tenantId, workshopId, id],
    );
    return rows[0] && toRecord(rows[0]);
  }

  async list(tx: TenantTx, tenantId: string, workshopId: string): Promise<RegistrationRecord[]> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM workshop_registration
        WHERE tenant_id = $1 AND workshop_id = $2 ORDER BY status, queued_at, id`,
      [tenantId, workshopId],
    );
    return rows.map(toRecord);
  }

  async counts(
    tx: TenantTx,
    tenantId: string,
    workshopId: string,
  ): Promise<{ registered: number; waitlisted: number }> {
    const rows = await tx.query<{ registered: number; waitlisted: number }>(
      `SELECT count(*) FILTER (WHERE status = 'registered')::int AS registered,
              count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted
         FROM workshop_registration WHERE tenant_id = $1 AND workshop_id = $2`,
      [tenantId, workshopId],
    );
    return rows[0] ?? { registered: 0, waitlisted: 0 };
  }

  async insert(
    tx: TenantTx,
    tenantId: string,
    workshopId: string,
    values: {
      id: string;
      userId: string;
      registrantTenantId: string;
      status: RegistrationStatus;
      invitedBy: string | null;
      now: Date;
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO workshop_registration (tenant_id, id, workshop_id, user_id, registrant_tenant_id, status,
         queued_at, invited_by, invited_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $8::uuid IS NULL THEN NULL ELSE $7::timestamptz END, $7, $7)`,
      [
        tenantId,
        values.id,
        workshopId,
        values.userId,
        values.registrantTenantId,
        values.status,
        values.now,
        values.invitedBy,
      ],
    );
  }

  /** A new status; joining the queue (registered, waitlisted) takes a new place at its end. */
  async setStatus(
    tx: TenantTx,
    tenantId: string,
    id: string,
    status: RegistrationStatus,
    now: Date,
    requeue: boolean,
  ): Promise<void> {
    await tx.query(
      `UPDATE workshop_registration SET status = $3, updated_at = $4,
              queued_at = CASE WHEN $5::boolean THEN $4::timestamptz ELSE queued_at END,
              checked_in_at = CASE WHEN $3::text = 'registered' THEN checked_in_at END,
              checked_in_by = CASE WHEN $3::text = 'registered' THEN checked_in_by END
        WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id, status, now, requeue],
    );
  }

  async reinvite(tx: TenantTx, tenantId: string, id: string, invitedBy: string, now: Date): Promise<void> {
    await tx.query(
      `UPDATE workshop_registration SET status = 'invited', invited_by = $3, invited_at = $4, updated_at = $4
        WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id, invitedBy, now],
    );
  }

  /** A waitlisted registration's place in the queue (1: the next to get a seat), in promotion order. */
  async waitlistPosition(
    tx: TenantTx,
    tenantId: string,
    workshopId: string,
    registration: RegistrationRecord,
  ): Promise<number> {
    const rows = await tx.query<{ position: number }>(
      `SELECT count(*)::int AS position FROM workshop_registration
        WHERE tenant_id = $1 AND workshop_id = $2 AND status = 'waitlisted'
          AND (queued_at, id) <= ($3::timestamptz, $4::uuid)`,
      [tenantId, workshopId, registration.queuedAt, registration.id],
    );
    return rows[0]?.position ?? 1;
  }

  /** The first on the waitlist (first come, first promoted), locked. */
  async firstWaitlisted(
    tx: TenantTx,
    tenantId: string,
    workshopId: string,
  ): Promise<RegistrationRecord | undefined> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM workshop_registration
        WHERE tenant_id = $1 AND workshop_id = $2 AND status = 'waitlisted'
        ORDER BY queued_at, id LIMIT 1 FOR UPDATE`,
      [tenantId, workshopId],
    );
    return rows[0] && toRecord(rows[0]);
  }

  /** Checks someone in; answers false when they already were. */
  async checkIn(tx: TenantTx, tenantId: string, id: string, by: string | null, now: Date): Promise<boolean> {
    const rows = await tx.query(
      `UPDATE workshop_registration SET checked_in_at = $4, checked_in_by = $3, updated_at = $4
        WHERE tenant_id = $1 AND id = $2 AND checked_in_at IS NULL RETURNING id`,
      [tenantId, id, by, now],
    );
    return rows.length > 0;
  }

  /** Counts a wrong self check-in code; answers the count. */
  async countFailure(tx: TenantTx, tenantId: string, id: string): Promise<number> {
    const rows = await tx.query<{ check_in_failures: number }>(
      `UPDATE workshop_registration SET check_in_failures = check_in_failures + 1
        WHERE tenant_id = $1 AND id = $2 RETURNING check_in_failures`,
      [tenantId, id],
    );
    return rows[0]?.check_in_failures ?? 0;
  }

  /** The people holding a place or an invitation, by the tenant they registered from. */
  async people(
    tx: TenantTx,
    tenantId: string,
    workshopId: string,
    statuses: readonly RegistrationStatus[],
    checkedInOnly = false,
  ): Promise<{ tenantId: string; userIds: string[] }[]> {
    const rows = await tx.query<{ registrant_tenant_id: string; user_ids: string[] }>(
      `SELECT registrant_tenant_id, array_agg(user_id ORDER BY user_id) AS user_ids FROM workshop_registration
        WHERE tenant_id = $1 AND workshop_id = $2 AND status = ANY($3::text[])
          AND (NOT $4::boolean OR checked_in_at IS NOT NULL)
        GROUP BY registrant_tenant_id ORDER BY registrant_tenant_id`,
      [tenantId, workshopId, statuses, checkedInOnly],
    );
    return rows.map((r) => ({ tenantId: r.registrant_tenant_id, userIds: r.user_ids }));
  }
}
