import { publicLink } from '../public-link.js';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, Clock, type AppConfig } from '@jazari/config';
import { TransactionRunner, uuidv7 } from '@jazari/database';
import { OutboxService } from '@jazari/outbox';
import { currentJobBatch, type JobEnvelope } from '@jazari/queue';
import { isPersonal, type NotificationEvent, type ResolvedEvent } from '../notification.types.js';
import { WebhookRepository } from './webhook.repository.js';
import './webhook.jobs.js';

/**
 * Turns a catalogue event into webhook deliveries, inside the event's tenant transaction (the
 * dispatcher calls it): every enabled endpoint subscribed to the event's type, of the tenants the event
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    private readonly repository: WebhookRepository,
    private readonly outbox: OutboxService,
  ) {}

  /** Returns the number of deliveries created. */
  async fanOut(event: NotificationEvent, envelope: JobEnvelope, resolved: ResolvedEvent): Promise<number> {
    // A person's own account notices (a password reset) are not a tenant's business.
    if (isPersonal(event.category)) return 0;
    const tenants = [...new Set([envelope.tenantId, ...resolved.recipients.map((r) => r.tenantId)])];
    let createdAt: Date | undefined;
    // A path joins PUBLIC_URL; an absolute link carries a secret of its context (an invitation's accept
    // token), which is for its recipient only: it is not sent to a tenant's systems.
    let created = 0;
    for (const tenantId of tenants) {
      const endpoints = await this.subscribedEndpoints(tenantId, event.name);
      if (endpoints.length === 0) continue;
      createdAt ??= (await this.eventCreatedAt(envelope)) ?? this.clock.now();
      const link = resolved.link.startsWith('/')
        ? publicLink(this.config.publicUrl, resolved.link, tenantId)
        : null;
      const data = { ...(envelope.payload as Record<string, unknown>), link };
      const eventCreatedAt = createdAt;
      created += await this.transactions.onBehalfOf(
        { tenantId, tenantKind: null, userId: null },
        async (tx) => {
          let n = 0;
          for (const endpointId of endpoints) {
            const id = uuidv7();
            const inserted = await this.repository.insertDelivery(tx, {
              tenantId,
              id,
              endpointId,
              eventId: envelope.eventId,
              eventType: event.name,
              eventTenantId: envelope.tenantId,
              eventCreatedAt,
              data,
            });
            if (!inserted) continue;
            await this.outbox.emit('webhooks.delivery_requested', { deliveryId: id, cycle: 1 });
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
  private async eventCreatedAt(envelope: JobEnvelope): Promise<Date | undefined> {
    const tx = this.transactions.tenantTx();
    const batch = currentJobBatch();
    if (!batch) return this.repository.eventCreatedAt(tx, envelope.tenantId, envelope.eventId);
    const times = await batch.read(`webhooks.event-created-at ${envelope.tenantId}`, () =>
      this.repository.eventsCreatedAt(
        tx,
        envelope.tenantId,
        batch.envelopes.filter((e) => e.tenantId === envelope.tenantId).map((e) => e.eventId),
      ),
    );
    return times.get(envelope.eventId);
  }
}
