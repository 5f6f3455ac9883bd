import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import { IDEMPOTENCY_TTL_HOURS } from './idempotency.js';

export interface StoredAnswer {
  readonly requestHash: string;
  readonly statusCode: number | null;
  readonly response: unknown;
}

/** The keys' first answers (`idempotency_key`), in the request's own transaction. */
@Injectable()
export class IdempotencyRepository {
  /**
   * Takes the key for this request: true when it is new (or its last use is past the 24 hours), false when
   * a committed request holds it. A request with the same key still running makes this wait for its end
   * (the primary key's lock): then it is either committed — false — or gone, and this takes it.
   */
  async claim(
    tx: TenantTx,
    tenantId: string,
    subject: string,
    key: string,
    requestHash: string,
  ): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO idempotency_key AS k (tenant_id, subject, key, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, subject, key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, status_code = NULL, response = NULL, created_at = now()
         WHERE k.created_at < now() - make_interval(hours => $5)
       RETURNING 1 AS claimed`,
      [tenantId, subject, key, requestHash, IDEMPOTENCY_TTL_HOURS],
    );
    return rows.length === 1;
  }

  async find(
    tx: TenantTx,
    tenantId: string,
    subject: string,
    key: string,
  ): Promise<StoredAnswer | undefined> {
    const rows = await tx.query<{ request_hash: string; status_code: number | null; response: unknown }>(
      `SELECT request_hash, status_code, response FROM idempotency_key
        WHERE tenant_id = $1 AND subject = $2 AND key = $3`,
      [tenantId, subject, key],
    );
    const row = rows[0];
    return row && { requestHash: row.request_hash, statusCode: row.status_code, response: row.response };
  }

  /** The first answer, written before the request's transaction commits. */
  async answer(
    tx: TenantTx,
    tenantId: string,
    subject: string,
    key: string,
    statusCode: number,
    response: unknown,
  ): Promise<void> {
    await tx.query(
      `UPDATE idempotency_key SET status_code = $4, response = $5::jsonb
        WHERE tenant_id = $1 AND subject = $2 AND key = $3`,
      [tenantId, subject, key, statusCode, JSON.stringify(response ?? null)],
    );
  }
}
