import { Inject, Module } from '@nestjs/common';
import { AuditLogModule } from '@jazari/audit';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { OutboxModule } from '@jazari/outbox';
import { WebhookDeliveryHandler } from './webhook-delivery.handler.js';
import { WebhookDeliveryService } from './webhook-delivery.service.js';
import { WebhookEndpointDisabledHandler } from './webhook-disabled.handler.js';
import { WebhookController } from './webhook.controller.js';
import { WebhookFanOut } from './webhook.fan-out.js';
import { configureWebhookRetries } from './webhook.jobs.js';
import { WebhookRepository } from './webhook.repository.js';
import { WebhookSender } from './webhook.sender.js';
import { WebhookService } from './webhook.service.js';

/** Webhook endpoints and their delivery log (API). */
@Module({
  imports: [AuditLogModule, OutboxModule],
  controllers: [WebhookController],
  providers: [WebhookService, WebhookDeliveryService, WebhookRepository],
})
export class WebhooksModule {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    configureWebhookRetries(config);
  }
}

/**
 * Webhook deliveries on the `webhooks` queue (worker): the fan-out the dispatcher calls, the delivery
 * job, and the notice of a disabled endpoint. The relay enqueues here, so the retries' base delay is
 * set from the configuration when the module is built.
 */
@Module({
  imports: [AuditLogModule, OutboxModule],
  providers: [
    WebhookFanOut,
    WebhookDeliveryHandler,
    WebhookEndpointDisabledHandler,
    WebhookRepository,
    WebhookSender,
  ],
  exports: [WebhookFanOut],
})
export class WebhooksJobsModule {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    configureWebhookRetries(config);
  }
}
