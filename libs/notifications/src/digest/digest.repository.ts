import { Injectable } from '@nestjs/common';
import type { SystemTx, TenantTx } from '@jazari/database';
import { NETWORK_TIME_ZONE } from '@jazari/config';
import type { Locale } from '../notification.types.js';
import { DIGEST_HOUR } from './digest.jobs.js';

export interface DigestItem {
  readonly eventType: string;
  readonly category: string;
  readonly title: Readonly<Record<Locale, string>>;
  readonly link: string;
  /** The tenant the item concerns the person in. */
  readonly tenantId: string;
  readonly createdAt: Date;
}

export interface DigestPerson {
  readonly email: string;
  readonly locale: string;
  readonly status: string;
}

/** The day's cutoff (`$1` is the day): its DIGEST_HOUR in network time. */
const CUTOFF = `(($1::date + make_time(${DIGEST_HOUR}, 0, 0)) AT TIME ZONE '${NETWORK_TIME_ZONE}')`;

/** The digest's reads and writes; each call runs in the transaction it is given (see DigestService). */
@Injectable()
export class DigestRepository {
  /**
   * In a Root-kind read scope: people with items from before the day's cutoff waiting, or with a digest
   * not yet delivered.
   */
  async due(tx: SystemTx, day: string, limit: number): Promise<string[]> {
    const rows = await tx.query<{ user_id: string }>(
      `SELECT user_id FROM (
         SELECT DISTINCT user_id FROM notification_digest_item
          WHERE digest_day IS NULL AND created_at < ${CUTOFF}
         UNION
         SELECT user_id FROM notification_digest WHERE status <> 'delivered' AND day <= $1::date
       ) due ORDER BY user_id LIMIT $2`,
      [day, limit],
    );
    return rows.map((r) => r.user_id);
  }

  /**
   * In the person's own scope. Claims the day's digest (`sending`, attempts + 1) and gives it the items
   * from before the day's cutoff still waiting; a digest already delivered is left alone.
   * Returns the day claimed (today's, or an earlier undelivered one), or undefined when nothing is due.
   */
  async claim(tx: SystemTx, userId: string, today: string): Promise<string | undefined> {
    const [open] = await tx.query<{ day: string }>(
      `SELECT day::text FROM notification_digest WHERE user_id = $1 AND status <> 'delivered'
        ORDER BY day LIMIT 1 FOR UPDATE`,
      [userId],
    );
    if (open) {
      await tx.query(
        `UPDATE notification_digest SET status = 'sending', attempts = attempts + 1 WHERE user_id = $1 AND day = $2::date`,
        [userId, open.day],
      );
      return open.day;
    }
    const waiting = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification_digest_item
        WHERE user_id = $2 AND digest_day IS NULL AND created_at < ${CUTOFF}`,
      [today, userId],
    );
    if (waiting[0].n === 0) return undefined;
    const claimed = await tx.query(
      `INSERT INTO notification_digest (user_id, day, items) VALUES ($1, $2::date, $3)
       ON CONFLICT (user_id, day) DO NOTHING RETURNING day`,
      [userId, today, waiting[0].n],
    );
    if (claimed.length === 0) return undefined; // today's was delivered already
    await tx.query(
      `UPDATE notification_digest_item SET digest_day = $1::date
        WHERE user_id = $2 AND digest_day IS NULL AND created_at < ${CUTOFF}`,
      [today, userId],
    );
    return today;
  }

  async items(tx: SystemTx, userId: string, day: string): Promise<DigestItem[]> {
    const rows = await tx.query<{
      event_type: string;
      category: string;
      title: Record<Locale, string>;
      link: string;
      tenant_id: string;
      created_at: Date;
    }>(
      `SELECT event_type, category, title, link, tenant_id, created_at FROM notification_digest_item
        WHERE user_id = $1 AND digest_day = $2::date ORDER BY created_at, id`,
      [userId, day],
    );
    return rows.map((r) => ({
      eventType: r.event_type,
      category: r.category,
      title: r.title,
      link: r.link,
      tenantId: r.tenant_id,
      createdAt: r.created_at,
    }));
  }

  async person(tx: SystemTx, userId: string): Promise<DigestPerson | undefined> {
    const [row] = await tx.query<DigestPerson>(`SELECT email, locale, status FROM app_user WHERE id = $1`, [
      userId,
    ]);
    return row;
  }

  async mark(
    tx: SystemTx,
    userId: string,
    day: string,
    outcome: { delivered: true; items: number } | { delivered: false; error: string },
  ): Promise<void> {
    if (outcome.delivered) {
      await tx.query(
        `UPDATE notification_digest SET status = 'delivered', delivered_at = now(), items = $3
          WHERE user_id = $1 AND day = $2::date`,
        [userId, day, outcome.items],
      );
    } else {
      await tx.query(
        `UPDATE notification_digest SET status = 'failed', last_error = $3 WHERE user_id = $1 AND day = $2::date`,
        [userId, day, outcome.error.slice(0, 500)],
      );
    }
  }

  /**
   * In the recipient's tenant, inside the event's transaction. The caller claimed the e-mail in the
   * ledger first (which makes it once per event and person): the worker may insert the row but not read
   * it, so no ON CONFLICT here.
   */
  async hold(
    tx: TenantTx,
    item: {
      tenantId: string;
      id: string;
      userId: string;
      eventId: string;
      eventType: string;
      category: string;
      title: Record<Locale, string>;
      link: string;
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO notification_digest_item (tenant_id, id, user_id, event_id, event_type, category, title, link)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        item.tenantId,
        item.id,
        item.userId,
        item.eventId,
        item.eventType,
        item.category,
        JSON.stringify(item.title),
        item.link,
      ],
    );
  }
}
