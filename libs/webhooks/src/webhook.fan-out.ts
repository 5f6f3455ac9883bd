import { Injectable } from '@nestjs/common';
import { Clock } from '@jazari/config';
import { together, TransactionRunner, uuidv7, type TenantTx } from '@jazari/database';
import { OutboxService } from '@jazari/outbox';
import { currentJobBatch, type JobEnvelope } from '@jazari/queue';
import { WebhookDeliveryRepository } from './webhook-delivery.repository.js';
import { WebhookRepository } from './webhook.repository.js';
import { webhookDeliveryJob } from './webhook.jobs.js';

/** An event offered to the tenants' webhook endpoints. */
export interface WebhookEvent {
  /** The event type endpoints subscribe to (the job's name: `conventions.activated`). */
  readonly type: string;
  readonly envelope: JobEnvelope;
  /** The tenants the event concerns besides its own (its recipients'). */
  readonly tenantIds: readonly string[];
  /**
   * The link of the event for a tenant's systems (an absolute URL), or null when there is none to give
   * (an absolute link carrying a secret for its recipient only is not sent to a tenant's systems).
   */
  link(tenantId: string): string | null;
}

/**
 * Turns an event into webhook deliveries, inside the event's tenant transaction (notifications'
 * dispatcher calls it for its catalogue's events, but a person's own): every enabled endpoint subscribed to the event's type, of the tenants the event
 * concerns — its own and its recipients' — gets one delivery, unique on (event, endpoint), written with
 * its `webhooks.delivery_requested` outbox event in the endpoint's tenant (`onBehalfOf`). A re-delivered
 * event finds the deliveries there and adds nothing; if Redis is lost, the outbox still has the events.
 *
 * In a batch of events (`JobBatch`), a tenant's subscribed endpoints are read once per event type and the
 * events' creation times in one statement; a tenant without a subscribed endpoint costs nothing more.
 */
@Injectable()
export class WebhookFanOut {
  constructor(
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    private readonly repository: WebhookRepository,
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly outbox: OutboxService,
  ) {}

  /** Returns the number of deliveries created. */
  async fanOut(tx: TenantTx, event: WebhookEvent): Promise<number> {
    const { envelope } = event;
    const tenants = [...new Set([envelope.tenantId, ...event.tenantIds])];
    let createdAt: Date | undefined;
    let created = 0;
    // Every tenant's endpoints read at once (`together`): one round trip, not one per tenant.
    const subscribed = await together(
      tenants.map((tenantId) => this.subscribedEndpoints(tenantId, event.type)),
    );
    for (const [i, tenantId] of tenants.entries()) {
      const endpoints = subscribed[i];
      if (endpoints.length === 0) continue;
      createdAt ??= (await this.eventCreatedAt(tx, envelope)) ?? this.clock.now();
      const link = event.link(tenantId);
      const data = { ...(envelope.payload as Record<string, unknown>), link };
      const eventCreatedAt = createdAt;
      created += await this.transactions.onBehalfOf(
        { tenantId, tenantKind: null, userId: null },
        async (tx) => {
          let n = 0;
          for (const endpointId of endpoints) {
            const id = uuidv7();
            const inserted = await this.deliveries.insertDelivery(tx, {
              tenantId,
              id,
              endpointId,
              eventId: envelope.eventId,
              eventType: event.type,
              eventTenantId: envelope.tenantId,
              eventCreatedAt,
              data,
            });
            if (!inserted) continue;
            await this.outbox.emit(tx, webhookDeliveryJob, { deliveryId: id, cycle: 1 });
            n++;
          }
          return n;
        },
      );
    }
    return created;
  }

  /** In the tenant's scope; once per batch of events (no handler subscribes an endpoint). */
  private subscribedEndpoints(tenantId: string, eventType: string): Promise<string[]> {
    const load = (): Promise<string[]> =>
      this.transactions.onBehalfOf({ tenantId, tenantKind: null, userId: null }, (tx) =>
        this.repository.subscribedEndpoints(tx, tenantId, eventType),
      );
    const batch = currentJobBatch();
    return batch ? batch.read(`webhooks.endpoints ${tenantId} ${eventType}`, load) : load();
  }

  /** When the event was committed; in a batch, every event's of the batch in one read. */
  private async eventCreatedAt(tx: TenantTx, envelope: JobEnvelope): Promise<Date | undefined> {
    const batch = currentJobBatch();
    if (!batch) return this.deliveries.eventCreatedAt(tx, envelope.tenantId, envelope.eventId);
    const times = await batch.read(`webhooks.event-created-at ${envelope.tenantId}`, () =>
      this.deliveries.eventsCreatedAt(
        tx,
        envelope.tenantId,
        batch.envelopes.filter((e) => e.tenantId === envelope.tenantId).map((e) => e.eventId),
      ),
    );
    return times.get(envelope.eventId);
  }
}
