import { Injectable } from '@nestjs/common';
import { actorContext, type Actor, type UserActor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { TransactionRunner, type TenantTx } from '@jazari/database';
import { OutboxService } from '@jazari/outbox';
import type { AttemptListDto, DeliveryDto, DeliveryListQuery, DeliveryPageDto } from './webhook.dto.js';
import { WebhookDeliveryRepository, type DeliveryRow } from './webhook-delivery.repository.js';
import { WebhookRepository } from './webhook.repository.js';
import { webhookEndpointDisabled, webhookNotFound } from './webhooks.problems.js';
import { webhookDeliveryJob } from './webhook.jobs.js';

/** At most this many attempts are listed for one delivery (12 per cycle). */
const ATTEMPTS_LIMIT = 500;

/** An endpoint's delivery log, one delivery's attempts, and manual redelivery. */
@Injectable()
export class WebhookDeliveryService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly repository: WebhookRepository,
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
  ) {}

  list(actor: Actor, endpointId: string, query: DeliveryListQuery): Promise<DeliveryPageDto> {
    const limit = query.limit ?? 50;
    return this.transactions.run(actorContext(actor), async (tx) => {
      await this.requireEndpoint(tx, actor.tenantId, endpointId);
      const rows = await this.deliveries.listDeliveries(
        tx,
        actor.tenantId,
        endpointId,
        query.status ?? null,
        query.cursor ?? null,
        limit + 1,
      );
      const data = rows.slice(0, limit);
      return {
        data: data.map(toDeliveryDto),
        nextCursor: rows.length > limit ? data[data.length - 1].id : null,
      };
    });
  }

  get(actor: Actor, endpointId: string, id: string): Promise<DeliveryDto> {
    return this.transactions.run(actorContext(actor), async (tx) =>
      toDeliveryDto(await this.requireDelivery(tx, actor.tenantId, endpointId, id)),
    );
  }

  attempts(actor: Actor, endpointId: string, id: string): Promise<AttemptListDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      await this.requireDelivery(tx, actor.tenantId, endpointId, id);
      const rows = await this.deliveries.listAttempts(tx, actor.tenantId, id, ATTEMPTS_LIMIT);
      return {
        data: rows.map((a) => ({
          number: a.number,
          cycle: a.cycle,
          startedAt: a.startedAt.toISOString(),
          finishedAt: a.finishedAt?.toISOString() ?? null,
          statusCode: a.statusCode,
          latencyMs: a.latencyMs,
          error: a.error,
        })),
      };
    });
  }

  /**
   * Starts a new attempt cycle for the delivery (whatever its status: a receiver may have lost what it
   * acknowledged), with its own outbox event; a job still retrying the previous cycle stops.
   */
  redeliver(actor: UserActor, endpointId: string, id: string): Promise<DeliveryDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const endpoint = await this.requireEndpoint(tx, actor.tenantId, endpointId);
      await this.requireDelivery(tx, actor.tenantId, endpointId, id);
      if (!endpoint.enabled) throw webhookEndpointDisabled();
      const cycle = await this.deliveries.restartDelivery(tx, actor.tenantId, id);
      if (cycle === undefined) throw webhookNotFound('delivery');
      await this.outbox.emit(tx, webhookDeliveryJob, { deliveryId: id, cycle });
      await this.audit.record(tx, actor, {
        action: 'webhook.redelivered',
        targetType: 'webhook_delivery',
        targetId: id,
        data: { endpointId, cycle },
      });
      return toDeliveryDto(await this.requireDelivery(tx, actor.tenantId, endpointId, id));
    });
  }

  private async requireEndpoint(tx: TenantTx, tenantId: string, endpointId: string) {
    const endpoint = await this.repository.findEndpoint(tx, tenantId, endpointId);
    if (!endpoint) throw webhookNotFound();
    return endpoint;
  }

  private async requireDelivery(
    tx: TenantTx,
    tenantId: string,
    endpointId: string,
    id: string,
  ): Promise<DeliveryRow> {
    const delivery = await this.deliveries.findDelivery(tx, tenantId, endpointId, id);
    if (!delivery) throw webhookNotFound('delivery');
    return delivery;
  }
}

export function toDeliveryDto(row: DeliveryRow): DeliveryDto {
  return {
    id: row.id,
    endpointId: row.endpointId,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    cycle: row.cycle,
    lastError: row.lastError,
    lastStatusCode: row.lastStatusCode,
    latencyMs: row.lastLatencyMs,
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
