import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditLog } from '@jazari/audit';
import { APP_CONFIG, Clock, type AppConfig } from '@jazari/config';
import { TransactionRunner, type TenantContext } from '@jazari/database';
import { OutboxService } from '@jazari/outbox';
import { JobHandler, type JobEnvelope } from '@jazari/queue';
import { Metrics } from '@jazari/telemetry';
import { signatureHeader, webhookSecret } from './webhook-signature.js';
import {
  WEBHOOK_ATTEMPTS,
  webhookDeliveryJob,
  webhookEndpointDisabledJob,
  type WebhookDeliveryRequested,
} from './webhook.jobs.js';
import { WebhookDeliveryRepository, type ClaimedAttempt } from './webhook-delivery.repository.js';
import { WebhookRepository } from './webhook.repository.js';
import { WEBHOOK_USER_AGENT, WebhookSender, type WebhookOutcome } from './webhook.sender.js';

/** An endpoint failing without a success for this long is disabled. */
export const DISABLE_AFTER_MS = 24 * 3_600_000;

export class WebhookAttemptFailed extends Error {
  constructor(deliveryId: string, reason: string) {
    super(`Webhook delivery ${deliveryId} failed: ${reason}`);
    this.name = 'WebhookAttemptFailed';
  }
}

/**
 * Sends one delivery, in the endpoint's tenant. Like the e-mails, each step commits in its own
 * transaction (`runIndependently`), since the request is an effect no rollback undoes:
 * 1. claim: count the attempt and write its log row — nothing happens when the delivery is gone,
 *    `delivered`, of an older cycle (a manual redelivery started a new one), or its endpoint disabled;
 * 2. POST the signed body;
 * 3. record the outcome on the attempt, the delivery and the endpoint's failure streak; a failure is
 *    rethrown so BullMQ retries with backoff. A crash between 1 and 3 sends again: at least once.
 */
@Injectable()
export class WebhookDeliveryHandler {
  private readonly logger = new Logger(WebhookDeliveryHandler.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    private readonly repository: WebhookRepository,
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly sender: WebhookSender,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
    private readonly metrics: Metrics,
  ) {}

  @JobHandler(webhookDeliveryJob)
  async handle(envelope: JobEnvelope<WebhookDeliveryRequested>): Promise<void> {
    const { tenantId } = envelope;
    const { deliveryId, cycle } = envelope.payload;
    const scope: TenantContext = { tenantId, tenantKind: null, userId: null };
    const attempt = await this.transactions.runIndependently(scope, async (tx) => {
      const claimed = await this.deliveries.claimAttempt(tx, tenantId, deliveryId, cycle, this.clock.now());
      if (!claimed) await this.deliveries.failForDisabledEndpoint(tx, tenantId, deliveryId, cycle);
      return claimed;
    });
    if (!attempt) return;

    const outcome = await this.post(tenantId, deliveryId, attempt);
    const at = this.clock.now();
    const final = attempt.cycleAttempts >= WEBHOOK_ATTEMPTS;
    const disabled = await this.transactions.runIndependently(scope, async (tx) => {
      await this.deliveries.recordAttempt(tx, tenantId, deliveryId, attempt.number, {
        statusCode: outcome.statusCode,
        latencyMs: outcome.latencyMs,
        error: outcome.error,
        status: outcome.ok ? 'delivered' : final ? 'failed' : 'pending',
        at,
      });
      if (outcome.ok) {
        await this.repository.endpointSucceeded(tx, tenantId, attempt.endpointId, at);
        return false;
      }
      const since = await this.repository.endpointFailed(tx, tenantId, attempt.endpointId, at);
      if (!since || at.getTime() - since.getTime() < DISABLE_AFTER_MS) return false;
      const endpoint = await this.repository.disableFailing(tx, tenantId, attempt.endpointId, at);
      if (endpoint) {
        await this.audit.record(tx, null, {
          action: 'webhook.disabled',
          targetType: 'webhook_endpoint',
          targetId: endpoint.id,
          data: { reason: 'failing', failingSince: since.toISOString() },
        });
        await this.outbox.emit(tx, webhookEndpointDisabledJob, {
          endpointId: endpoint.id,
          url: endpoint.url,
          failingSince: since.toISOString(),
        });
        this.logger.warn(
          { tenantId, endpointId: endpoint.id },
          'webhook endpoint disabled after 24 h of failures',
        );
      }
      // Disabled now (by this attempt or another): retrying is pointless, the delivery ends failed.
      await this.deliveries.failForDisabledEndpoint(tx, tenantId, deliveryId, cycle);
      return true;
    });
    this.metrics.webhookDeliveries.inc({
      outcome: outcome.ok ? 'delivered' : final || disabled ? 'failed' : 'retrying',
    });
    if (!outcome.ok && !disabled) throw new WebhookAttemptFailed(deliveryId, outcome.error ?? 'failed');
  }

  private async post(tenantId: string, deliveryId: string, attempt: ClaimedAttempt): Promise<WebhookOutcome> {
    const body = JSON.stringify({
      id: attempt.eventId,
      type: attempt.eventType,
      createdAt: attempt.eventCreatedAt.toISOString(),
      tenantId: attempt.eventTenantId,
      data: attempt.data,
    });
    // The signature's time is the machine's: receivers compare it with their own clocks.
    const timestamp = Math.floor(Date.now() / 1000);
    const secret = webhookSecret(
      this.config.webhooks.signingSecret,
      tenantId,
      attempt.endpointId,
      attempt.secretVersion,
    );
    return this.sender.send({
      url: attempt.url,
      body,
      headers: {
        'content-type': 'application/json',
        'user-agent': WEBHOOK_USER_AGENT,
        'jazari-event-id': attempt.eventId,
        'jazari-event-type': attempt.eventType,
        'jazari-delivery-id': deliveryId,
        // The same on every attempt and every redelivery of this event to this endpoint: the receiver's
        // dedupe key (docs/notifications.md#recognising-a-redelivery).
        'idempotency-key': deliveryId,
        'jazari-timestamp': String(timestamp),
        'jazari-signature': signatureHeader(secret, timestamp, body),
      },
    });
  }
}
