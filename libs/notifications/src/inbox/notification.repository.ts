import { Injectable } from '@nestjs/common';
import type { TenantTx, Tx } from '@jazari/database';
import type { Channel, Locale, NotificationCategory } from '../notification.types.js';

export interface NewNotification {
  readonly tenantId: string;
  readonly id: string;
  readonly userId: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly category: NotificationCategory;
  readonly actionRequired: boolean;
  readonly title: Readonly<Record<Locale, string>>;
  readonly link: string;
}

export interface InboxRow {
  readonly id: string;
  readonly tenantId: string;
  readonly eventType: string;
  readonly category: string;
  readonly actionRequired: boolean;
  readonly title: Record<Locale, string>;
  readonly link: string;
  readonly createdAt: Date;
  readonly readAt: Date | null;
}

interface Row {
  id: string;
  tenant_id: string;
  event_type: string;
  category: string;
  action_required: boolean;
  title: Record<Locale, string>;
  link: string;
  created_at: Date;
  read_at: Date | null;
}

const COLUMNS = `id, tenant_id, event_type, category, action_required, title, link, created_at, read_at`;

function toInbox(r: Row): InboxRow {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    eventType: r.event_type,
    category: r.category,
    actionRequired: r.action_required,
    title: r.title,
    link: r.link,
    createdAt: r.created_at,
    readAt: r.read_at,
  };
}

/**
 * The ledger, the inbox rows, and the inbox reads. Inbox reads go by `user_id` across the person's
 * tenants (the `own_notifications_*` policies), so they take the user, never a tenant.
 */
@Injectable()
export class NotificationRepository {
  /** Claims one delivery before its effect; false when it is already claimed (a re-delivered job). */
  async claimDelivery(
    tx: TenantTx,
    tenantId: string,
    eventId: string,
    channel: Channel,
    recipient: string,
  ): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO notification_delivery (tenant_id, event_id, channel, recipient, attempts)
       VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (tenant_id, event_id, channel, recipient) DO NOTHING RETURNING 1 AS claimed`,
      [tenantId, eventId, channel, recipient],
    );
    return rows.length === 1;
  }

  /**
   * In-app deliveries of several events of one tenant, claimed and recorded `delivered` in one statement
   * (the caller writes their inbox rows in the same transaction); answers the `event id recipient` pairs
   * claimed now — the others were claimed before.
   */
  async claimInAppDelivered(
    tx: Tx,
    tenantId: string,
    deliveries: readonly { eventId: string; recipient: string }[],
  ): Promise<Set<string>> {
    const rows = await tx.query<{ event_id: string; recipient: string }>(
      `INSERT INTO notification_delivery (tenant_id, event_id, channel, recipient, status, attempts, delivered_at)
       SELECT $1, event_id, 'in_app', recipient, 'delivered', 1, now()
         FROM unnest($2::uuid[], $3::text[]) AS d(event_id, recipient)
       ON CONFLICT (tenant_id, event_id, channel, recipient) DO NOTHING RETURNING event_id, recipient`,
      [tenantId, deliveries.map((d) => d.eventId), deliveries.map((d) => d.recipient)],
    );
    return new Set(rows.map((r) => `${r.event_id} ${r.recipient}`));
  }

  /**
   * Claims an e-mail before sending it, in the transaction given (the caller's own, committed one):
   * inserts it as `sending` (attempt 1), or moves a `failed` row — or a `sending` one whose claim is older
   * than `staleAfterMs` (its sender crashed) — back to `sending` with one more attempt. Answers the
   * attempt number; `done` when it was delivered (or held for the digest); `busy` when another run claimed
   * it moments ago and may still be sending it.
   */
  async claimEmail(
    tx: TenantTx,
    tenantId: string,
    eventId: string,
    recipient: string,
    staleAfterMs: number,
  ): Promise<number | 'done' | 'busy'> {
    const rows = await tx.query<{ attempts: number }>(
      `INSERT INTO notification_delivery AS d (tenant_id, event_id, channel, recipient, status, attempts)
       VALUES ($1, $2, 'email', $3, 'sending', 1)
       ON CONFLICT (tenant_id, event_id, channel, recipient)
         DO UPDATE SET status = 'sending', attempts = d.attempts + 1, claimed_at = now()
           WHERE d.status = 'failed'
              OR (d.status = 'sending' AND d.claimed_at < now() - make_interval(secs => $4 / 1000.0))
       RETURNING d.attempts`,
      [tenantId, eventId, recipient, staleAfterMs],
    );
    if (rows[0]) return rows[0].attempts;
    const [current] = await tx.query<{ status: string }>(
      `SELECT status FROM notification_delivery
        WHERE tenant_id = $1 AND event_id = $2 AND channel = 'email' AND recipient = $3`,
      [tenantId, eventId, recipient],
    );
    return current?.status === 'sending' ? 'busy' : 'done';
  }

  /** Records a failed send on its claim (kept short); the next attempt claims it again. */
  async markFailed(
    tx: TenantTx,
    tenantId: string,
    eventId: string,
    channel: Channel,
    recipient: string,
    error: string,
  ): Promise<void> {
    await tx.query(
      `UPDATE notification_delivery SET status = 'failed', last_error = $5
        WHERE tenant_id = $1 AND event_id = $2 AND channel = $3 AND recipient = $4`,
      [tenantId, eventId, channel, recipient, error.slice(0, 500)],
    );
  }

  /** An e-mail claimed in the event's transaction and held for the recipient's daily digest. */
  async markDigested(tx: TenantTx, tenantId: string, eventId: string, recipient: string): Promise<void> {
    await tx.query(
      `UPDATE notification_delivery SET status = 'digested'
        WHERE tenant_id = $1 AND event_id = $2 AND channel = 'email' AND recipient = $3`,
      [tenantId, eventId, recipient],
    );
  }

  /** Marks a claim delivered, in `tx`. Keeps `last_error`: history. */
  async markDelivered(
    tx: TenantTx,
    tenantId: string,
    eventId: string,
    channel: Channel,
    recipient: string,
  ): Promise<void> {
    await tx.query(
      `UPDATE notification_delivery SET status = 'delivered', delivered_at = now()
        WHERE tenant_id = $1 AND event_id = $2 AND channel = $3 AND recipient = $4`,
      [tenantId, eventId, channel, recipient],
    );
  }

  /**
   * Written in the recipient's tenant scope, once: the delivery claim comes first. No ON CONFLICT and no
   * RETURNING: both would need a SELECT policy, and the worker may not read anyone's inbox.
   */
  async insertNotification(tx: TenantTx, n: NewNotification): Promise<void> {
    await tx.query(
      `INSERT INTO notification (tenant_id, id, user_id, event_id, event_type, category, action_required, title, link)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        n.tenantId,
        n.id,
        n.userId,
        n.eventId,
        n.eventType,
        n.category,
        n.actionRequired,
        JSON.stringify(n.title),
        n.link,
      ],
    );
  }

  /** `insertNotification` for several rows of one tenant (`tx` in its scope), one statement. */
  async insertNotifications(tx: TenantTx, tenantId: string, rows: readonly NewNotification[]): Promise<void> {
    await tx.query(
      `INSERT INTO notification (tenant_id, id, user_id, event_id, event_type, category, action_required, title, link)
       SELECT $1, id, user_id, event_id, event_type, category, action_required, title::jsonb, link
         FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::boolean[], $8::text[], $9::text[])
           AS n(id, user_id, event_id, event_type, category, action_required, title, link)`,
      [
        tenantId,
        rows.map((n) => n.id),
        rows.map((n) => n.userId),
        rows.map((n) => n.eventId),
        rows.map((n) => n.eventType),
        rows.map((n) => n.category),
        rows.map((n) => n.actionRequired),
        rows.map((n) => JSON.stringify(n.title)),
        rows.map((n) => n.link),
      ],
    );
  }

  async list(
    tx: TenantTx,
    userId: string,
    limit: number,
    cursor: string | undefined,
    unread: boolean,
  ): Promise<InboxRow[]> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM notification
        WHERE user_id = $1 AND ($2::uuid IS NULL OR id < $2::uuid) AND (NOT $3::boolean OR read_at IS NULL)
        ORDER BY id DESC LIMIT $4`,
      [userId, cursor ?? null, unread, limit + 1],
    );
    return rows.map(toInbox);
  }

  async unreadCount(tx: TenantTx, userId: string): Promise<number> {
    const rows = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return rows[0]?.n ?? 0;
  }

  /** Marks one read (idempotent); undefined when the person has no such notification. */
  async markRead(tx: TenantTx, userId: string, id: string): Promise<InboxRow | undefined> {
    const rows = await tx.query<Row>(
      `UPDATE notification SET read_at = coalesce(read_at, now())
        WHERE user_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
      [userId, id],
    );
    return rows[0] && toInbox(rows[0]);
  }

  async markAllRead(tx: TenantTx, userId: string): Promise<number> {
    const rows = await tx.query(
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL RETURNING id`,
      [userId],
    );
    return rows.length;
  }
}
