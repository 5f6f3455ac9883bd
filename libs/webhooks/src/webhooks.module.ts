import { type DynamicModule, Inject, Module } from '@nestjs/common';
import { AuditLogModule } from '@jazari/audit';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { OutboxModule } from '@jazari/outbox';
import { WebhookDeliveryHandler } from './webhook-delivery.handler.js';
import { WebhookDeliveryService } from './webhook-delivery.service.js';
import { WebhookController } from './webhook.controller.js';
import { WebhookFanOut } from './webhook.fan-out.js';
import { configureWebhookRetries } from './webhook.jobs.js';
import { WebhookDeliveryRepository } from './webhook-delivery.repository.js';
import { WebhookRepository } from './webhook.repository.js';
import { WebhookSender } from './webhook.sender.js';
import { WEBHOOK_EVENT_TYPES, WebhookService } from './webhook.service.js';

/** Webhook endpoints and their delivery log (API). */
@Module({})
export class WebhooksModule {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    configureWebhookRetries(config);
  }

  /**
   * `eventTypes`: what an endpoint may subscribe to, given by the module that offers its events to
   * webhooks (notifications: its catalogue's events, but a person's own).
   */
  static register(options: { eventTypes: readonly string[] }): DynamicModule {
    return {
      module: WebhooksModule,
      imports: [AuditLogModule, OutboxModule],
      controllers: [WebhookController],
      providers: [
        WebhookService,
        WebhookDeliveryService,
        WebhookRepository,
        WebhookDeliveryRepository,
        { provide: WEBHOOK_EVENT_TYPES, useValue: options.eventTypes },
      ],
    };
  }
}

/**
 * Webhook deliveries on the `webhooks` queue (worker): the fan-out notifications' dispatcher calls, and
 * the delivery job. The relay enqueues here, so the retries' base delay is set from the configuration
 * when the module is built.
 */
@Module({
  imports: [AuditLogModule, OutboxModule],
  providers: [
    WebhookFanOut,
    WebhookDeliveryHandler,
    WebhookRepository,
    WebhookDeliveryRepository,
    WebhookSender,
  ],
  exports: [WebhookFanOut],
})
export class WebhooksJobsModule {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    configureWebhookRetries(config);
  }
}
