import { createHash } from 'node:crypto';
import { Injectable, Optional } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { QueryResult, QueryResultRow } from 'pg';
import { DatabasePool } from './database-pool.js';
import { ReadReplica } from './read-replica.js';
import { ScopedConnection } from './scoped-connection.js';
import { beginTransactionSql, setContextSql, type DbContext } from './tenant-context.js';

const CURRENT_TX = Symbol('jazari.tx');
/** The connection behind a view of a transaction (`viewOf`): `onBehalfOf` opens another view on it. */
const CONNECTION = Symbol('jazari.tx.connection');

/** What every open transaction offers; repositories take one of the two branded kinds below. */
interface OpenTx {
  readonly context: DbContext;
  /**
   * Narrows the unit of work's scope once more is known about the caller (an API key's tenant kind is
   * read with the key): sets the new values for RLS and records them as this transaction's context.
   */
  rescope(context: DbContext): Promise<void>;
  /** Raw parameterised SQL on the transaction's connection; returns the rows. */
  query<R extends QueryResultRow = QueryResultRow>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

declare const SCOPE: unique symbol;

/** A DbContext that names one tenant: what a tenant transaction is opened with. */
export interface TenantContext extends DbContext {
  readonly tenantId: string;
}

/**
 * A transaction opened for one tenant (`app.tenant_id` is set, RLS scopes every statement to it).
 * Tenant repositories accept only this: the brand exists in the types only, so a `SystemTx` cannot be
 * passed where a `TenantTx` is expected (libs/database/src/tx-scope.spec.ts shows it).
 */
export interface TenantTx extends OpenTx {
  readonly [SCOPE]: 'tenant';
  readonly context: TenantContext;
}

/**
 * A transaction opened without a tenant: system jobs (the outbox relay, pruning, sweeps that read the
 * network as Root's reader), sign-in before a tenant is chosen. RLS shows it no tenant row unless a
 * policy says so; it reaches a tenant's rows only through `TransactionRunner.onBehalfOf`.
 */
export interface SystemTx extends OpenTx {
  readonly [SCOPE]: 'system';
}

/** Either kind: for repositories of global tables (users, tenants, the outbox) that serve both. */
export type Tx = TenantTx | SystemTx;

/** The kind of transaction a context opens: a tenant one when its type says it names a tenant. */
export type TxFor<C extends DbContext> = C extends TenantContext ? TenantTx : SystemTx;

export class NoTransactionError extends Error {
  constructor(what = 'transaction') {
    super(`No ${what} is open: wrap the work in TransactionRunner.run()`);
    this.name = 'NoTransactionError';
  }
}

/**
 * Runs a unit of work in one PostgreSQL transaction whose first message sets the tenant for RLS, and
 * passes it to `work`, which hands it explicitly to every repository it calls. The transaction also
 * travels with the async call chain (nestjs-cls), for `OutboxService.emit` (which records in the caller's
 * transaction), `onBehalfOf` and nested `run` calls; services and repositories do not fetch it.
 */
@Injectable()
export class TransactionRunner {
  constructor(
    private readonly pool: DatabasePool,
    private readonly cls: ClsService,
    @Optional() private readonly replica?: ReadReplica,
  ) {}

  /**
   * Runs a read-only unit of work (dashboards, reports' figures, exports) on the read replica when one is
   * configured and usable (reachable, in recovery, lagging at most DATABASE_READ_MAX_LAG_MS): in a NEW
   * transaction there, with the same tenant settings, so RLS filters as on the primary; inside `work`,
   * `tx()` is that transaction. Otherwise exactly `run`: the primary, in the open unit of work if any.
   * `work` must not write, nor read what the open unit of work wrote (the replica has not seen it).
   */
  async read<C extends DbContext, T>(context: C, work: (tx: TxFor<C>) => Promise<T>): Promise<T> {
    const replica = await this.replica?.usable();
    if (replica) {
      let connected = false;
      try {
        return await this.begin(replica, context, undefined, (tx) => {
          connected = true;
          this.replica!.counted('replica');
          return work(tx as TxFor<C>);
        });
      } catch (error) {
        // The replica went away between the probe and this read: the primary serves it, no error.
        if (connected) throw error;
        this.replica!.markUnreachable(error);
      }
    }
    this.replica?.counted('primary');
    return this.run(context, work);
  }

  /**
   * Runs `work` in a transaction for `context`: a `TenantTx` when the context's type names a tenant
   * (`TenantContext`, e.g. `actorContext(actor)`), a `SystemTx` otherwise (`NO_TENANT`, Root's reader).
   * Inside an open unit of work for the same tenant and user, `work` joins it.
   */
  async run<C extends DbContext, T>(context: C, work: (tx: TxFor<C>) => Promise<T>): Promise<T> {
    const open = this.current();
    if (open) {
      if (open.context.tenantId !== context.tenantId || open.context.userId !== context.userId) {
        throw new Error('A transaction for another tenant or user is already open in this unit of work');
      }
      return work(open as TxFor<C>);
    }
    return this.begin(this.pool, context, undefined, (tx) => work(tx as TxFor<C>));
  }

  /**
   * Runs `work` in a NEW transaction on its own connection, committed (or rolled back) when `work`
   * settles, even when a unit of work is already open in this call chain: inside `work`, `tx()` is the
   * new transaction; after it, the outer one is current again, untouched. For a record that must outlive
   * the outer transaction (claiming an external effect before doing it).
   *
   * It must not be used to read or change what the outer transaction wrote: that is uncommitted, so
   * invisible here, and a write to the same rows waits on the outer transaction's locks — which wait
   * on this one: a deadlock the database cannot see. It takes a second pool connection while the outer
   * one is held, so the pool must be larger than the number of units of work that call it concurrently.
   */
  runIndependently<C extends DbContext, T>(context: C, work: (tx: TxFor<C>) => Promise<T>): Promise<T> {
    return this.begin(this.pool, context, undefined, (tx) => work(tx as TxFor<C>));
  }

  /**
   * Opens a unit of work whose first message also runs `prelude` (one statement, no parameters: values
   * must already be validated literals), and hands its rows to `work`: the request's access check rides
   * on the round trip that opens the transaction.
   *
   * With `readOnly`, the transaction opens `READ ONLY` — PostgreSQL refuses any write in it, so its
   * COMMIT has nothing to make durable and cannot fail for anything `work` did — and once `work` has
   * returned, the COMMIT is queued on the connection and the connection goes back to the pool at once,
   * without waiting for the answer: in pipeline mode the next unit of work's opening message goes out
   * behind it on the same connection, and PostgreSQL runs them in that order (docs/adr/0032). One round
   * trip less of connection hold time per read request.
   */
  runWithPrelude<C extends DbContext, T>(
    context: C,
    prelude: string,
    work: (tx: TxFor<C>, preludeRows: QueryResultRow[]) => Promise<T>,
    options: { readonly readOnly?: boolean } = {},
  ): Promise<T> {
    if (this.current()) throw new Error('runWithPrelude opens a unit of work; one is already open');
    return this.begin(
      this.pool,
      context,
      prelude,
      (tx, rows) => work(tx as TxFor<C>, rows),
      options.readOnly === true,
    );
  }

  private async begin<T>(
    pool: DatabasePool,
    context: DbContext,
    prelude: string | undefined,
    work: (tx: Tx, preludeRows: QueryResultRow[]) => Promise<T>,
    readOnly = false,
  ): Promise<T> {
    const beginSql = beginTransactionSql(context, { readOnly }) + (prelude ? `; ${prelude}` : '');
    const connection = await pool.connect();
    const client = connection.client;
    let broken: Error | undefined;
    try {
      const scoped = new ScopedConnection(client, context);
      let opening: Promise<unknown>;
      let preludeRows: QueryResultRow[] = [];
      if (prelude) {
        const opened = (await client.query(beginSql)) as unknown as QueryResult[];
        const last = opened[opened.length - 1];
        preludeRows = last ? (last.rows as QueryResultRow[]) : [];
        opening = Promise.resolve();
      } else {
        // Nothing to read from it: the work's first statement is queued right behind it and goes out
        // with it (pipeline mode), one round trip for both. Its failure is reported below, or makes the
        // work's statements fail first.
        opening = scoped.open(beginSql);
        opening.catch(() => undefined);
      }
      // The brand is a type only: the same object is a TenantTx or a SystemTx as its context says.
      const tx = viewOf(scoped, context) as Tx;
      const result = await this.cls.run({ ifNested: 'inherit' }, () => {
        this.cls.set(CURRENT_TX, tx);
        return work(tx, preludeRows);
      });
      await opening;
      if (readOnly) {
        // Queued now, answered later: the connection is released below while it is in flight. A read-only
        // transaction's COMMIT only ends it; should it fail (the connection broke), the next unit of work
        // queued behind it on this connection fails with it, and pg drops the connection.
        scoped.commit(tx.context).catch(() => undefined);
      } else {
        await scoped.commit(tx.context);
      }
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw error;
    } finally {
      // A connection whose ROLLBACK failed is not reusable: hand it back with the error so pg destroys it.
      connection.release(broken);
    }
  }

  /**
   * Runs part of the open unit of work as another tenant, in the same transaction: RLS then checks each
   * statement against that tenant. For the few actions Root takes on a tenant's behalf (provisioning it,
   * inviting its first manager), so the change and its outbox event commit atomically with Root's audit.
   * The caller has authorised the action; this only moves the RLS scope.
   */
  async onBehalfOf<C extends DbContext, T>(context: C, work: (tx: TxFor<C>) => Promise<T>): Promise<T> {
    const outer = this.tx();
    // Its statements run in `context`, the outer transaction's in its own: the connection changes scope
    // when the next statement needs it (ScopedConnection), not on the way in and out of here.
    const scoped = viewOf((outer as Tx & { [CONNECTION]: ScopedConnection })[CONNECTION], context) as Tx;
    return this.cls.run({ ifNested: 'inherit' }, () => {
      this.cls.set(CURRENT_TX, scoped);
      return work(scoped as TxFor<C>);
    });
  }

  /** The transaction open in this unit of work, if any. */
  current(): Tx | undefined {
    return this.cls.isActive() ? this.cls.get<Tx | undefined>(CURRENT_TX) : undefined;
  }

  /** The open transaction, whatever its kind. */
  tx(): Tx {
    const tx = this.current();
    if (!tx) throw new NoTransactionError();
    return tx;
  }

  /**
   * The open transaction when it is a tenant's: for the services that record in the caller's
   * transaction (the outbox, the audit log), which need a tenant. Throws outside one.
   */
  tenantTx(): TenantTx {
    const tx = this.tx();
    if (!isTenantTx(tx)) throw new NoTransactionError('tenant transaction');
    return tx;
  }
}

/** A view of a transaction in `context`: its statements run in that scope, whatever the other views do. */
function viewOf(connection: ScopedConnection, context: DbContext): OpenTx {
  setContextSql(context); // an invalid context fails here, before any work
  let current = context;
  return {
    [CONNECTION]: connection,
    get context() {
      return current;
    },
    rescope: (next: DbContext) => {
      if (next.tenantId !== current.tenantId || next.userId !== current.userId) {
        return Promise.reject(
          new Error('rescope may change the tenant kind only, not the tenant or the user'),
        );
      }
      setContextSql(next);
      current = next; // set on the connection with the next statement
      return Promise.resolve();
    },
    query: <R extends QueryResultRow>(sql: string, params?: readonly unknown[]) =>
      connection.send<R>(
        current,
        params && params.length > 0
          ? { name: statementName(sql), text: sql, values: params as unknown[] }
          : { text: sql },
      ),
  } as OpenTx;
}

/** Whether the transaction's context names a tenant (a SystemTx inside `onBehalfOf` does). */
export function isTenantTx(tx: Tx): tx is TenantTx {
  return tx.context.tenantId !== null;
}

/**
 * Parameterised statements are prepared once per connection under a name derived from their text, so
 * PostgreSQL parses each once per connection and, once it settles on a generic plan, stops re-planning it
 * (planning the project list under RLS costs more than running it). A statement with parameters is always
 * a single command, which is all a prepared statement may hold. The statements a connection holds are
 * bounded by the distinct SQL texts the code builds (filters are parameters, never inlined values); this
 * map only caches their names.
 */
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `j${createHash('sha1').update(sql).digest('hex')}`;
    if (statementNames.size >= MAX_STATEMENT_NAMES) statementNames.clear();
    statementNames.set(sql, name);
  }
  return name;
}
const statementNames = new Map<string, string>();
const MAX_STATEMENT_NAMES = 10_000;
