import { createHash } from 'node:crypto';
import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import type { PoolClient, QueryResult, QueryResultRow } from 'pg';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { ReadReplica } from './read-replica.js';
import { beginTransactionSql, setContextSql, type DbContext } from './tenant-context.js';

const CURRENT_TX = Symbol('jazari.tx');

/** The open transaction of the current unit of work. */
export interface Tx {
  readonly context: DbContext;
  /**
   * Narrows the unit of work's scope once more is known about the caller (an API key's tenant kind is
   * read with the key): sets the new values for RLS and records them as this transaction's context.
   */
  rescope(context: DbContext): Promise<void>;
  /** Raw parameterised SQL on the transaction's connection; returns the rows. */
  query<R extends QueryResultRow = QueryResultRow>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** TypeORM's manager bound to the same connection, for QueryBuilder use in repositories. */
  readonly manager: EntityManager;
}

export class NoTransactionError extends Error {
  constructor() {
    super('No tenant transaction is open: wrap the work in TransactionRunner.run()');
    this.name = 'NoTransactionError';
  }
}

/**
 * Runs a unit of work in one PostgreSQL transaction whose first message sets the tenant for RLS.
 * The transaction travels with the async call chain (nestjs-cls), so repositories find it without
 * it being threaded through every signature.
 */
@Injectable()
export class TransactionRunner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
  async read<T>(context: DbContext, work: (tx: Tx) => Promise<T>): Promise<T> {
    const replica = await this.replica?.usable();
    if (replica) {
      let connected = false;
      try {
        return await this.begin(replica, context, undefined, (tx) => {
          connected = true;
          this.replica!.counted('replica');
          return work(tx);
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

  async run<T>(context: DbContext, work: (tx: Tx) => Promise<T>): Promise<T> {
    const open = this.current();
    if (open) {
      if (open.context.tenantId !== context.tenantId || open.context.userId !== context.userId) {
        throw new Error('A transaction for another tenant or user is already open in this unit of work');
      }
      return work(open);
    }
    return this.begin(this.dataSource, context, undefined, (tx) => work(tx));
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
  runIndependently<T>(context: DbContext, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.begin(this.dataSource, context, undefined, (tx) => work(tx));
  }

  /**
   * Opens a unit of work whose first message also runs `prelude` (one statement, no parameters: values
   * must already be validated literals), and hands its rows to `work`: the request's access check rides
   * on the round trip that opens the transaction.
   */
  runWithPrelude<T>(
    context: DbContext,
    prelude: string,
    work: (tx: Tx, preludeRows: QueryResultRow[]) => Promise<T>,
  ): Promise<T> {
    if (this.current()) throw new Error('runWithPrelude opens a unit of work; one is already open');
    return this.begin(this.dataSource, context, prelude, work);
  }

  private async begin<T>(
    dataSource: DataSource,
    context: DbContext,
    prelude: string | undefined,
    work: (tx: Tx, preludeRows: QueryResultRow[]) => Promise<T>,
  ): Promise<T> {
    const beginSql = beginTransactionSql(context) + (prelude ? `; ${prelude}` : '');
    const runner = dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    let broken: Error | undefined;
    try {
      const opened = (await client.query(beginSql)) as unknown as QueryResult[];
      const last = opened[opened.length - 1];
      const preludeRows: QueryResultRow[] = prelude && last ? (last.rows as QueryResultRow[]) : [];
      markTransactionOpen(runner);
      let current = context;
      const tx: Tx = {
        get context() {
          return current;
        },
        rescope: async (next: DbContext) => {
          if (next.tenantId !== current.tenantId || next.userId !== current.userId) {
            throw new Error('rescope may change the tenant kind only, not the tenant or the user');
          }
          await client.query(setContextSql(next));
          current = next;
        },
        manager: runner.manager,
        query: async <R extends QueryResultRow>(sql: string, params?: readonly unknown[]) =>
          (
            await client.query<R>(
              params && params.length > 0
                ? { name: statementName(sql), text: sql, values: params as unknown[] }
                : { text: sql },
            )
          ).rows,
      };
      const result = await this.cls.run({ ifNested: 'inherit' }, () => {
        this.cls.set(CURRENT_TX, tx);
        return work(tx, preludeRows);
      });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw error;
    } finally {
      markTransactionClosed(runner);
      // A connection whose ROLLBACK failed is not reusable: hand pg-pool the error so it destroys it.
      const releasable = runner as unknown as { releasePostgresConnection(err?: Error): Promise<void> };
      await releasable.releasePostgresConnection(broken).catch(() => undefined);
    }
  }

  /**
   * Runs part of the open unit of work as another tenant, in the same transaction: RLS then checks each
   * statement against that tenant. For the few actions Root takes on a tenant's behalf (provisioning it,
   * inviting its first manager), so the change and its outbox event commit atomically with Root's audit.
   * The caller has authorised the action; this only moves the RLS scope.
   */
  async onBehalfOf<T>(context: DbContext, work: (tx: Tx) => Promise<T>): Promise<T> {
    const outer = this.tx();
    const scoped: Tx = { ...outer, context };
    await outer.query(setContextSql(context));
    try {
      return await this.cls.run({ ifNested: 'inherit' }, () => {
        this.cls.set(CURRENT_TX, scoped);
        return work(scoped);
      });
    } finally {
      // If the work failed, the transaction is rolling back anyway and this may fail too; that is fine.
      await outer.query(setContextSql(outer.context)).catch(() => undefined);
    }
  }

  /** The transaction open in this unit of work, if any. */
  current(): Tx | undefined {
    return this.cls.isActive() ? this.cls.get<Tx | undefined>(CURRENT_TX) : undefined;
  }

  /** The open transaction; repositories call this, so they cannot run outside a tenant transaction. */
  tx(): Tx {
    const tx = this.current();
    if (!tx) throw new NoTransactionError();
    return tx;
  }
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

// TypeORM tracks transaction state itself; we open the transaction with our own one-round-trip message,
// so tell it, or a nested `manager.transaction()` would send BEGIN/COMMIT instead of savepoints.
function markTransactionOpen(runner: QueryRunner): void {
  const state = runner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  state.isTransactionActive = true;
  state.transactionDepth = 1;
}

function markTransactionClosed(runner: QueryRunner): void {
  const state = runner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  state.isTransactionActive = false;
  state.transactionDepth = 0;
}
