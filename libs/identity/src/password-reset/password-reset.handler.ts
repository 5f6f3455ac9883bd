import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { NotificationDispatcher } from '@jazari/notifications';
import { JobHandler, type JobEnvelope } from '@jazari/queue';
import { passwordResetLink } from './password-reset-link.js';
import './password-reset.jobs.js';

/**
 * Hands the reset events to notifications. Only identity can derive a link (an HMAC under the
 * password-reset key), so it passes the link along; the catalogue's resolver e-mails it only while the
 * link is open, and the notifications ledger makes each e-mail once.
 */
@Injectable()
export class PasswordResetHandler {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationDispatcher,
  ) {}

  @JobHandler('identity.password_reset_requested')
  async requested(envelope: JobEnvelope<'identity.password_reset_requested'>): Promise<void> {
    await this.notifications.dispatch('identity.password_reset_requested', envelope, {
      link: passwordResetLink(this.config, envelope.tenantId, envelope.payload.resetId),
    });
  }

  @JobHandler('identity.password_reset_completed')
  async completed(envelope: JobEnvelope<'identity.password_reset_completed'>): Promise<void> {
    await this.notifications.dispatch('identity.password_reset_completed', envelope);
  }

  @JobHandler('identity.password_changed')
  async changed(envelope: JobEnvelope<'identity.password_changed'>): Promise<void> {
    await this.notifications.dispatch('identity.password_changed', envelope);
  }
}
