import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '@jazari/config';
import type { Metrics } from '@jazari/telemetry';
import { runtimePoolConfig } from './data-source.js';
import { DatabasePool } from './database-pool.js';

/** How long one look at the replica (reachable, in recovery, its lag) is trusted. */
export const READ_REPLICA_PROBE_TTL_MS = 1_000;

/** What the last look at the replica found. */
export interface ReplicaState {
  readonly usable: boolean;
  /** Replay lag in ms; 0 when it has replayed all it received; null when it could not be read. */
  readonly lagMs: number | null;
  readonly reason: 'ok' | 'lagging' | 'not-a-standby' | 'unreachable';
}

// Lag is how long ago the last replayed transaction committed on the primary, but only while WAL
// received is not yet replayed: an idle primary sends nothing, and a caught-up replica is not late.
const PROBE_SQL = `
  SELECT pg_is_in_recovery() AS standby,
         CASE WHEN NOT pg_is_in_recovery() THEN NULL
              WHEN pg_last_wal_receive_lsn() IS NOT NULL
               AND pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
              ELSE COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000, 0)
         END::float8 AS lag_ms`;

/**
 * The optional PostgreSQL hot standby of DATABASE_READ_URL (docs/adr/0019-read-replica-routing.md): a
 * second pool, same runtime role and settings as the primary one, used by `TransactionRunner.read` while
 * the replica answers, is in recovery and lags at most DATABASE_READ_MAX_LAG_MS. What it found is cached
 * for a second, so a read costs no probe of its own.
 */
export class ReadReplica implements OnApplicationShutdown {
  private readonly logger = new Logger(ReadReplica.name);
  private source: DatabasePool | undefined;
  private connecting: Promise<DatabasePool> | undefined;
  private last: { readonly at: number; readonly state: ReplicaState } | undefined;
  private probing: Promise<ReplicaState> | undefined;

  constructor(
    private readonly config: AppConfig,
    private readonly applicationName: string,
    private readonly metrics?: Metrics,
  ) {}

  /** Counts a read by the server that ran it (`jazari_db_reads_total`). */
  counted(server: 'replica' | 'primary'): void {
    this.metrics?.dbReads.inc({ server });
  }

  get configured(): boolean {
    return this.config.database.readUrl !== undefined;
  }

  /** The replica's pool when a read may go there now; undefined: read the primary. */
  async usable(): Promise<DatabasePool | undefined> {
    if (!this.configured) return undefined;
    const state = await this.state();
    return state.usable ? this.source : undefined;
  }

  /** The cached state, probed again when older than a second (one probe at a time). */
  async state(): Promise<ReplicaState> {
    if (this.last && Date.now() - this.last.at < READ_REPLICA_PROBE_TTL_MS) return this.last.state;
    this.probing ??= this.probe().finally(() => (this.probing = undefined));
    return this.probing;
  }

  /** A connection to the replica failed: read the primary until the next probe. */
  markUnreachable(error: unknown): void {
    this.remember({ usable: false, lagMs: null, reason: 'unreachable' }, error);
  }

  private async probe(): Promise<ReplicaState> {
    let state: ReplicaState;
    try {
      const source = await this.connect();
      const [row] = await source.query<{ standby: boolean; lag_ms: number | null }>(PROBE_SQL);
      if (!row.standby) state = { usable: false, lagMs: null, reason: 'not-a-standby' };
      else {
        const lagMs = Math.round(row.lag_ms ?? 0);
        state =
          lagMs <= this.config.database.readMaxLagMs
            ? { usable: true, lagMs, reason: 'ok' }
            : { usable: false, lagMs, reason: 'lagging' };
      }
      this.remember(state);
    } catch (error) {
      state = { usable: false, lagMs: null, reason: 'unreachable' };
      this.remember(state, error);
    }
    return state;
  }

  private remember(state: ReplicaState, error?: unknown): void {
    const before = this.last?.state.reason;
    this.last = { at: Date.now(), state };
    this.metrics?.dbReplicaLag.set(state.lagMs === null ? -1 : state.lagMs / 1000);
    if (before !== state.reason) {
      const message =
        state.reason === 'ok'
          ? 'reads go to the replica'
          : `reads go to the primary: the replica is ${state.reason.replace(/-/g, ' ')}`;
      this.logger.warn({ lagMs: state.lagMs, err: error }, message);
    }
  }

  private connect(): Promise<DatabasePool> {
    if (this.source && !this.source.ended) return Promise.resolve(this.source);
    this.connecting ??= (async () => {
      const source = await DatabasePool.open(
        {
          ...runtimePoolConfig(this.config, `${this.applicationName}-read`, this.config.database.readUrl),
          // A replica that does not answer must not hold a read up: the primary serves it instead.
          connectionTimeoutMillis: 2_000,
        },
        'ReadReplicaPool',
      );
      this.source = source;
      return source;
    })().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.source?.close();
  }
}
