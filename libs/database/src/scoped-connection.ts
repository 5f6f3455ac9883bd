import type pg from 'pg';
import type { QueryConfig, QueryResultRow } from 'pg';
import { setContextSql, type DbContext } from './tenant-context.js';

function sameScope(a: DbContext, b: DbContext): boolean {
  return a.tenantId === b.tenantId && a.tenantKind === b.tenantKind && a.userId === b.userId;
}

/**
 * A transaction's connection and the RLS scope set on it now. Every view of the transaction (the unit of
 * work's own, one per `TransactionRunner.onBehalfOf`) sends its statements in its own scope through
 * `send`, which changes the connection's scope only when the statement needs another one: a batch of
 * notices that reads and writes in two tenants changes scope when it moves from one to the other, not
 * twice around every read in the other tenant (set, read, set back), and never to the scope it is in.
 */
export class ScopedConnection {
  private applied: DbContext;

  constructor(
    private readonly client: pg.ClientBase,
    opened: DbContext,
  ) {
    this.applied = opened;
  }

  /** Sends `statement` in `context`'s scope; its rows. */
  async send<R extends QueryResultRow>(context: DbContext, statement: QueryConfig): Promise<R[]> {
    if (sameScope(this.applied, context)) return (await this.client.query<R>(statement)).rows;
    const set = setContextSql(context);
    this.applied = context;
    // Both are queued on the connection now, one after the other (the client sends them in that order),
    // so no statement of another view can come between the scope and the statement it is for.
    const [, result] = await Promise.all([this.client.query(set), this.client.query<R>(statement)]);
    return result.rows;
  }

  /** Commits in `context` (the unit of work's own scope), restoring it in the same message if needed. */
  async commit(context: DbContext): Promise<void> {
    const restore = sameScope(this.applied, context) ? '' : `${setContextSql(context)}; `;
    this.applied = context;
    await this.client.query(`${restore}COMMIT`);
  }
}
