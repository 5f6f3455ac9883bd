import type pg from 'pg';
import { verifyChains, type AuditVerification } from './audit-chain.js';
import { AuditRepository } from './audit.repository.js';

/**
 * Verifies every chain `client` can read, outside Nest: `npm run audit:verify` connects as the owner role,
 * which the `verifier_read` policy lets read all tenants' entries. The rows are read in one read-only
 * repeatable-read transaction, so the result describes one consistent snapshot.
 */
export async function verifyAllChains(client: pg.Client): Promise<AuditVerification> {
  const repository = new AuditRepository();
  const sql = {
    query: async <R extends pg.QueryResultRow>(text: string, params?: readonly unknown[]): Promise<R[]> =>
      (await client.query<R>(text, params as unknown[] | undefined)).rows,
  };
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const result = await verifyChains((after, limit) => repository.chainRows(sql, after, limit));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
