import { Injectable } from '@nestjs/common';
import { JobHandler, type JobEnvelope } from '@jazari/queue';
import { NotificationDispatcher } from '../notification.dispatcher.js';
import './webhook.jobs.js';

/** Tells the tenant's admins that an endpoint was disabled (the catalogue's `webhooks.endpoint_disabled`). */
@Injectable()
export class WebhookEndpointDisabledHandler {
  constructor(private readonly notifications: NotificationDispatcher) {}

  @JobHandler('webhooks.endpoint_disabled')
  async handle(envelope: JobEnvelope<'webhooks.endpoint_disabled'>): Promise<void> {
    await this.notifications.dispatch('webhooks.endpoint_disabled', envelope);
  }
}
