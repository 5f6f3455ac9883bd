import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { TransactionRunner, uuidv7 } from '@jazari/database';
import type { JobEnvelope, JobName } from '@jazari/queue';
import { notificationMessageId, MailSender } from './mail/mail.sender.js';
import { fill, renderEmail } from './mail/render-email.js';
import { notificationEvent } from './notification.catalogue.js';
import { NotificationRecipientsRepository } from './notification-recipients.repository.js';
import { NotificationRepository } from './notification.repository.js';
import {
  LOCALES,
  type Locale,
  type NotificationEvent,
  type Recipient,
  type ResolvedEvent,
} from './notification.types.js';

export interface DispatchOptions {
  /** An absolute link the emitting context derives with a secret (an invitation's accept link). */
  readonly link?: string;
}

export interface DispatchResult {
  readonly inApp: number;
  readonly emails: number;
  readonly skipped: number;
}

/**
 * Turns one event into its notifications. Runs inside the event's tenant transaction (the outbox job
 * runner opens it): for each recipient and channel it claims the delivery in `notification_delivery`
 * first — a claim that already exists means a re-delivered job, and nothing happens — then writes the
 * inbox row or sends the e-mail. A failure rolls the whole event back, claims included, and BullMQ
 * retries it.
 */
@Injectable()
export class NotificationDispatcher {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly recipients: NotificationRecipientsRepository,
    private readonly notifications: NotificationRepository,
    private readonly mail: MailSender,
  ) {}

  async dispatch<N extends JobName>(
    name: N,
    envelope: JobEnvelope<N>,
    options: DispatchOptions = {},
  ): Promise<DispatchResult> {
    const event = notificationEvent(name);
    if (!event) throw new Error(`No notification catalogue entry for "${name}"`);
    const resolved = await event.resolve({ envelope, read: this.recipients, link: options.link });
    const result = { inApp: 0, emails: 0, skipped: 0 };
    if (!resolved) return result;
    // In-app rows first: they are transactional; e-mails, which are not, go last.
    for (const channel of ['in_app', 'email'] as const) {
      if (!event.channels.includes(channel)) continue;
      for (const recipient of uniqueRecipients(resolved.recipients, channel)) {
        const key = channel === 'in_app' ? recipient.userId! : (recipient.userId ?? recipient.email);
        if (!(await this.notifications.claimDelivery(envelope.tenantId, envelope.eventId, channel, key))) {
          result.skipped++;
          continue;
        }
        if (channel === 'in_app') {
          await this.writeInbox(event, envelope, resolved, recipient);
          result.inApp++;
        } else {
          await this.sendEmail(event, envelope, resolved, recipient, key);
          result.emails++;
        }
        await this.notifications.markDelivered(envelope.tenantId, envelope.eventId, channel, key);
      }
    }
    return result;
  }

  private async writeInbox(
    event: NotificationEvent,
    envelope: JobEnvelope,
    resolved: ResolvedEvent,
    recipient: Recipient,
  ): Promise<void> {
    const title = Object.fromEntries(
      LOCALES.map((l) => [l, fill(event.templates[l].subject, resolved.vars)]),
    ) as Record<Locale, string>;
    await this.transactions.onBehalfOf(
      { tenantId: recipient.tenantId, tenantKind: null, userId: null },
      (tx) =>
        this.notifications.insertNotification(tx, {
          tenantId: recipient.tenantId,
          id: uuidv7(),
          userId: recipient.userId!,
          eventId: envelope.eventId,
          eventType: event.name,
          category: event.category,
          actionRequired: event.actionRequired,
          title,
          link: resolved.link,
        }),
    );
  }

  private async sendEmail(
    event: NotificationEvent,
    envelope: JobEnvelope,
    resolved: ResolvedEvent,
    recipient: Recipient,
    key: string,
  ): Promise<void> {
    const url = /^https?:\/\//.test(resolved.link)
      ? resolved.link
      : `${this.config.publicUrl}${resolved.link}`;
    const rendered = renderEmail(event.templates[recipient.locale], recipient.locale, resolved.vars, url);
    await this.mail.send({
      ...rendered,
      to: recipient.email,
      locale: recipient.locale,
      messageId: notificationMessageId(envelope.eventId, key),
    });
  }
}

function uniqueRecipients(recipients: readonly Recipient[], channel: 'in_app' | 'email'): Recipient[] {
  const seen = new Set<string>();
  return recipients.filter((r) => {
    if (channel === 'in_app' && !r.userId) return false;
    const key = r.userId ?? r.email;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
