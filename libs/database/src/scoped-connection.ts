import type pg from 'pg';
import type { QueryConfig, QueryResultRow } from 'pg';
import { setContextSql, type DbContext } from './tenant-context.js';

function sameScope(a: DbContext, b: DbContext): boolean {
  return a.tenantId === b.tenantId && a.tenantKind === b.tenantKind && a.userId === b.userId;
}

interface Corkable {
  cork(): void;
  uncork(): void;
}

/**
 * A transaction's connection and the RLS scope set on it now. Every view of the transaction (the unit of
 * work's own, one per `TransactionRunner.onBehalfOf`) sends its statements in its own scope through
 * `send`, which changes the connection's scope only when the statement needs another one: a batch of
 * notices that reads and writes in two tenants changes scope when it moves from one to the other, not
 * twice around every read in the other tenant (set, read, set back), and never to the scope it is in.
 *
 * The pool's connections run in pipeline mode: what is queued goes out at once, without waiting for the
 * answers before it. What is queued in the same synchronous stretch of work — a scope change and its
 * statement, the opening message and the first statement, the reads `together` starts — also goes out
 * in ONE write to the socket (corked until the stretch ends): a system call each was a tenth of the
 * worker's CPU time in `bench:notifications`.
 */
export class ScopedConnection {
  private applied: DbContext;
  private readonly socket: Corkable | undefined;
  private corked = false;

  constructor(
    private readonly client: pg.ClientBase,
    opened: DbContext,
  ) {
    this.applied = opened;
    // node-pg's own socket, which it corks itself around each extended-protocol statement.
    const stream = (client as { connection?: { stream?: Partial<Corkable> } }).connection?.stream;
    this.socket =
      typeof stream?.cork === 'function' && typeof stream.uncork === 'function'
        ? (stream as Corkable)
        : undefined;
  }

  /** Sends the opening message (no rows to read from it): it goes out with the first statement. */
  open(sql: string): Promise<unknown> {
    this.coalesce();
    return this.client.query(sql);
  }

  /** Sends `statement` in `context`'s scope; its rows. */
  async send<R extends QueryResultRow>(context: DbContext, statement: QueryConfig): Promise<R[]> {
    this.coalesce();
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

  /** Holds writes to the socket until the current synchronous stretch of work has queued all it will. */
  private coalesce(): void {
    if (this.corked || !this.socket) return;
    const socket = this.socket;
    socket.cork();
    this.corked = true;
    queueMicrotask(() => {
      this.corked = false;
      socket.uncork();
    });
  }
}
