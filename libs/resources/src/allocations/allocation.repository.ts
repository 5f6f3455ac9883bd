import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import { quantity } from '../resource.rules.js';
import { RESERVING_STATUSES, type AllocationStatus } from '../resource.types.js';

import {
  COLUMNS,
  FROM,
  map,
  type AllocationRecord,
  type AllocationView,
  type NewAllocation,
  type PeriodFigures,
  type Row,
} from './allocation.rows.js';

export type { AllocationRecord, AllocationView, NewAllocation, PeriodFigures } from './allocation.rows.js';

/** SQL of allocations and their usage. */
@Injectable()
export class AllocationRepository {
  async insert(tx: TenantTx, a: NewAllocation): Promise<void> {
    await tx.query(
      `INSERT INTO resource_allocation (tenant_id, id, resource_id, requester_tenant_id, project_id, requested_by,
          quantity_requested, starts_on, ends_on, period_start, justification, terms_version, needs_root)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        a.tenantId,
        a.id,
        a.resourceId,
        a.requesterTenantId,
        a.projectId,
        a.requestedBy,
        a.quantity,
        a.startsOn,
        a.endsOn,
        a.periodStart,
        a.justification,
        a.termsVersion,
        a.needsRoot,
      ],
    );
  }

  async get(tx: TenantTx, tenantId: string, id: string): Promise<AllocationRecord | undefined> {
    const rows = await tx.query<Row>(`SELECT ${COLUMNS} FROM ${FROM} WHERE a.tenant_id = $1 AND a.id = $2`, [
      tenantId,
      id,
    ]);
    return rows[0] && map(rows[0]);
  }

  /** The allocation row locked (usage, decisions, the sweep act on it one after the other). */
  async lock(
    tx: TenantTx,
    tenantId: string,
    id: string,
  ): Promise<
    | (AllocationRecord & {
        notice80: boolean;
        notice100: boolean;
        expiryNoticed: boolean;
      })
    | undefined
  > {
    const rows = await tx.query<
      Row & { notice_80_at: Date | null; notice_100_at: Date | null; expiry_notice_at: Date | null }
    >(
      `SELECT ${COLUMNS}, a.notice_80_at, a.notice_100_at, a.expiry_notice_at
         FROM ${FROM} WHERE a.tenant_id = $1 AND a.id = $2 FOR UPDATE OF a`,
      [tenantId, id],
    );
    const row = rows[0];
    return (
      row && {
        ...map(row),
        notice80: row.notice_80_at !== null,
        notice100: row.notice_100_at !== null,
        expiryNoticed: row.expiry_notice_at !== null,
      }
    );
  }

  /**
   * The period's figures for `requesterTenantId` and `quantity`, excluding allocation `exceptId` (the one
   * being decided). Run with the resource row locked, so two approvals cannot both take the last units.
   */
  async periodFigures(
    tx: TenantTx,
    tenantId: string,
    resourceId: string,
    periodStart: string,
    requesterTenantId: string,
    quantityAsked: string,
    exceptId: string | null,
  ): Promise<PeriodFigures> {
    const rows = await tx.query<{
      capacity: string;
      allocated: string;
      remaining: string;
      share: string | null;
      tenant_allocated: string;
      tenant_remaining: string | null;
      fits_capacity: boolean;
      fits_share: boolean;
    }>(
      `WITH taken AS (
         SELECT coalesce(sum(CASE WHEN a.status = 'revoked' THEN a.quantity_used ELSE a.quantity_approved END), 0) AS total,
                coalesce(sum(CASE WHEN a.status = 'revoked' THEN a.quantity_used ELSE a.quantity_approved END)
                         FILTER (WHERE a.requester_tenant_id = $4), 0) AS tenant_total
           FROM resource_allocation a
          WHERE a.tenant_id = $1 AND a.resource_id = $2 AND a.period_start = $3::date
            AND (a.status = ANY($6::text[]) OR a.status = 'revoked')
            AND ($7::uuid IS NULL OR a.id <> $7)),
       limits AS (
         SELECT r.capacity,
                coalesce((SELECT s.quantity FROM resource_share s
                           WHERE s.tenant_id = r.tenant_id AND s.resource_id = r.id AND s.share_tenant_id = $4),
                         r.default_share) AS share
           FROM resource r WHERE r.tenant_id = $1 AND r.id = $2)
       SELECT l.capacity::text, t.total::text AS allocated, (l.capacity - t.total)::text AS remaining,
              l.share::text, t.tenant_total::text AS tenant_allocated,
              (l.share - t.tenant_total)::text AS tenant_remaining,
              t.total + $5::numeric <= l.capacity AS fits_capacity,
              (l.share IS NULL OR t.tenant_total + $5::numeric <= l.share) AS fits_share
         FROM limits l CROSS JOIN taken t`,
      [tenantId, resourceId, periodStart, requesterTenantId, quantityAsked, RESERVING_STATUSES, exceptId],
    );
    const r = rows[0];
    return {
      capacity: quantity(r.capacity),
      allocated: quantity(r.allocated),
      remaining: quantity(r.remaining),
      share: quantity(r.share),
      tenantAllocated: quantity(r.tenant_allocated),
      tenantRemaining: quantity(r.tenant_remaining),
      fitsCapacity: r.fits_capacity,
      fitsShare: r.fits_share,
    };
  }

  async decide(
    tx: TenantTx,
    tenantId: string,
    id: string,
    change: {
      status: AllocationStatus;
      quantityApproved?: string;
      reason: string | null;
      by: string | null;
      root: boolean;
      now: Date;
    },
  ): Promise<void> {
    await tx.query(
      `UPDATE resource_allocation
          SET status = $3,
              quantity_approved = coalesce($4::numeric, quantity_approved),
              decision_reason = coalesce($5, decision_reason),
              decided_by = CASE WHEN $7 THEN decided_by ELSE $6 END,
              decided_at = CASE WHEN $7 THEN decided_at ELSE $8 END,
              root_decided_by = CASE WHEN $7 THEN $6 ELSE root_decided_by END,
              root_decided_at = CASE WHEN $7 THEN $8 ELSE root_decided_at END,
              activated_at = CASE WHEN $3 = 'active' THEN $8 ELSE activated_at END,
              closed_at = CASE WHEN $3 IN ('rejected', 'revoked', 'expired') THEN $8 ELSE closed_at END,
              version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND id = $2`,
      [
        tenantId,
        id,
        change.status,
        change.quantityApproved ?? null,
        change.reason,
        change.by,
        change.root,
        change.now,
      ],
    );
  }

  /** The requester took its request back: closed, the deciders' fields as they were. */
  async withdraw(tx: TenantTx, tenantId: string, id: string, now: Date): Promise<void> {
    await tx.query(
      `UPDATE resource_allocation SET status = 'withdrawn', closed_at = $3, version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id, now],
    );
  }

  async setStatus(
    tx: TenantTx,
    tenantId: string,
    id: string,
    status: AllocationStatus,
    now: Date,
  ): Promise<void> {
    await tx.query(
      `UPDATE resource_allocation
          SET status = $3,
              activated_at = CASE WHEN $3 = 'active' THEN $4 ELSE activated_at END,
              closed_at = CASE WHEN $3 IN ('expired', 'revoked') THEN $4 ELSE closed_at END,
              version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id, status, now],
    );
  }

  async markExpiryNotice(tx: TenantTx, tenantId: string, id: string, now: Date): Promise<void> {
    await tx.query(`UPDATE resource_allocation SET expiry_notice_at = $3 WHERE tenant_id = $1 AND id = $2`, [
      tenantId,
      id,
      now,
    ]);
  }

  async addUsage(
    tx: TenantTx,
    usage: {
      tenantId: string;
      id: string;
      allocationId: string;
      requesterTenantId: string;
      quantity: string;
      occurredAt: Date;
      note: string | null;
      recorderTenantId: string;
      userId: string | null;
      apiKeyId: string | null;
    },
    notices: { n80: boolean; n100: boolean; now: Date },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO resource_usage (tenant_id, id, allocation_id, requester_tenant_id, quantity, occurred_at, note,
          recorded_by_tenant_id, recorded_by_user_id, recorded_by_api_key_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        usage.tenantId,
        usage.id,
        usage.allocationId,
        usage.requesterTenantId,
        usage.quantity,
        usage.occurredAt,
        usage.note,
        usage.recorderTenantId,
        usage.userId,
        usage.apiKeyId,
      ],
    );
    await tx.query(
      `UPDATE resource_allocation
          SET quantity_used = quantity_used + $3::numeric,
              notice_80_at = CASE WHEN $4 THEN coalesce(notice_80_at, $6) ELSE notice_80_at END,
              notice_100_at = CASE WHEN $5 THEN coalesce(notice_100_at, $6) ELSE notice_100_at END,
              updated_at = now()
        WHERE tenant_id = $1 AND id = $2`,
      [usage.tenantId, usage.allocationId, usage.quantity, notices.n80, notices.n100, notices.now],
    );
  }

  /** Whether `used + quantity` stays within the approved quantity, and what remains (numerics in SQL). */
  async usageFits(
    tx: TenantTx,
    approved: string,
    used: string,
    add: string,
  ): Promise<{ fits: boolean; remaining: string; after: string }> {
    const rows = await tx.query<{ fits: boolean; remaining: string; after: string }>(
      `SELECT $2::numeric + $3::numeric <= $1::numeric AS fits, ($1::numeric - $2::numeric)::text AS remaining,
              ($2::numeric + $3::numeric)::text AS after`,
      [approved, used, add],
    );
    return { fits: rows[0].fits, remaining: quantity(rows[0].remaining), after: quantity(rows[0].after) };
  }

  /** Whether `a > b` on numerics. */
  async greater(tx: TenantTx, a: string, b: string): Promise<boolean> {
    const rows = await tx.query<{ gt: boolean }>(`SELECT $1::numeric > $2::numeric AS gt`, [a, b]);
    return rows[0].gt;
  }

  async list(
    tx: TenantTx,
    caller: { tenantId: string; kind: string },
    view: AllocationView,
    filter: { resourceId?: string; status?: AllocationStatus },
    cursor: string | null,
    limit: number,
  ): Promise<AllocationRecord[]> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM ${FROM}
        WHERE CASE $3::text
                WHEN 'mine' THEN a.requester_tenant_id = $1
                WHEN 'incoming' THEN a.tenant_id = $1
                WHEN 'awaiting-root' THEN a.status = 'awaiting_root' AND $2::text = 'root'
                ELSE $2::text = 'root' OR a.tenant_id = $1 OR a.requester_tenant_id = $1
              END
          AND ($4::uuid IS NULL OR a.resource_id = $4)
          AND ($5::text IS NULL OR a.status = $5)
          AND ($6::uuid IS NULL OR a.id < $6)
        ORDER BY a.id DESC LIMIT $7`,
      [
        caller.tenantId,
        caller.kind,
        view,
        filter.resourceId ?? null,
        filter.status ?? null,
        cursor,
        limit + 1,
      ],
    );
    return rows.map(map);
  }

  /** Per resource and period: the caller tenant's approved, used and remaining quantities. */
  async tenantSummary(
    tx: TenantTx,
    requesterTenantId: string,
  ): Promise<
    {
      resourceId: string;
      resourceName: string;
      ownerTenantId: string;
      unit: string;
      periodStart: string;
      allocations: number;
      approved: string;
      used: string;
      remaining: string;
    }[]
  > {
    const rows = await tx.query<{
      resource_id: string;
      name: string;
      tenant_id: string;
      unit: string;
      period_start: string;
      allocations: number;
      approved: string;
      used: string;
      remaining: string;
    }>(
      `SELECT a.resource_id, r.name, a.tenant_id, r.unit, a.period_start::text, count(*)::int AS allocations,
              sum(a.quantity_approved)::text AS approved, sum(a.quantity_used)::text AS used,
              sum(a.quantity_approved - a.quantity_used)::text AS remaining
         FROM resource_allocation a
         JOIN resource r ON r.tenant_id = a.tenant_id AND r.id = a.resource_id
        WHERE a.requester_tenant_id = $1 AND a.status IN ('approved', 'active', 'expired', 'awaiting_root')
        GROUP BY a.resource_id, r.name, a.tenant_id, r.unit, a.period_start
        ORDER BY a.period_start DESC, r.name`,
      [requesterTenantId],
    );
    return rows.map((r) => ({
      resourceId: r.resource_id,
      resourceName: r.name,
      ownerTenantId: r.tenant_id,
      unit: r.unit,
      periodStart: r.period_start,
      allocations: r.allocations,
      approved: quantity(r.approved),
      used: quantity(r.used),
      remaining: quantity(r.remaining),
    }));
  }

  /** Per requesting tenant, in one period of one resource (the owner's and Root's utilisation view). */
  async utilisation(
    tx: TenantTx,
    tenantId: string,
    resourceId: string,
    periodStart: string,
    onlyTenantId: string | null,
  ): Promise<{ tenantId: string; tenantName: string; approved: string; used: string; pending: string }[]> {
    const rows = await tx.query<{
      requester_tenant_id: string;
      name_fr: string;
      approved: string;
      used: string;
      pending: string;
    }>(
      `SELECT a.requester_tenant_id, t.name_fr,
              coalesce(sum(a.quantity_approved) FILTER (WHERE a.status = ANY($4::text[])), 0)::text AS approved,
              coalesce(sum(a.quantity_used), 0)::text AS used,
              coalesce(sum(a.quantity_requested) FILTER (WHERE a.status = 'pending'), 0)::text AS pending
         FROM resource_allocation a JOIN tenant t ON t.id = a.requester_tenant_id
        WHERE a.tenant_id = $1 AND a.resource_id = $2 AND a.period_start = $3::date
          AND ($5::uuid IS NULL OR a.requester_tenant_id = $5)
        GROUP BY a.requester_tenant_id, t.name_fr ORDER BY t.name_fr`,
      [tenantId, resourceId, periodStart, RESERVING_STATUSES, onlyTenantId],
    );
    return rows.map((r) => ({
      tenantId: r.requester_tenant_id,
      tenantName: r.name_fr,
      approved: quantity(r.approved),
      used: quantity(r.used),
      pending: quantity(r.pending),
    }));
  }

  async rootTenantId(tx: TenantTx): Promise<string | null> {
    const rows = await tx.query<{ id: string }>(`SELECT id FROM tenant WHERE kind = 'root' LIMIT 1`);
    return rows[0]?.id ?? null;
  }

  async tenantName(tx: TenantTx, tenantId: string): Promise<string> {
    const rows = await tx.query<{ name_fr: string }>(`SELECT name_fr FROM tenant WHERE id = $1`, [tenantId]);
    return rows[0]?.name_fr ?? '';
  }
}
