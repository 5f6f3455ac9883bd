import type { AppConfig, RedisTarget } from '@jazari/config';
import { tracingEnabled } from '@jazari/telemetry';
import { BullMQOtel } from 'bullmq-otel';
import {
  createPostgresBackend,
  Queue,
  runMigrations,
  Worker,
  type PostgresConnectionOptions,
  type Processor,
  type Telemetry,
  type WorkerOptions,
} from 'bullmq';
import { Cluster } from 'ioredis';
import pg from 'pg';
import { createRedis, RedisUnavailableError, whenConnected, withinGrace, type RedisClient } from './redis.js';

export type QueueBackendKind = 'redis' | 'postgres';

/** A worker and what must be closed after it. */
export interface WorkerHandle {
  readonly worker: Worker;
  /** Stops taking jobs, waits for the running ones, then closes the connections. */
  close(): Promise<void>;
  /** Closes at once without waiting for anything (a shutdown out of time, the store unreachable). */
  abandon(): void;
}

export type WorkerHandleOptions = Pick<
  WorkerOptions,
  'concurrency' | 'autorun' | 'lockDuration' | 'stalledInterval' | 'maxStalledCount'
>;

/**
 * The one seam between Jazari and where BullMQ keeps its queues: Redis (production) or BullMQ's
 * PostgreSQL backend (`npm start` on a machine with nothing but Node.js; docs/adr/0010-start-anywhere.md).
 * Everything that builds a Queue or a Worker, or asks whether the queues are reachable, goes through it.
 */
export interface QueueConnection {
  readonly backend: QueueBackendKind;
  /** The producer's Redis client; undefined on PostgreSQL (the login throttle has a client of its own). */
  readonly redis: RedisClient | undefined;
  /** The pool for PostgreSQL-side helpers (the login throttle's counters); undefined on Redis. */
  readonly pool: pg.Pool | undefined;
  /** Resolves when the store takes commands; a producer fails fast (RedisUnavailableError) otherwise. */
  whenReady(graceMs: number): Promise<void>;
  /** A round trip to the store, for readiness. */
  ping(): Promise<void>;
  /** Called each time a lost connection is back (schedulers are upserted again). */
  onReconnect(listener: () => void): void;
  queue(name: string): Queue;
  worker(name: string, processor: Processor, options: WorkerHandleOptions): WorkerHandle;
  close(): Promise<void>;
}

/** The PostgreSQL schema of a queue prefix: `{jazari}` → `bullmq_jazari` (each test suite has its own). */
export function queueSchema(prefix: string): string {
  return `bullmq_${prefix
    .replace(/[{}]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')}`.slice(0, 63);
}

class RedisQueueConnection implements QueueConnection {
  readonly backend = 'redis';
  readonly pool = undefined;
  readonly redis: RedisClient;

  constructor(
    private readonly target: RedisTarget,
    private readonly prefix: string,
    private readonly telemetry: Telemetry | undefined,
  ) {
    this.redis = createRedis(target, 'producer');
  }

  whenReady(graceMs: number): Promise<void> {
    return whenConnected(this.redis, graceMs);
  }

  async ping(): Promise<void> {
    // On a Cluster, PING reaches any node; the queues need the one holding the prefix's slot.
    if (this.redis instanceof Cluster) await this.redis.exists(`${this.prefix}:ready`);
    else await this.redis.ping();
  }

  onReconnect(listener: () => void): void {
    this.redis.on('ready', listener);
  }

  queue(name: string): Queue {
    return new Queue(name, { connection: this.redis, prefix: this.prefix });
  }

  worker(name: string, processor: Processor, options: WorkerHandleOptions): WorkerHandle {
    const connection = createRedis(this.target, 'worker', `jazari-worker-${name}`);
    const worker = new Worker(name, processor, {
      ...options,
      connection,
      prefix: this.prefix,
      telemetry: this.telemetry,
    });
    return {
      worker,
      close: async () => {
        await worker.close();
        await connection.quit().catch(() => connection.disconnect());
      },
      abandon: () => {
        void worker.close(true).catch(() => undefined);
        connection.disconnect();
      },
    };
  }

  async close(): Promise<void> {
    // QUIT waits for Redis; a Redis that is down would hold the shutdown: a second at most.
    await Promise.race([
      this.redis.quit().catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, 1_000).unref()),
    ]);
    this.redis.disconnect();
  }
}

class PostgresQueueConnection implements QueueConnection {
  readonly backend = 'postgres';
  readonly redis = undefined;
  readonly pool: pg.Pool;
  private readonly schema: string;
  private migrated: Promise<void> | undefined;
  private lastPingFailed = false;
  private readonly reconnectListeners: (() => void)[] = [];

  constructor(
    private readonly url: string,
    prefix: string,
    private readonly telemetry: Telemetry | undefined,
  ) {
    this.schema = queueSchema(prefix);
    this.pool = new pg.Pool({ connectionString: url, max: 3, connectionTimeoutMillis: 2_000 });
    this.pool.on('error', () => undefined); // an idle client lost: the next query reports it
  }

  /** BullMQ's own migrations, once per process (an advisory lock serialises concurrent processes). */
  private ensureSchema(): Promise<void> {
    this.migrated ??= (async () => {
      const client = await this.pool.connect();
      try {
        await runMigrations(client, this.schema);
      } finally {
        client.release();
      }
    })().catch((error: unknown) => {
      this.migrated = undefined;
      throw error;
    });
    return this.migrated;
  }

  private options(max: number): PostgresConnectionOptions {
    // migrate: whichever Queue or Worker connects first brings the schema up to date.
    return {
      connectionString: this.url,
      schema: this.schema,
      max,
      migrate: true,
      connectionTimeoutMillis: 5_000,
    };
  }

  async whenReady(graceMs: number): Promise<void> {
    try {
      // The grace counts the time PostgreSQL had to answer, not this process's event-loop lag.
      await withinGrace(this.ensureSchema(), graceMs, () => new Error('timeout'));
    } catch (error) {
      throw new RedisUnavailableError(
        `PostgreSQL queue store: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  async ping(): Promise<void> {
    try {
      await this.pool.query('SELECT 1');
      if (this.lastPingFailed) for (const listener of this.reconnectListeners) listener();
      this.lastPingFailed = false;
    } catch (error) {
      this.lastPingFailed = true;
      throw error;
    }
  }

  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  queue(name: string): Queue {
    return new Queue(name, { connection: this.options(2) }, createPostgresBackend) as unknown as Queue;
  }

  worker(name: string, processor: Processor, options: WorkerHandleOptions): WorkerHandle {
    const worker = new Worker(
      name,
      processor,
      { ...options, connection: this.options(2), telemetry: this.telemetry },
      createPostgresBackend,
    ) as unknown as Worker;
    return {
      worker,
      close: () => worker.close(),
      abandon: () => void worker.close(true).catch(() => undefined),
    };
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}

/** The queue connection the configuration asks for. */
export function createQueueConnection(config: AppConfig): QueueConnection {
  // Traced: each worker's `process` span continues the trace its job's metadata names (the relay's).
  const telemetry = tracingEnabled() ? new BullMQOtel({ tracerName: 'jazari-bullmq' }) : undefined;
  if (config.queue.backend === 'postgres') {
    if (!config.queue.postgresUrl) throw new Error('QUEUE_DATABASE_URL (or DATABASE_OWNER_URL) is not set');
    return new PostgresQueueConnection(config.queue.postgresUrl, config.redis.queuePrefix, telemetry);
  }
  if (!config.redis.target) throw new Error('REDIS_URL is not set');
  return new RedisQueueConnection(config.redis.target, config.redis.queuePrefix, telemetry);
}

/** Whether an error says the queue store is unreachable (either backend). */
export function isQueueUnavailable(error: unknown): boolean {
  return error instanceof RedisUnavailableError;
}
