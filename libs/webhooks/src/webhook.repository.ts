import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';
export interface EndpointRow {
  readonly id: string;
  readonly tenantId: string;
  readonly url: string;
  readonly description: string;
  readonly eventTypes: string[];
  readonly enabled: boolean;
  readonly secretVersion: number;
  readonly failingSince: Date | null;
  readonly lastSuccessAt: Date | null;
  readonly disabledAt: Date | null;
  readonly disabledReason: string | null;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}
export interface NewEndpoint {
  readonly tenantId: string;
  readonly id: string;
  readonly url: string;
  readonly description: string;
  readonly eventTypes: readonly string[];
  readonly enabled: boolean;
  readonly createdBy: string;
  readonly now: Date;
}

export interface EndpointChanges {
  readonly url?: string;
  readonly description?: string;
  readonly eventTypes?: readonly string[];
  readonly enabled?: boolean;
}

const ENDPOINT = `id, tenant_id, url, description, event_types, enabled, secret_version, failing_since,
  last_success_at, disabled_at, disabled_reason, created_by, created_at, updated_at`;

interface EndpointSql {
  id: string;
  tenant_id: string;
  url: string;
  description: string;
  event_types: string[];
  enabled: boolean;
  secret_version: number;
  failing_since: Date | null;
  last_success_at: Date | null;
  disabled_at: Date | null;
  disabled_reason: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}
function toEndpoint(r: EndpointSql): EndpointRow {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    url: r.url,
    description: r.description,
    eventTypes: r.event_types,
    enabled: r.enabled,
    secretVersion: r.secret_version,
    failingSince: r.failing_since,
    lastSuccessAt: r.last_success_at,
    disabledAt: r.disabled_at,
    disabledReason: r.disabled_reason,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
/**
 * Endpoints, their subscriptions and their health: SQL only, every statement scoped by the endpoint's
 * tenant. Deliveries and attempts: WebhookDeliveryRepository.
 */
@Injectable()
export class WebhookRepository {
  // --- endpoints -------------------------------------------------------------------------------------

  async insertEndpoint(tx: TenantTx, e: NewEndpoint): Promise<EndpointRow> {
    const rows = await tx.query<EndpointSql>(
      `INSERT INTO webhook_endpoint (tenant_id, id, url, description, event_types, enabled, created_by,
         created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8, $8) RETURNING ${ENDPOINT}`,
      [e.tenantId, e.id, e.url, e.description, e.eventTypes, e.enabled, e.createdBy, e.now],
    );
    return toEndpoint(rows[0]);
  }

  async listEndpoints(
    tx: TenantTx,
    tenantId: string,
    cursor: string | null,
    limit: number,
  ): Promise<EndpointRow[]> {
    const rows = await tx.query<EndpointSql>(
      `SELECT ${ENDPOINT} FROM webhook_endpoint
        WHERE tenant_id = $1 AND ($2::uuid IS NULL OR id < $2::uuid) ORDER BY id DESC LIMIT $3`,
      [tenantId, cursor, limit],
    );
    return rows.map(toEndpoint);
  }

  async findEndpoint(tx: TenantTx, tenantId: string, id: string): Promise<EndpointRow | undefined> {
    const rows = await tx.query<EndpointSql>(
      `SELECT ${ENDPOINT} FROM webhook_endpoint WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id],
    );
    return rows[0] && toEndpoint(rows[0]);
  }

  /**
   * Applies the given changes. Enabling a disabled endpoint starts afresh (no failure streak, no
   * disabled state); disabling it by hand records `manual`.
   */
  async updateEndpoint(
    tx: TenantTx,
    tenantId: string,
    id: string,
    changes: EndpointChanges,
    now: Date,
  ): Promise<EndpointRow | undefined> {
    const rows = await tx.query<EndpointSql>(
      `UPDATE webhook_endpoint SET
          url = coalesce($3, url),
          description = coalesce($4, description),
          event_types = coalesce($5::text[], event_types),
          failing_since = CASE WHEN $6::boolean AND NOT enabled THEN NULL ELSE failing_since END,
          disabled_at = CASE WHEN $6::boolean THEN NULL WHEN NOT $6::boolean AND enabled THEN $7
                             ELSE disabled_at END,
          disabled_reason = CASE WHEN $6::boolean THEN NULL WHEN NOT $6::boolean AND enabled THEN 'manual'
                                 ELSE disabled_reason END,
          enabled = coalesce($6::boolean, enabled),
          updated_at = $7
        WHERE tenant_id = $1 AND id = $2 RETURNING ${ENDPOINT}`,
      [
        tenantId,
        id,
        changes.url ?? null,
        changes.description ?? null,
        changes.eventTypes ?? null,
        changes.enabled ?? null,
        now,
      ],
    );
    return rows[0] && toEndpoint(rows[0]);
  }

  async rotateSecret(
    tx: TenantTx,
    tenantId: string,
    id: string,
    now: Date,
  ): Promise<EndpointRow | undefined> {
    const rows = await tx.query<EndpointSql>(
      `UPDATE webhook_endpoint SET secret_version = secret_version + 1, updated_at = $3
        WHERE tenant_id = $1 AND id = $2 RETURNING ${ENDPOINT}`,
      [tenantId, id, now],
    );
    return rows[0] && toEndpoint(rows[0]);
  }

  /** Removes the endpoint and its log (attempts, then deliveries, then the endpoint: no cascades). */
  async deleteEndpoint(tx: TenantTx, tenantId: string, id: string): Promise<boolean> {
    // Lock the deliveries first: an attempt being claimed waits, then finds nothing to claim.
    await tx.query(`SELECT id FROM webhook_delivery WHERE tenant_id = $1 AND endpoint_id = $2 FOR UPDATE`, [
      tenantId,
      id,
    ]);
    await tx.query(
      `DELETE FROM webhook_attempt a USING webhook_delivery d
        WHERE a.tenant_id = $1 AND d.tenant_id = $1 AND d.endpoint_id = $2 AND a.delivery_id = d.id`,
      [tenantId, id],
    );
    await tx.query(`DELETE FROM webhook_delivery WHERE tenant_id = $1 AND endpoint_id = $2`, [tenantId, id]);
    const rows = await tx.query(
      `DELETE FROM webhook_endpoint WHERE tenant_id = $1 AND id = $2 RETURNING id`,
      [tenantId, id],
    );
    return rows.length === 1;
  }

  // --- fan-out ---------------------------------------------------------------------------------------

  async subscribedEndpoints(tx: TenantTx, tenantId: string, eventType: string): Promise<string[]> {
    const rows = await tx.query<{ id: string }>(
      `SELECT id FROM webhook_endpoint
        WHERE tenant_id = $1 AND enabled AND event_types @> ARRAY[$2::text] ORDER BY id`,
      [tenantId, eventType],
    );
    return rows.map((r) => r.id);
  }

  // --- endpoint health -------------------------------------------------------------------------------

  async endpointSucceeded(tx: TenantTx, tenantId: string, endpointId: string, now: Date): Promise<void> {
    await tx.query(
      `UPDATE webhook_endpoint SET failing_since = NULL, last_success_at = $3 WHERE tenant_id = $1 AND id = $2`,
      [tenantId, endpointId, now],
    );
  }

  /** Starts the failure streak if none runs; returns when it started. */
  async endpointFailed(
    tx: TenantTx,
    tenantId: string,
    endpointId: string,
    now: Date,
  ): Promise<Date | undefined> {
    const rows = await tx.query<{ failing_since: Date }>(
      `UPDATE webhook_endpoint SET failing_since = coalesce(failing_since, $3)
        WHERE tenant_id = $1 AND id = $2 RETURNING failing_since`,
      [tenantId, endpointId, now],
    );
    return rows[0]?.failing_since;
  }

  /** Disables an enabled endpoint for failing; the row when this call disabled it. */
  async disableFailing(
    tx: TenantTx,
    tenantId: string,
    endpointId: string,
    now: Date,
  ): Promise<EndpointRow | undefined> {
    const rows = await tx.query<EndpointSql>(
      `UPDATE webhook_endpoint SET enabled = false, disabled_at = $3, disabled_reason = 'failing', updated_at = $3
        WHERE tenant_id = $1 AND id = $2 AND enabled RETURNING ${ENDPOINT}`,
      [tenantId, endpointId, now],
    );
    return rows[0] && toEndpoint(rows[0]);
  }
}
