import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { DeliveryStatus } from './webhook.repository.js';

export interface DeliveryRow {
  readonly id: string;
  readonly endpointId: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly eventTenantId: string;
  readonly eventCreatedAt: Date;
  readonly status: DeliveryStatus;
  readonly cycle: number;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly lastStatusCode: number | null;
  readonly lastLatencyMs: number | null;
  readonly lastAttemptAt: Date | null;
  readonly deliveredAt: Date | null;
  readonly createdAt: Date;
}

export interface AttemptRow {
  readonly number: number;
  readonly cycle: number;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
  readonly statusCode: number | null;
  readonly latencyMs: number | null;
  readonly error: string | null;
}

/** What an attempt needs, returned by its claim. */
export interface ClaimedAttempt {
  readonly number: number;
  readonly cycleAttempts: number;
  readonly endpointId: string;
  readonly url: string;
  readonly secretVersion: number;
  readonly eventId: string;
  readonly eventType: string;
  readonly eventTenantId: string;
  readonly eventCreatedAt: Date;
  readonly data: Record<string, unknown>;
}
export interface NewDelivery {
  readonly tenantId: string;
  readonly id: string;
  readonly endpointId: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly eventTenantId: string;
  readonly eventCreatedAt: Date;
  readonly data: Record<string, unknown>;
}

const DELIVERY = `id, endpoint_id, event_id, event_type, event_tenant_id, event_created_at, status, cycle,
  attempts, last_error, last_status_code, last_latency_ms, last_attempt_at, delivered_at, created_at`;

interface DeliverySql {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  event_tenant_id: string;
  event_created_at: Date;
  status: DeliveryStatus;
  cycle: number;
  attempts: number;
  last_error: string | null;
  last_status_code: number | null;
  last_latency_ms: number | null;
  last_attempt_at: Date | null;
  delivered_at: Date | null;
  created_at: Date;
}
function toDelivery(r: DeliverySql): DeliveryRow {
  return {
    id: r.id,
    endpointId: r.endpoint_id,
    eventId: r.event_id,
    eventType: r.event_type,
    eventTenantId: r.event_tenant_id,
    eventCreatedAt: r.event_created_at,
    status: r.status,
    cycle: r.cycle,
    attempts: r.attempts,
    lastError: r.last_error,
    lastStatusCode: r.last_status_code,
    lastLatencyMs: r.last_latency_ms,
    lastAttemptAt: r.last_attempt_at,
    deliveredAt: r.delivered_at,
    createdAt: r.created_at,
  };
}
/** Deliveries and their attempts: SQL only, every statement scoped by the endpoint's tenant. */
@Injectable()
export class WebhookDeliveryRepository {
  /** Inserts the delivery unless the (event, endpoint) one exists; true when this call created it. */
  async insertDelivery(tx: TenantTx, d: NewDelivery): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO webhook_delivery (tenant_id, id, endpoint_id, event_id, event_type, event_tenant_id,
         event_created_at, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
       ON CONFLICT (tenant_id, event_id, endpoint_id) DO NOTHING RETURNING id`,
      [
        d.tenantId,
        d.id,
        d.endpointId,
        d.eventId,
        d.eventType,
        d.eventTenantId,
        d.eventCreatedAt,
        JSON.stringify(d.data),
      ],
    );
    return rows.length === 1;
  }

  /** `eventCreatedAt` of several events of one tenant, by event id. */
  async eventsCreatedAt(
    tx: TenantTx,
    tenantId: string,
    eventIds: readonly string[],
  ): Promise<Map<string, Date>> {
    const rows = await tx.query<{ id: string; created_at: Date }>(
      `SELECT id, created_at FROM outbox_event WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
      [tenantId, eventIds],
    );
    return new Map(rows.map((r) => [r.id, r.created_at]));
  }

  async eventCreatedAt(tx: TenantTx, tenantId: string, eventId: string): Promise<Date | undefined> {
    const rows = await tx.query<{ created_at: Date }>(
      `SELECT created_at FROM outbox_event WHERE tenant_id = $1 AND id = $2`,
      [tenantId, eventId],
    );
    return rows[0]?.created_at;
  }

  // --- the delivery log ------------------------------------------------------------------------------

  async listDeliveries(
    tx: TenantTx,
    tenantId: string,
    endpointId: string,
    status: DeliveryStatus | null,
    cursor: string | null,
    limit: number,
  ): Promise<DeliveryRow[]> {
    const rows = await tx.query<DeliverySql>(
      `SELECT ${DELIVERY} FROM webhook_delivery
        WHERE tenant_id = $1 AND endpoint_id = $2 AND ($3::text IS NULL OR status = $3::text)
          AND ($4::uuid IS NULL OR id < $4::uuid)
        ORDER BY id DESC LIMIT $5`,
      [tenantId, endpointId, status, cursor, limit],
    );
    return rows.map(toDelivery);
  }

  async findDelivery(
    tx: TenantTx,
    tenantId: string,
    endpointId: string,
    id: string,
  ): Promise<DeliveryRow | undefined> {
    const rows = await tx.query<DeliverySql>(
      `SELECT ${DELIVERY} FROM webhook_delivery WHERE tenant_id = $1 AND endpoint_id = $2 AND id = $3`,
      [tenantId, endpointId, id],
    );
    return rows[0] && toDelivery(rows[0]);
  }

  async listAttempts(
    tx: TenantTx,
    tenantId: string,
    deliveryId: string,
    limit: number,
  ): Promise<AttemptRow[]> {
    const rows = await tx.query<{
      number: number;
      cycle: number;
      started_at: Date;
      finished_at: Date | null;
      status_code: number | null;
      latency_ms: number | null;
      error: string | null;
    }>(
      `SELECT number, cycle, started_at, finished_at, status_code, latency_ms, error FROM webhook_attempt
        WHERE tenant_id = $1 AND delivery_id = $2 ORDER BY number LIMIT $3`,
      [tenantId, deliveryId, limit],
    );
    return rows.map((r) => ({
      number: r.number,
      cycle: r.cycle,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      statusCode: r.status_code,
      latencyMs: r.latency_ms,
      error: r.error,
    }));
  }

  /** A manual redelivery: a new attempt cycle, pending again; returns the new cycle's number. */
  async restartDelivery(tx: TenantTx, tenantId: string, id: string): Promise<number | undefined> {
    const rows = await tx.query<{ cycle: number }>(
      `UPDATE webhook_delivery SET cycle = cycle + 1, cycle_attempts = 0, status = 'pending', delivered_at = NULL
        WHERE tenant_id = $1 AND id = $2 RETURNING cycle`,
      [tenantId, id],
    );
    return rows[0]?.cycle;
  }

  // --- attempts (each in its own committed transaction) ----------------------------------------------

  /**
   * Claims one attempt before the request: counts it and writes its log row, unless the delivery is
   * gone, `delivered`, of another cycle, or its endpoint is disabled (undefined).
   */
  async claimAttempt(
    tx: TenantTx,
    tenantId: string,
    deliveryId: string,
    cycle: number,
    now: Date,
  ): Promise<ClaimedAttempt | undefined> {
    const rows = await tx.query<{
      attempts: number;
      cycle_attempts: number;
      endpoint_id: string;
      url: string;
      secret_version: number;
      event_id: string;
      event_type: string;
      event_tenant_id: string;
      event_created_at: Date;
      data: Record<string, unknown>;
    }>(
      `UPDATE webhook_delivery d SET attempts = d.attempts + 1, cycle_attempts = d.cycle_attempts + 1,
          last_attempt_at = $4
         FROM webhook_endpoint e
        WHERE d.tenant_id = $1 AND d.id = $2 AND d.cycle = $3 AND d.status <> 'delivered'
          AND e.tenant_id = d.tenant_id AND e.id = d.endpoint_id AND e.enabled
        RETURNING d.attempts, d.cycle_attempts, d.endpoint_id, e.url, e.secret_version, d.event_id,
          d.event_type, d.event_tenant_id, d.event_created_at, d.data`,
      [tenantId, deliveryId, cycle, now],
    );
    const r = rows[0];
    if (!r) return undefined;
    await tx.query(
      `INSERT INTO webhook_attempt (tenant_id, delivery_id, number, cycle, started_at) VALUES ($1, $2, $3, $4, $5)`,
      [tenantId, deliveryId, r.attempts, cycle, now],
    );
    return {
      number: r.attempts,
      cycleAttempts: r.cycle_attempts,
      endpointId: r.endpoint_id,
      url: r.url,
      secretVersion: r.secret_version,
      eventId: r.event_id,
      eventType: r.event_type,
      eventTenantId: r.event_tenant_id,
      eventCreatedAt: r.event_created_at,
      data: r.data,
    };
  }

  /** A pending delivery of this cycle whose endpoint is disabled ends `failed`; false if none. */
  async failForDisabledEndpoint(
    tx: TenantTx,
    tenantId: string,
    deliveryId: string,
    cycle: number,
  ): Promise<boolean> {
    const rows = await tx.query(
      `UPDATE webhook_delivery d SET status = 'failed', last_error = 'The endpoint is disabled'
         FROM webhook_endpoint e
        WHERE d.tenant_id = $1 AND d.id = $2 AND d.cycle = $3 AND d.status = 'pending'
          AND e.tenant_id = d.tenant_id AND e.id = d.endpoint_id AND NOT e.enabled
        RETURNING d.id`,
      [tenantId, deliveryId, cycle],
    );
    return rows.length === 1;
  }

  async recordAttempt(
    tx: TenantTx,
    tenantId: string,
    deliveryId: string,
    number: number,
    outcome: {
      statusCode: number | null;
      latencyMs: number;
      error: string | null;
      status: DeliveryStatus;
      at: Date;
    },
  ): Promise<void> {
    await tx.query(
      `UPDATE webhook_attempt SET finished_at = $4, status_code = $5, latency_ms = $6, error = $7
        WHERE tenant_id = $1 AND delivery_id = $2 AND number = $3`,
      [tenantId, deliveryId, number, outcome.at, outcome.statusCode, outcome.latencyMs, outcome.error],
    );
    // `last_error` stays once delivered: the failed attempts remain visible (as in the e-mail ledger).
    await tx.query(
      `UPDATE webhook_delivery SET status = $3, last_status_code = $4, last_latency_ms = $5,
          last_error = coalesce($6, last_error),
          delivered_at = CASE WHEN $3 = 'delivered' THEN $7::timestamptz ELSE delivered_at END
        WHERE tenant_id = $1 AND id = $2`,
      [
        tenantId,
        deliveryId,
        outcome.status,
        outcome.statusCode,
        outcome.latencyMs,
        outcome.error,
        outcome.at,
      ],
    );
  }
}
