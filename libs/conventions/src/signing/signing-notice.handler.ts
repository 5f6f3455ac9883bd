import { Injectable } from '@nestjs/common';
import { NotificationDispatcher } from '@jazari/notifications';
import { JobHandler, type JobEnvelope } from '@jazari/queue';
import './signing.jobs.js';

/**
 * The signing events reach people through notifications: who receives each, on which channels and in
 * which words is the notifications catalogue's business. One handler per job, here, next to its emitter.
 */
@Injectable()
export class SigningNoticeHandler {
  constructor(private readonly notifications: NotificationDispatcher) {}

  @JobHandler('conventions.signature_requested')
  async signatureRequested(envelope: JobEnvelope<'conventions.signature_requested'>): Promise<void> {
    await this.notifications.dispatch('conventions.signature_requested', envelope);
  }

  @JobHandler('conventions.activated')
  async activated(envelope: JobEnvelope<'conventions.activated'>): Promise<void> {
    await this.notifications.dispatch('conventions.activated', envelope);
  }

  @JobHandler('conventions.declined')
  async declined(envelope: JobEnvelope<'conventions.declined'>): Promise<void> {
    await this.notifications.dispatch('conventions.declined', envelope);
  }
}
