import { Logger } from '@nestjs/common';
import pg from 'pg';

/** A connection taken from the pool; `release(error)` with an error destroys it instead of reusing it. */
export interface PooledConnection {
  readonly client: pg.PoolClient;
  release(error?: Error): void;
}

/** What the pool holds now (pg keeps the counts; nothing is counted per query). */
export interface PoolCounts {
  readonly total: number;
  readonly idle: number;
  readonly waiting: number;
}

/**
 * Our own small handle on a `pg` pool (docs/adr/0023-own-pg-pool-for-runtime-transactions.md). The
 * runtime opens its transactions with one simple-protocol message of its own and must be able to
 * destroy a connection whose ROLLBACK failed; TypeORM's QueryRunner offers neither through its public
 * API, so the API and the worker talk to `pg` through this type. TypeORM keeps the migrations.
 */
export class DatabasePool {
  private readonly logger: Logger;
  private readonly pool: pg.Pool;

  constructor(config: pg.PoolConfig, name = 'DatabasePool') {
    this.logger = new Logger(name);
    this.pool = new pg.Pool(config);
    // An idle connection that fails (the server restarted) is dropped by pg; without a listener the error
    // would crash the process.
    this.pool.on('error', (error) =>
      this.logger.warn({ err: error }, 'an idle PostgreSQL connection failed'),
    );
  }

  /** A pool that has connected once: boot fails when the database does not answer. */
  static async open(config: pg.PoolConfig, name?: string): Promise<DatabasePool> {
    const pool = new DatabasePool(config, name);
    try {
      const connection = await pool.connect();
      connection.release();
    } catch (error) {
      await pool.close().catch(() => undefined);
      throw error;
    }
    return pool;
  }

  async connect(): Promise<PooledConnection> {
    const client = await this.pool.connect();
    let released = false;
    return {
      client,
      release: (error?: Error) => {
        if (released) return;
        released = true;
        client.release(error ?? false);
      },
    };
  }

  /** One statement outside any transaction (health probes, the replica's probe). */
  async query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<R[]> {
    return (await this.pool.query<R>(sql, params as unknown[] | undefined)).rows;
  }

  counts(): PoolCounts {
    return { total: this.pool.totalCount, idle: this.pool.idleCount, waiting: this.pool.waitingCount };
  }

  get ended(): boolean {
    return this.pool.ended;
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}
