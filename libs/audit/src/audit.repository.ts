import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { AuditChainRow, AuditEntryForHash, ChainScanPosition } from './audit-chain.js';

/** What the repository needs of a connection: the open tenant transaction, or the CLI's owner client. */
export type AuditSql = Pick<TenantTx, 'query'>;

/** The end of a chain, as returned when a tenant has no entries yet. */
export interface ChainHead {
  readonly seq: number;
  readonly hash: Buffer;
}

/** An entry as listed: what its hash covers, less the tenant (the list is one tenant's). */
export type AuditEventView = Omit<AuditEntryForHash, 'tenantId'>;

interface EventRow {
  tenant_id: string;
  seq: string;
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_api_key_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  data: Record<string, unknown>;
}

interface ChainRow extends EventRow {
  prev_hash: Buffer;
  hash: Buffer;
}

const EVENT_COLUMNS = `tenant_id, seq, id, occurred_at, actor_user_id, actor_api_key_id, action, target_type,
  target_id, data`;

// Largest bigint: "after the whole chain" of a tenant in a (tenant_id, seq) scan.
const END_OF_CHAIN = '9223372036854775807';

@Injectable()
export class AuditRepository {
  /**
   * Takes the tenant's append lock until the transaction ends, so appends to one chain are serial and
   * gapless while other tenants append in parallel. Call it before reading the head, in its own
   * statement: the next statement's snapshot then includes the previous holder's committed entry.
   */
  async lockChain(tx: AuditSql, tenantId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('audit:' || $1::text, 0))`, [tenantId]);
  }

  async head(tx: AuditSql, tenantId: string): Promise<ChainHead | null> {
    const rows = await tx.query<{ seq: string; hash: Buffer }>(
      `SELECT seq, hash FROM audit_event WHERE tenant_id = $1 ORDER BY seq DESC LIMIT 1`,
      [tenantId],
    );
    const row = rows[0];
    return row ? { seq: Number(row.seq), hash: row.hash } : null;
  }

  async insert(tx: AuditSql, entry: AuditChainRow, canonicalData: string): Promise<void> {
    await tx.query(
      `INSERT INTO audit_event (tenant_id, seq, id, occurred_at, actor_user_id, actor_api_key_id, action,
         target_type, target_id, data, prev_hash, hash)
       VALUES ($1, $2, $3, $4::timestamptz, $5, $6, $7, $8, $9, $10::jsonb, $11, $12)`,
      [
        entry.tenantId,
        entry.seq,
        entry.id,
        entry.occurredAt.toISOString(),
        entry.actorUserId,
        entry.actorApiKeyId,
        entry.action,
        entry.targetType,
        entry.targetId,
        canonicalData,
        entry.prevHash,
        entry.hash,
      ],
    );
  }

  /** One page of a tenant's log, newest first, strictly before `beforeSeq` when given. */
  async page(
    tx: AuditSql,
    tenantId: string,
    beforeSeq: number | null,
    limit: number,
  ): Promise<AuditEventView[]> {
    const rows = await tx.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM audit_event
       WHERE tenant_id = $1 AND ($2::bigint IS NULL OR seq < $2::bigint)
       ORDER BY seq DESC LIMIT $3`,
      [tenantId, beforeSeq, limit],
    );
    return rows.map(toView);
  }

  /**
   * Rows of every chain the connection may read (or of `tenantIds` only), ordered by (tenant_id, seq),
   * strictly after `after`: one batch of a verification scan, walking the primary key.
   */
  async chainRows(
    db: AuditSql,
    after: ChainScanPosition | null,
    limit: number,
    tenantIds: readonly string[] | null = null,
  ): Promise<AuditChainRow[]> {
    const rows = await db.query<ChainRow>(
      `SELECT ${EVENT_COLUMNS}, prev_hash, hash FROM audit_event
       WHERE ($1::uuid IS NULL OR (tenant_id, seq) > ($1::uuid, $2::bigint))
         AND ($3::uuid[] IS NULL OR tenant_id = ANY ($3::uuid[]))
       ORDER BY tenant_id, seq LIMIT $4`,
      [
        after?.tenantId ?? null,
        after ? (after.seq === null ? END_OF_CHAIN : String(after.seq)) : null,
        tenantIds,
        limit,
      ],
    );
    return rows.map((row) => ({
      ...toView(row),
      tenantId: row.tenant_id,
      prevHash: row.prev_hash,
      hash: row.hash,
    }));
  }
}

function toView(row: EventRow): AuditEventView {
  return {
    id: row.id,
    // bigint arrives as a string; chains stay far below 2^53 entries.
    seq: Number(row.seq),
    occurredAt: row.occurred_at,
    actorUserId: row.actor_user_id,
    actorApiKeyId: row.actor_api_key_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    data: row.data,
  };
}
