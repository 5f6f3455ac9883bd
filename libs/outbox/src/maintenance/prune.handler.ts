import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, Clock, type AppConfig } from '@jazari/config';
import { NO_TENANT, TransactionRunner } from '@jazari/database';
import { JobHandler } from '@jazari/queue';
import { pruneJob } from './prune.jobs.js';

export interface PruneResult {
  readonly outboxEvents: number;
  readonly handled: number;
  readonly refreshTokens: number;
  readonly sessions: number;
  /** Idempotency keys past their 24 hours (docs/problems.md#idempotency-key). */
  readonly idempotencyKeys: number;
  /** Sign-in's short-lived rows a day past their expiry: reset links, second-factor, passkey and SSO challenges. */
  readonly signInLeftovers: number;
}

const DAY_MS = 86_400_000;
/** An idempotency key's first answer is replayed for 24 hours. */
const IDEMPOTENCY_KEY_MS = DAY_MS;
/** A reset link or a sign-in challenge is kept a day past its expiry (so the page can still say "expired"). */
const SIGN_IN_LEFTOVER_MS = DAY_MS;

/**
 * Hourly housekeeping: done outbox events (and their handled-ledger rows) older than
 * OUTBOX_RETENTION_DAYS, and sessions that ended more than SESSION_RETENTION_DAYS ago with their refresh
 * tokens. The deletion is one SECURITY DEFINER function (`maintenance_prune`): the rows span every
 * tenant, and it removes only what nothing can use any more. Idempotency keys past their 24 hours, and
 * sign-in's short-lived rows (reset links, second-factor, passkey and SSO challenges) a day after they
 * expired, go the same way (`idempotency_prune`, `sign_in_leftovers_prune`).
 */
@Injectable()
export class PruneHandler {
  private readonly logger = new Logger(PruneHandler.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  @JobHandler(pruneJob)
  async handle(): Promise<void> {
    const result = await this.prune();
    if (Object.values(result).some((n) => n > 0)) this.logger.log(result, 'pruned');
  }

  async prune(): Promise<PruneResult> {
    const now = this.clock.now().getTime();
    const rows = await this.transactions.run(NO_TENANT, (tx) =>
      tx.query<{ outbox_events: string; handled: string; refresh_tokens: string; sessions: string }>(
        `SELECT outbox_events, handled, refresh_tokens, sessions FROM maintenance_prune($1, $2)`,
        [
          new Date(now - this.config.retention.outboxDays * DAY_MS),
          new Date(now - this.config.retention.sessionDays * DAY_MS),
        ],
      ),
    );
    const keys = await this.transactions.run(NO_TENANT, (tx) =>
      tx.query<{ n: string }>(`SELECT idempotency_prune($1) AS n`, [new Date(now - IDEMPOTENCY_KEY_MS)]),
    );
    const leftovers = await this.transactions.run(NO_TENANT, (tx) =>
      tx.query<Record<string, string>>(`SELECT * FROM sign_in_leftovers_prune($1)`, [
        new Date(now - SIGN_IN_LEFTOVER_MS),
      ]),
    );
    const row = rows[0];
    return {
      outboxEvents: Number(row.outbox_events),
      handled: Number(row.handled),
      refreshTokens: Number(row.refresh_tokens),
      sessions: Number(row.sessions),
      idempotencyKeys: Number(keys[0].n),
      signInLeftovers: Object.values(leftovers[0]).reduce((sum, n) => sum + Number(n), 0),
    };
  }
}
