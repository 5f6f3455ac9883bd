import 'reflect-metadata';
import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@jazari/config';
import { TransactionRunner, uuidv7, type TenantContext } from '@jazari/database';
import { OutboxService } from '@jazari/outbox';
import { defineJob, JobHandler, type JobEnvelope, type PayloadOf } from '@jazari/queue';
import { createWorker } from '@jazari/worker';
import { startTestServices, type TestServices } from '../scripts/lib/test-services.js';
import { benchConfig, removeQueues } from './lib/services.js';
import { size, SMOKE } from './lib/smoke.js';

/**
 * `npm run bench:outbox`: how long an outbox event takes from the commit of the transaction that wrote
 * it to the start of its handler, through the whole path (NOTIFY at commit, relay claim, BullMQ, the
 * worker's tenant transaction). The emitter and the handler run in this one process, so both ends are
 * read from the same monotonic clock (`performance.now()`).
 *
 * Two modes, each over EVENTS events after a warm-up that is not counted:
 *   - sequential: one event at a time, the next only once the previous was handled (pure latency, the
 *     LISTEN/NOTIFY wake-up path, nothing queued);
 *   - paced: events committed at a steady PACED_RATE per second, open loop, without waiting for them to
 *     be handled (latency under a steady load).
 *
 * Services come from `startTestServices` (TEST_DATABASE_URL / TEST_REDIS_URL, else the local ones, else
 * embedded ones) with a fresh database; everything the benchmark starts is stopped before it exits.
 */

const EVENTS = size('BENCH_EVENTS', 1_000, 20);
const WARM_UP_EVENTS = SMOKE ? 5 : 50;
const PACED_RATE = 200;
/** How long one event, or the tail of the paced run, may take before the run is declared broken. */
const HANDLED_TIMEOUT_MS = 30_000;

const benchOutboxLatencyJob = defineJob<{ label: string }>('bench.outbox_latency', {
  queue: 'maintenance',
  version: 1,
  attempts: 3,
  backoff: { type: 'fixed', delay: 50 },
});

/** When the handler first saw each event, by label; the emitter waits on it. */
class HandledLog {
  private readonly handledAt = new Map<string, number>();
  private readonly waiters = new Map<string, (at: number) => void>();
  /** Deliveries of an event already handled: the idempotent runner should keep this at zero. */
  duplicates = 0;

  record(label: string): void {
    const at = performance.now();
    if (this.handledAt.has(label)) {
      this.duplicates += 1;
      return;
    }
    this.handledAt.set(label, at);
    this.waiters.get(label)?.(at);
    this.waiters.delete(label);
  }

  /** Resolves with the time the event was handled (at once if it already was). */
  async when(label: string, timeoutMs = HANDLED_TIMEOUT_MS): Promise<number> {
    const known = this.handledAt.get(label);
    if (known !== undefined) return known;
    const timeout = new AbortController();
    const handled = new Promise<number>((resolve) => this.waiters.set(label, resolve));
    try {
      return await Promise.race([
        handled,
        sleep(timeoutMs, undefined, { signal: timeout.signal }).then(() => {
          throw new Error(`event "${label}" was not handled within ${timeoutMs} ms`);
        }),
      ]);
    } finally {
      timeout.abort(); // cancels the timer, so it does not keep the process alive
      this.waiters.delete(label);
    }
  }
}

// Module scope: the handler is instantiated by Nest, the emitter reads the same log.
const handledLog = new HandledLog();

@Injectable()
class BenchHandler {
  @JobHandler(benchOutboxLatencyJob)
  handle(envelope: JobEnvelope<PayloadOf<typeof benchOutboxLatencyJob>>): Promise<void> {
    handledLog.record(envelope.payload.label);
    return Promise.resolve();
  }
}
@Module({ providers: [BenchHandler] })
class BenchHandlerModule {}

interface Summary {
  readonly events: number;
  readonly medianMs: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly meanMs: number;
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

function summarise(latencies: readonly number[]): Summary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (ms: number): number => Math.round(ms * 100) / 100;
  return {
    events: sorted.length,
    medianMs: round(percentile(sorted, 50)),
    p90Ms: round(percentile(sorted, 90)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? Number.NaN),
    meanMs: round(sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length),
  };
}

/** Emits events and times them; one instance per worker app. */
class LatencyProbe {
  private readonly transactions: TransactionRunner;
  private readonly outbox: OutboxService;

  constructor(
    worker: NestFastifyApplication,
    private readonly tenant: TenantContext,
  ) {
    this.transactions = worker.get(TransactionRunner);
    this.outbox = worker.get(OutboxService);
  }

  /** Writes one event in its own tenant transaction; returns the time right after COMMIT returned. */
  private async commit(label: string): Promise<number> {
    await this.transactions.run(this.tenant, (tx) => this.outbox.emit(tx, benchOutboxLatencyJob, { label }));
    return performance.now();
  }

  /** One event at a time: commit, wait until handled, next. */
  async sequential(prefix: string, count: number): Promise<number[]> {
    const latencies: number[] = [];
    for (let i = 0; i < count; i++) {
      const label = `${prefix}-${i}`;
      const committedAt = await this.commit(label);
      latencies.push((await handledLog.when(label)) - committedAt);
    }
    return latencies;
  }

  /**
   * Open loop: event i starts at start + i / rate whatever happened to the earlier ones (commits may
   * overlap), then waits for all of them to be handled. Returns the latencies and the achieved rate.
   */
  async paced(
    prefix: string,
    count: number,
    ratePerSecond: number,
  ): Promise<{ latencies: number[]; rate: number }> {
    const intervalMs = 1_000 / ratePerSecond;
    const labels = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
    const commits: Promise<number>[] = [];
    const start = performance.now();
    for (const [i, label] of labels.entries()) {
      const wait = start + i * intervalMs - performance.now();
      if (wait > 0) await sleep(wait);
      const committed = this.commit(label);
      committed.catch(() => undefined); // reported by Promise.all below; avoids an unhandled rejection meanwhile
      commits.push(committed);
    }
    const lastStart = performance.now();
    const committedAt = await Promise.all(commits);
    const handledAt = await Promise.all(labels.map((label) => handledLog.when(label)));
    return {
      latencies: handledAt.map((at, i) => at - committedAt[i]),
      rate: count > 1 ? ((count - 1) * 1_000) / (lastStart - start) : Number.NaN,
    };
  }
}

function printTable(rows: readonly { mode: string; summary: Summary }[]): void {
  const header = ['mode', 'events', 'median', 'p90', 'p99', 'max', 'mean'];
  const lines = rows.map(({ mode, summary: s }) => [
    mode,
    String(s.events),
    ...[s.medianMs, s.p90Ms, s.p99Ms, s.maxMs, s.meanMs].map((ms) => ms.toFixed(2)),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((line) => line[c].length)));
  const format = (cells: readonly string[]): string =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  console.log(format(header));
  for (const line of lines) console.log(format(line));
}

async function main(): Promise<void> {
  const log = (line: string): void => void process.stderr.write(`[bench services] ${line}\n`);
  let services: TestServices | undefined;
  let config: AppConfig | undefined;
  let worker: NestFastifyApplication | undefined;
  try {
    services = await startTestServices(
      { databaseUrl: process.env.TEST_DATABASE_URL, redisUrl: process.env.TEST_REDIS_URL },
      log,
    );
    config = benchConfig(services.env);
    worker = await createWorker(config, { handlers: [BenchHandlerModule] });
    const probe = new LatencyProbe(worker, { tenantId: uuidv7(), tenantKind: 'institute', userId: null });

    console.log(
      `outbox commit→handled latency, in ms (poll interval ${config.outbox.pollIntervalMs} ms, ` +
        `batch ${config.outbox.batchSize}, pool ${config.database.poolSize}, default settings)`,
    );
    await probe.sequential('warm-up', WARM_UP_EVENTS);

    const sequential = summarise(await probe.sequential('sequential', EVENTS));
    const paced = await probe.paced('paced', EVENTS, PACED_RATE);
    const pacedSummary = summarise(paced.latencies);

    printTable([
      { mode: 'sequential', summary: sequential },
      { mode: `paced ${PACED_RATE}/s`, summary: pacedSummary },
    ]);
    console.log(
      `paced mode achieved ${paced.rate.toFixed(1)} events/s; duplicate deliveries: ${handledLog.duplicates}`,
    );
    console.log(
      JSON.stringify({
        bench: 'outbox-latency',
        pollIntervalMs: config.outbox.pollIntervalMs,
        warmUpEvents: WARM_UP_EVENTS,
        sequential,
        paced: { targetRate: PACED_RATE, achievedRate: Math.round(paced.rate * 10) / 10, ...pacedSummary },
        duplicates: handledLog.duplicates,
      }),
    );
  } finally {
    // The worker first (it finishes running jobs and closes its pools), then its queues, then the
    // database it used; a failing step does not keep the next ones from running.
    try {
      await worker?.close();
      if (config) await removeQueues(config);
    } finally {
      await services?.stop();
    }
  }
}

try {
  await main();
} catch (error) {
  console.error('outbox latency benchmark failed:', error);
  process.exitCode = 1;
}
