import { Injectable } from '@nestjs/common';
import type { SystemTx, TenantTx } from '@jazari/database';

export interface FeedEventRow {
  readonly workshopId: string;
  readonly title: string;
  readonly description: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly timeZone: string;
  readonly venue: string | null;
  readonly onlineUrl: string | null;
  readonly status: string;
  readonly version: number;
  readonly updatedAt: Date;
}

export interface FeedRow {
  readonly id: string;
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
}

/** SQL of personal calendar feeds (the caller's own, in the tenant they were created in). */
@Injectable()
export class CalendarRepository {
  async insert(
    tx: TenantTx,
    tenantId: string,
    id: string,
    userId: string,
    tokenHash: Buffer,
    now: Date,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO workshop_calendar_feed (tenant_id, id, user_id, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)`,
      [tenantId, id, userId, tokenHash, now],
    );
  }

  async list(tx: TenantTx, tenantId: string, userId: string): Promise<FeedRow[]> {
    const rows = await tx.query<{ id: string; created_at: Date; revoked_at: Date | null }>(
      `SELECT id, created_at, revoked_at FROM workshop_calendar_feed
        WHERE tenant_id = $1 AND user_id = $2 ORDER BY id`,
      [tenantId, userId],
    );
    return rows.map((r) => ({ id: r.id, createdAt: r.created_at, revokedAt: r.revoked_at }));
  }

  async revoke(
    tx: TenantTx,
    tenantId: string,
    userId: string,
    id: string,
    now: Date,
  ): Promise<FeedRow | undefined> {
    const rows = await tx.query<{ id: string; created_at: Date; revoked_at: Date | null }>(
      `UPDATE workshop_calendar_feed SET revoked_at = coalesce(revoked_at, $4)
        WHERE tenant_id = $1 AND user_id = $2 AND id = $3 RETURNING id, created_at, revoked_at`,
      [tenantId, userId, id, now],
    );
    const r = rows[0];
    return r && { id: r.id, createdAt: r.created_at, revokedAt: r.revoked_at };
  }

  async valid(tx: SystemTx, tokenHash: Buffer): Promise<boolean> {
    const rows = await tx.query<{ ok: boolean }>(`SELECT workshop_feed_valid($1) AS ok`, [tokenHash]);
    return rows[0]?.ok === true;
  }

  /** The events of a feed, by its token's hash: a SECURITY DEFINER function, outside any tenant. */
  async events(tx: SystemTx, tokenHash: Buffer): Promise<FeedEventRow[]> {
    const rows = await tx.query<{
      workshop_id: string;
      title: string;
      description: string;
      starts_at: Date;
      ends_at: Date;
      time_zone: string;
      venue: string | null;
      online_url: string | null;
      status: string;
      version: number;
      updated_at: Date;
    }>(`SELECT * FROM workshop_feed_events($1)`, [tokenHash]);
    return rows.map((r) => ({
      workshopId: r.workshop_id,
      title: r.title,
      description: r.description,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      timeZone: r.time_zone,
      venue: r.venue,
      onlineUrl: r.online_url,
      status: r.status,
      version: r.version,
      updatedAt: r.updated_at,
    }));
  }
}
