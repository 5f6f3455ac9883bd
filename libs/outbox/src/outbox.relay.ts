import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { NO_TENANT, TransactionRunner } from '@jazari/database';
import { isDefinedJob, jobDefinition, QueueProducer, type EnqueueItem } from '@jazari/queue';
import { endSpan, Metrics, startPublishSpan } from '@jazari/telemetry';
import type { Span } from '@opentelemetry/api';
import pg from 'pg';
import { OutboxRepository, type ClaimedOutboxEvent } from './outbox.repository.js';

export const OUTBOX_CHANNEL = 'outbox_event';

/**
 * Moves committed outbox events to BullMQ. A trigger NOTIFYs on insert (delivered at commit, so only
 * committed events wake it); a short poll covers missed notifications and re-publishes events that were
 * published but not done in time (Redis lost them, or a worker died). Several replicas can run: claims
 * use FOR UPDATE SKIP LOCKED.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private wakeAgain = false;
  private stopping = false;
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly repository: OutboxRepository,
    private readonly producer: QueueProducer,
    private readonly metrics: Metrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.metrics.sample('outbox', async () => {
      const backlog = await this.transactions.run(NO_TENANT, (tx) => this.repository.backlog(tx));
      this.metrics.outboxPending.set({ state: 'pending' }, backlog.pending);
      this.metrics.outboxPending.set({ state: 'unpublished' }, backlog.unpublished);
      this.metrics.outboxOldestPendingAge.set(
        backlog.oldestPendingAt ? Math.max(0, (Date.now() - backlog.oldestPendingAt.getTime()) / 1_000) : 0,
      );
    });
    await this.listen();
    this.timer = setInterval(() => this.wake(), this.config.outbox.pollIntervalMs);
    this.wake();
  }

  /** Starts a drain, or asks the running one to go round again. */
  wake(): void {
    if (this.stopping) return;
    if (this.running) {
      this.wakeAgain = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
    });
  }

  /** Publishes until nothing is left to claim; resolves when idle. For tests and benchmarks too. */
  async drain(): Promise<void> {
    do {
      this.wakeAgain = false;
      let claimed: number;
      do {
        try {
          claimed = await this.publishBatch();
        } catch (error) {
          // Redis or PostgreSQL is down: the claim rolled back; the next poll tries again.
          this.logger.warn({ err: error }, 'outbox relay could not publish; will retry');
          return;
        }
      } while (claimed === this.config.outbox.batchSize && !this.stopping);
    } while (this.wakeAgain && !this.stopping);
  }

  private publishBatch(): Promise<number> {
    return this.transactions.run(NO_TENANT, async (tx) => {
      const events = await this.repository.claim(
        tx,
        this.config.outbox.batchSize,
        this.config.outbox.republishAfterMs,
      );
      if (events.length === 0) return 0;
      // An event this release does not know (written by a newer or an older one) must not block the
      // others: it stays claimed, unpublished in Redis, and is offered again after the republish delay.
      const known = events.filter((event) => isDefinedJob(event.type));
      for (const event of events.filter((e) => !isDefinedJob(e.type))) {
        this.logger.error(
          { eventId: event.id, type: event.type },
          'outbox event of an unknown type; will retry',
        );
      }
      const spans: Span[] = [];
      const items: EnqueueItem[] = known.map((event) => {
        const traced = startPublishSpan(event.traceContext, `outbox publish ${event.type}`, {
          'jazari.event.id': event.id,
          'jazari.event.type': event.type,
          'jazari.event.publish_count': event.publishCount,
        });
        if (traced) spans.push(traced.span);
        return {
          name: event.type,
          envelope: {
            v: event.version,
            eventId: event.id,
            tenantId: event.tenantId,
            payload: event.payload as never,
          },
          // Published before and not done: whatever became of the first job (failed for a reason that is
          // not its handler's, completed, lost), this one must run.
          republish: event.publishCount > 1,
          traceMetadata: traced?.metadata,
        };
      });
      try {
        // Inside the claim's transaction: if Redis refuses, the claim rolls back and nothing is marked published.
        // Notices go in carriers of QUEUE_BATCH_SIZE events, one BullMQ job each (ADR 0029).
        if (items.length > 0)
          await this.producer.enqueueMany(items, { carrierSize: this.config.queue.batchSize });
      } catch (error) {
        for (const span of spans) endSpan(span, error);
        throw error;
      }
      for (const span of spans) endSpan(span);
      this.countPublished(known);
      return events.length;
    });
  }

  /** Relay lag (the event's id is a UUIDv7: it carries the time it was written) and publications. */
  private countPublished(events: readonly ClaimedOutboxEvent[]): void {
    const now = Date.now();
    for (const event of events) {
      const queue = jobDefinition(event.type).queue;
      const republished = event.publishCount > 1;
      this.metrics.outboxPublished.inc({ queue, republished: String(republished) });
      if (!republished) {
        const written = parseInt(event.id.replace(/-/g, '').slice(0, 12), 16);
        this.metrics.outboxRelayLag.observe({ queue }, Math.max(0, now - written) / 1_000);
      }
    }
  }

  private async listen(): Promise<void> {
    const url = this.config.database.url;
    if (!url) throw new Error('DATABASE_URL is not set');
    const client = new pg.Client({ connectionString: url, application_name: 'jazari-outbox-relay' });
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'outbox listener lost its connection; polling until it is back');
      this.scheduleReconnect();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = client;
    } catch (error) {
      await client.end().catch(() => undefined);
      this.logger.warn({ err: error }, 'outbox listener could not connect; polling until it can');
      this.scheduleReconnect();
    }
  }

  private scheduleReconnect(): void {
    if (this.stopping || this.reconnectTimer) return;
    const old = this.listener;
    this.listener = undefined;
    void old?.end().catch(() => undefined);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.listen();
    }, 1_000);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    clearTimeout(this.reconnectTimer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }
}
