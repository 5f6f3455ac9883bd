import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { NO_TENANT, TransactionRunner } from '@jazari/database';
import { JobHandler } from '@jazari/queue';
import { reclaimJob } from './reclaim.jobs.js';

export interface ReclaimResult {
  /** E-mails left `sending`, now `failed` (abandoned) and sent again by their event's next run. */
  readonly emails: number;
  /** Webhook attempts started and never finished, now closed as abandoned. */
  readonly webhookAttempts: number;
  /** Events not done that the relay publishes again at its next poll. */
  readonly events: number;
}

/**
 * Every minute: what a worker that died mid-send left behind — an e-mail claimed `sending`, a webhook
 * attempt started and never finished — is recorded as abandoned and its event published again at once,
 * instead of waiting for the relay's republish delay (docs/adr/0013-jobs-survive-their-workers.md).
 * A claim is abandoned when it is older than any live sender could still hold it: twice the longest send
 * timeout, and at least a lock's duration plus a stalled check.
 */
@Injectable()
export class ReclaimHandler {
  private readonly logger = new Logger(ReclaimHandler.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
  ) {}

  @JobHandler(reclaimJob)
  async handle(): Promise<void> {
    const result = await this.reclaim();
    if (Object.values(result).some((n) => n > 0)) this.logger.warn(result, 'reclaimed abandoned claims');
  }

  staleAfterMs(): number {
    const { mail, webhooks, queue } = this.config;
    return Math.max(
      2 * mail.timeoutMs,
      2 * webhooks.timeoutMs,
      queue.lockDurationMs + queue.stalledIntervalMs,
    );
  }

  async reclaim(staleAfterMs = this.staleAfterMs()): Promise<ReclaimResult> {
    const rows = await this.transactions.run(NO_TENANT, (tx) =>
      tx.query<{ emails: string; webhook_attempts: string; events: string }>(
        `SELECT emails, webhook_attempts, events FROM outbox_reclaim($1::interval)`,
        [`${staleAfterMs} milliseconds`],
      ),
    );
    const row = rows[0];
    return {
      emails: Number(row.emails),
      webhookAttempts: Number(row.webhook_attempts),
      events: Number(row.events),
    };
  }
}
