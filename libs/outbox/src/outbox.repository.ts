import { Injectable } from '@nestjs/common';
import type { SystemTx, TenantTx } from '@jazari/database';
import type { QueueName } from '@jazari/queue';

export interface NewOutboxEvent {
  readonly id: string;
  readonly tenantId: string;
  readonly type: string;
  readonly version: number;
  readonly queue: QueueName;
  readonly payload: unknown;
  /** The W3C trace context of the request or job that wrote it (tracing on), else null. */
  readonly traceContext: string | null;
}

/** The relay's backlog across every tenant, for metrics. */
export interface OutboxBacklog {
  readonly pending: number;
  readonly unpublished: number;
  readonly oldestPendingAt: Date | null;
}

export interface ClaimedOutboxEvent {
  readonly tenantId: string;
  readonly id: string;
  readonly type: string;
  readonly version: number;
  readonly payload: unknown;
  readonly publishCount: number;
  readonly traceContext: string | null;
}

@Injectable()
export class OutboxRepository {
  async insert(tx: TenantTx, event: NewOutboxEvent): Promise<void> {
    await tx.query(
      `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload, trace_context)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        event.tenantId,
        event.id,
        event.type,
        event.version,
        event.queue,
        JSON.stringify(event.payload),
        event.traceContext,
      ],
    );
  }

  /**
   * Claims events never published, or published and not done for `republishAfterMs`, across all tenants.
   * `outbox_claim` is a SECURITY DEFINER function: the runtime role cannot read other tenants' events
   * directly. The claim stays locked until the caller's transaction ends.
   */
  async claim(tx: SystemTx, limit: number, republishAfterMs: number): Promise<ClaimedOutboxEvent[]> {
    const rows = await tx.query<{
      tenant_id: string;
      id: string;
      type: string;
      version: number;
      payload: unknown;
      publish_count: number;
      trace_context: string | null;
    }>(
      `SELECT tenant_id, id, type, version, payload, publish_count, trace_context
         FROM outbox_claim($1, $2::interval)`,
      [limit, `${republishAfterMs} milliseconds`],
    );
    return rows
      .map((r) => ({
        tenantId: r.tenant_id,
        id: r.id,
        type: r.type,
        version: r.version,
        payload: r.payload,
        publishCount: r.publish_count,
        traceContext: r.trace_context,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Events not done and never published, and the oldest not done (`outbox_metrics`, SECURITY DEFINER). */
  async backlog(tx: SystemTx): Promise<OutboxBacklog> {
    const [row] = await tx.query<{ pending: string; unpublished: string; oldest_pending_at: Date | null }>(
      `SELECT pending, unpublished, oldest_pending_at FROM outbox_metrics()`,
    );
    return {
      pending: Number(row.pending),
      unpublished: Number(row.unpublished),
      oldestPendingAt: row.oldest_pending_at,
    };
  }

  /** Records that `handler` handled the event; false when it already had (a re-delivery). */
  async recordHandled(tx: TenantTx, tenantId: string, eventId: string, handler: string): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO outbox_handled (tenant_id, event_id, handler) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id, event_id, handler) DO NOTHING RETURNING 1 AS inserted`,
      [tenantId, eventId, handler],
    );
    return rows.length === 1;
  }

  /**
   * `recordHandled` and `markDone` for several events of one tenant, in one statement, for a unit of
   * work that does both in one transaction: the marks commit with the handlers' effects or roll back
   * with them, so where in the transaction they are made does not matter. Answers the
   * `event id handler` pairs recorded now (the others were handled before).
   */
  async recordHandledManyAndMarkDone(
    tx: TenantTx,
    tenantId: string,
    jobs: readonly { eventId: string; handler: string }[],
  ): Promise<Set<string>> {
    const rows = await tx.query<{ event_id: string; handler: string }>(
      `WITH done AS (
         UPDATE outbox_event SET done_at = now()
          WHERE tenant_id = $1 AND id = ANY($2::uuid[]) AND done_at IS NULL
       )
       INSERT INTO outbox_handled (tenant_id, event_id, handler)
       SELECT $1, event_id, handler FROM unnest($2::uuid[], $3::text[]) AS j(event_id, handler)
       ON CONFLICT (tenant_id, event_id, handler) DO NOTHING RETURNING event_id, handler`,
      [tenantId, jobs.map((j) => j.eventId), jobs.map((j) => j.handler)],
    );
    return new Set(rows.map((r) => `${r.event_id} ${r.handler}`));
  }

  async markDone(tx: TenantTx, tenantId: string, eventId: string): Promise<void> {
    await tx.query(
      `UPDATE outbox_event SET done_at = now() WHERE tenant_id = $1 AND id = $2 AND done_at IS NULL`,
      [tenantId, eventId],
    );
  }
}
