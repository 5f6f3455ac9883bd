import { publicLink } from '../public-link.js';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { together, TransactionRunner, uuidv7, type TenantTx } from '@jazari/database';
import { IdentityNoticeLinks } from '@jazari/identity';
import { currentJobBatch, type JobBatch, type JobEnvelope } from '@jazari/queue';
import { WebhookFanOut } from '@jazari/webhooks';
import { DigestRepository } from '../digest/digest.repository.js';
import { notificationMessageId, MailSender } from '../mail/mail.sender.js';
import { fill, renderEmail } from '../mail/render-email.js';
import { NotificationRecipientsRepository } from './notification-recipients.repository.js';
import { NotificationRepository, type NewNotification } from '../inbox/notification.repository.js';
import { decide } from '../preferences/preferences.js';
import { preferenceOf, PreferencesRepository } from '../preferences/preferences.repository.js';
import {
  isPersonal,
  noticeLinks,
  LOCALES,
  type Locale,
  type NotificationEvent,
  type Recipient,
  type ResolvedEvent,
} from '../notification.types.js';

export interface DispatchResult {
  readonly inApp: number;
  readonly emails: number;
  /** E-mails held for the recipient's daily digest. */
  readonly digested: number;
  /** Deliveries already made (a re-delivered job) or turned off by the recipient's preferences. */
  readonly skipped: number;
}

/**
 * Turns one event into its notifications. Runs inside the event's tenant transaction (the outbox job
 * runner opens it), and decides each recipient's delivery on its own in the ledger
 * (`notification_delivery`):
 *
 * - in-app: claimed in the event's transaction with the inbox row — both roll back together, so an inbox
 *   row is written exactly once;
 * - e-mail (an external effect): claimed as `sending` in its OWN committed transaction before the send,
 *   marked `delivered` in another one after it, or `failed` (with `last_error`) before the error is
 *   rethrown for BullMQ to retry the event. A retry skips `delivered` e-mails and sends `sending` or
 *   `failed` ones again. A crash between the claim and the mark leaves `sending`: that e-mail is sent
 *   again, with the same Message-ID (at least once at the transport, recognisable by the receiver).
 *
 * In a batch of events (`JobBatch`: one transaction for several events of a tenant), the in-app claims
 * and inbox rows are gathered and written in one statement each (per recipient tenant) when the batch is
 * flushed — before its events are marked done, and before any e-mail of the batch is sent — so they still
 * commit or roll back with their events, and what is transactional still comes before any e-mail.
 */
@Injectable()
export class NotificationDispatcher {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly recipients: NotificationRecipientsRepository,
    private readonly notifications: NotificationRepository,
    private readonly mail: MailSender,
    private readonly preferences: PreferencesRepository,
    private readonly digests: DigestRepository,
    private readonly webhooks: WebhookFanOut,
    private readonly links: IdentityNoticeLinks,
  ) {}

  /** In the event's transaction `tx`, which the events handler's unit of work passes. */
  async dispatch<P>(
    tx: TenantTx,
    event: NotificationEvent<P>,
    envelope: JobEnvelope<P>,
  ): Promise<DispatchResult> {
    const resolved = await event.resolve({
      envelope,
      read: this.recipients.reader(tx),
      links: noticeLinks(this.links, tx),
    });
    const result = { inApp: 0, emails: 0, digested: 0, skipped: 0 };
    if (!resolved) return result;
    // What is transactional first — webhook deliveries (written with their outbox events) and in-app
    // rows — so a failure there rolls back before any e-mail, which no rollback undoes, has left.
    // A person's own account notices (a password reset) are not a tenant's business. The preferences
    // are read meanwhile: the two share their round trips (`together`).
    const [preferences] = await together([
      this.preferences.forRecipients(resolved.recipients),
      isPersonal(event.category) ? Promise.resolve() : this.fanOutToWebhooks(tx, event, envelope, resolved),
    ]);
    for (const channel of ['in_app', 'email'] as const) {
      if (!event.channels.includes(channel)) continue;
      for (const recipient of uniqueRecipients(resolved.recipients, channel)) {
        // Someone without an account (an invitation) has no preferences: the default applies.
        const choice = recipient.userId
          ? decide(event, channel, preferenceOf(preferences, recipient.userId, event.category))
          : 'deliver';
        if (choice === 'skip') {
          result.skipped++;
          continue;
        }
        if (choice === 'digest') {
          if (await this.holdForDigest(tx, event, envelope, resolved, recipient)) result.digested++;
          else result.skipped++;
          continue;
        }
        const key = channel === 'in_app' ? recipient.userId! : (recipient.userId ?? recipient.email);
        const done =
          channel === 'in_app'
            ? await this.deliverInApp(tx, event, envelope, resolved, recipient)
            : await this.deliverEmail(event, envelope, resolved, recipient, key);
        if (!done) result.skipped++;
        else if (channel === 'in_app') result.inApp++;
        else result.emails++;
      }
    }
    return result;
  }

  /**
   * Offers the event to the webhook endpoints of the tenants it concerns (its own and its recipients').
   * A path joins PUBLIC_URL; an absolute link carries a secret of its context (an invitation's accept
   * token), which is for its recipient only: it is not sent to a tenant's systems.
   */
  private async fanOutToWebhooks(
    tx: TenantTx,
    event: NotificationEvent,
    envelope: JobEnvelope,
    resolved: ResolvedEvent,
  ): Promise<void> {
    await this.webhooks.fanOut(tx, {
      type: event.name,
      envelope,
      tenantIds: resolved.recipients.map((r) => r.tenantId),
      link: (tenantId) =>
        resolved.link.startsWith('/') ? publicLink(this.config.publicUrl, resolved.link, tenantId) : null,
    });
  }

  /** In the event's transaction: the claim and the inbox row commit or roll back together. */
  private async deliverInApp(
    tx: TenantTx,
    event: NotificationEvent,
    envelope: JobEnvelope,
    resolved: ResolvedEvent,
    recipient: Recipient,
  ): Promise<boolean> {
    const { tenantId, eventId } = envelope;
    const key = recipient.userId!;
    const batch = currentJobBatch();
    if (batch) {
      this.gatherInApp(
        tx,
        batch,
        tenantId,
        inboxRow(event, envelope, resolved, recipient),
        recipient.tenantId,
      );
      return true;
    }
    if (!(await this.notifications.claimDelivery(tx, tenantId, eventId, 'in_app', key))) return false;
    await this.writeInbox(event, envelope, resolved, recipient);
    await this.notifications.markDelivered(tx, tenantId, eventId, 'in_app', key);
    return true;
  }

  /** Adds an in-app delivery to the batch's writes (`flushInApp` sends them). */
  private gatherInApp(
    tx: TenantTx,
    batch: JobBatch,
    ledgerTenantId: string,
    row: NewNotification,
    inboxTenantId: string,
  ): void {
    const gathered = batch.state('notifications.in-app', () => [] as GatheredInApp[]);
    gathered.push({ ledgerTenantId, row, inboxTenantId });
    batch.defer('notifications.in-app', () => this.flushInApp(tx, gathered.splice(0)));
  }

  /**
   * The batch's in-app deliveries: claims recorded `delivered` in one statement per event tenant, then the
   * inbox rows of the claims made now, one statement per recipient tenant (in its scope).
   */
  private async flushInApp(tx: TenantTx, gathered: readonly GatheredInApp[]): Promise<void> {
    const claimed = await together(
      [...groupBy(gathered, (g) => g.ledgerTenantId)].map(async ([ledgerTenantId, deliveries]) => {
        const now = await this.notifications.claimInAppDelivered(
          tx,
          ledgerTenantId,
          deliveries.map((d) => ({ eventId: d.row.eventId, recipient: d.row.userId })),
        );
        return deliveries.filter((d) => now.delete(`${d.row.eventId} ${d.row.userId}`));
      }),
    );
    // Each recipient tenant's rows in its scope, all sent at once.
    await together(
      [...groupBy(claimed.flat(), (g) => g.inboxTenantId)].map(([tenantId, rows]) =>
        this.transactions.onBehalfOf({ tenantId, tenantKind: null, userId: null }, (tx) =>
          this.notifications.insertNotifications(
            tx,
            tenantId,
            rows.map((r) => r.row),
          ),
        ),
      ),
    );
  }

  /**
   * Each step in its own committed transaction, so the event's rollback cannot undo what was sent:
   * claim (`sending`, attempts + 1) → send → `delivered`; on a failed send, `failed` and rethrow.
   */
  private async deliverEmail(
    event: NotificationEvent,
    envelope: JobEnvelope,
    resolved: ResolvedEvent,
    recipient: Recipient,
    key: string,
  ): Promise<boolean> {
    const { tenantId, eventId } = envelope;
    const ledger = { tenantId, tenantKind: null, userId: null };
    // In a batch, what is transactional (the in-app rows gathered so far) is written before an e-mail leaves.
    await currentJobBatch()?.flush();
    const attempt = await this.transactions.runIndependently(ledger, (tx) =>
      this.notifications.claimEmail(tx, tenantId, eventId, key, 2 * this.config.mail.timeoutMs),
    );
    if (attempt === 'done') return false;
    // Another run of this event (a stalled job re-run while the first still sends) holds the claim:
    // fail this run; its retry finds the e-mail delivered, or the claim abandoned and old enough to take.
    if (attempt === 'busy') throw new EmailInFlightError(eventId);
    try {
      await this.sendEmail(event, envelope, resolved, recipient, key);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.transactions
        .runIndependently(ledger, (tx) =>
          this.notifications.markFailed(tx, tenantId, eventId, 'email', key, message),
        )
        .catch(() => undefined); // the send's error is the one to report; the row stays `sending`
      throw error;
    }
    await this.transactions.runIndependently(ledger, (tx) =>
      this.notifications.markDelivered(tx, tenantId, eventId, 'email', key),
    );
    return true;
  }

  /**
   * In the event's transaction, like an inbox row: the e-mail is claimed in the ledger (`digested`) and
   * waits for the daily digest as an item in the recipient's tenant; both commit or roll back together.
   */
  private async holdForDigest(
    tx: TenantTx,
    event: NotificationEvent,
    envelope: JobEnvelope,
    resolved: ResolvedEvent,
    recipient: Recipient,
  ): Promise<boolean> {
    const { tenantId, eventId } = envelope;
    const key = recipient.userId!;
    if (!(await this.notifications.claimDelivery(tx, tenantId, eventId, 'email', key))) return false;
    await this.notifications.markDigested(tx, tenantId, eventId, key);
    await this.transactions.onBehalfOf(
      { tenantId: recipient.tenantId, tenantKind: null, userId: null },
      (tx) =>
        this.digests.hold(tx, {
          tenantId: recipient.tenantId,
          id: uuidv7(),
          userId: recipient.userId!,
          eventId: envelope.eventId,
          eventType: event.name,
          category: event.category,
          title: titles(event, resolved),
          link: resolved.link,
        }),
    );
    return true;
  }

  private async writeInbox(
    event: NotificationEvent,
    envelope: JobEnvelope,
    resolved: ResolvedEvent,
    recipient: Recipient,
  ): Promise<void> {
    await this.transactions.onBehalfOf(
      { tenantId: recipient.tenantId, tenantKind: null, userId: null },
      (tx) => this.notifications.insertNotification(tx, inboxRow(event, envelope, resolved, recipient)),
    );
  }

  private async sendEmail(
    event: NotificationEvent,
    envelope: JobEnvelope,
    resolved: ResolvedEvent,
    recipient: Recipient,
    key: string,
  ): Promise<void> {
    const url = publicLink(this.config.publicUrl, resolved.link, recipient.tenantId);
    const rendered = renderEmail(event.templates[recipient.locale], recipient.locale, resolved.vars, url);
    await this.mail.send({
      ...rendered,
      to: recipient.email,
      locale: recipient.locale,
      messageId: notificationMessageId(envelope.eventId, key),
    });
  }
}

interface GatheredInApp {
  /** The event's tenant, which keeps the ledger. */
  readonly ledgerTenantId: string;
  readonly row: NewNotification;
  /** The recipient's tenant, where the inbox row is written. */
  readonly inboxTenantId: string;
}

function inboxRow(
  event: NotificationEvent,
  envelope: JobEnvelope,
  resolved: ResolvedEvent,
  recipient: Recipient,
): NewNotification {
  return {
    tenantId: recipient.tenantId,
    id: uuidv7(),
    userId: recipient.userId!,
    eventId: envelope.eventId,
    eventType: event.name,
    category: event.category,
    actionRequired: event.actionRequired,
    title: titles(event, resolved),
    link: resolved.link,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** The event's subject in every locale: an inbox row or digest line is read in whichever the person uses. */
function titles(event: NotificationEvent, resolved: ResolvedEvent): Record<Locale, string> {
  return Object.fromEntries(
    LOCALES.map((l) => [l, fill(event.templates[l].subject, resolved.vars)]),
  ) as Record<Locale, string>;
}

export class EmailInFlightError extends Error {
  constructor(eventId: string) {
    super(`An e-mail of event ${eventId} is being sent by another run; retrying later`);
    this.name = 'EmailInFlightError';
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
