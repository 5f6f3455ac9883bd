import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import {
  jobDefinition,
  QUEUE_NAMES,
  type JobDefinition,
  type JobEnvelope,
  type JobName,
  type QueueName,
} from './job-catalog.js';
import { BATCHED_QUEUES, CARRIER_JOB_NAME, carrierJobId, type CarrierData } from './job-carrier.js';
import type { QueueConnection } from './queue-connection.js';
import { QUEUE_CONNECTION } from './queue.tokens.js';

/** How long a producer waits for a connection that is being (re)established before giving up. */
const CONNECT_GRACE_MS = 1_000;

export interface EnqueueItem {
  readonly name: JobName;
  readonly envelope: JobEnvelope;
  /**
   * A publication again (the outbox relay's, of an event not done in time): a job of the same id that
   * BullMQ still keeps as completed or failed is replaced, since BullMQ would otherwise ignore the add.
   * One waiting, delayed or active (a stalled one included: the stalled check hands it to a live worker)
   * is left as it is.
   */
  readonly republish?: boolean;
  /**
   * The trace the job continues (BullMQ's telemetry metadata: the relay's publication span), when tracing
   * is on; the worker's `process` span is its child.
   */
  readonly traceMetadata?: string;
  /** Not to run before this many milliseconds (an event split out of a carrier after its handler failed). */
  readonly delayMs?: number;
}

export interface EnqueueOptions {
  /**
   * Events of a batched queue (`BATCHED_QUEUES`) go in carriers of up to this many: one BullMQ job per
   * carrier instead of one per event (the outbox relay's publications; docs/adr/0029). At 1 or unset,
   * one job per event.
   */
  readonly carrierSize?: number;
}

/** States in which a job of the same id would make BullMQ ignore the add although nothing will run it. */
const FINISHED_STATES = new Set(['completed', 'failed']);

/** One queue's depth, for operators and readiness details. */
export interface QueueOverview {
  readonly queue: QueueName;
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  readonly failed: number;
  /** Seconds since the oldest waiting job was added; null when none waits. */
  readonly oldestWaitingAgeSeconds: number | null;
}

/**
 * A job's BullMQ options: its definition's attempts and backoff; completed jobs kept a day, failed ones
 * 14 days (their copy in `failed_job` stays).
 */
export function jobOptions(
  definition: { attempts: number; backoff?: JobDefinition['backoff'] },
  jobId: string,
): JobsOptions {
  return {
    jobId,
    attempts: definition.attempts,
    backoff: definition.backoff,
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 14 * 24 * 3600 },
  };
}

/**
 * Puts typed jobs on the BullMQ queues; the job id is the event id, so adding an event that is waiting or
 * running is a no-op, and a republished one replaces its finished job (`EnqueueItem.republish`). Asked
 * to (`EnqueueOptions.carrierSize`), it puts a batched queue's events in carriers instead: one job holding
 * several events, with an id of its own (`job-carrier.ts`).
 */
@Injectable()
export class QueueProducer implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(QUEUE_CONNECTION) private readonly connection: QueueConnection) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.connection.queue(name);
      queue.on('error', () => undefined); // surfaced by the failing add() and by readiness
      this.queues.set(name, queue);
    }
    return queue;
  }

  async enqueue<P>(job: JobDefinition<P>, envelope: JobEnvelope<NoInfer<P>>): Promise<void> {
    await this.enqueueMany([{ name: job.name, envelope }]);
  }

  async enqueueMany(items: readonly EnqueueItem[], options: EnqueueOptions = {}): Promise<void> {
    // BullMQ waits for a ready connection without limit; a producer must fail fast instead, so the
    // outbox relay rolls its claim back and an API request gets an error rather than hanging.
    await this.connection.whenReady(CONNECT_GRACE_MS);
    const carrierSize = options.carrierSize ?? 1;
    const byQueue = new Map<QueueName, { name: string; data: unknown; opts: JobsOptions }[]>();
    const add = (queue: QueueName, job: { name: string; data: unknown; opts: JobsOptions }): void => {
      const list = byQueue.get(queue);
      if (list) list.push(job);
      else byQueue.set(queue, [job]);
    };
    /** Per batched queue, its events for carriers, one tenant's after another (a carrier runs a transaction per tenant). */
    const carried = new Map<QueueName, Map<string, EnqueueItem[]>>();
    for (const item of items) {
      const { name, envelope, republish, traceMetadata, delayMs } = item;
      const definition = jobDefinition(name);
      // A publication again stays one job, id the event id (ADR 0013): BullMQ ignores it while that job
      // waits or runs, so a backlog slower than the relay's republish delay does not pile up copies.
      if (carrierSize > 1 && !delayMs && !republish && BATCHED_QUEUES.includes(definition.queue)) {
        const byTenant = carried.get(definition.queue) ?? new Map<string, EnqueueItem[]>();
        carried.set(definition.queue, byTenant);
        const list = byTenant.get(envelope.tenantId);
        if (list) list.push(item);
        else byTenant.set(envelope.tenantId, [item]);
        continue;
      }
      if (republish) await this.removeFinished(definition.queue, envelope.eventId);
      let opts = jobOptions(definition, envelope.eventId);
      if (traceMetadata) opts = { ...opts, telemetry: { metadata: traceMetadata } };
      if (delayMs) opts = { ...opts, delay: delayMs };
      add(definition.queue, { name, data: envelope, opts });
    }
    for (const [queue, byTenant] of carried) {
      const events = [...byTenant.values()].flat();
      if (events.length === 1) {
        // One event alone: its own job, as when the queue is quiet (nothing to share a job with).
        const [{ name, envelope, traceMetadata }] = events;
        const opts = jobOptions(jobDefinition(name), envelope.eventId);
        add(queue, {
          name,
          data: envelope,
          opts: traceMetadata ? { ...opts, telemetry: { metadata: traceMetadata } } : opts,
        });
        continue;
      }
      for (let i = 0; i < events.length; i += carrierSize) {
        const chunk = events.slice(i, i + carrierSize);
        const data: CarrierData = { events: chunk.map(({ name, envelope }) => ({ name, envelope })) };
        // The carrier retries like its events' jobs; the first event's trace is the carrier's.
        let opts = jobOptions(jobDefinition(chunk[0].name), carrierJobId());
        const traced = chunk.find((e) => e.traceMetadata)?.traceMetadata;
        if (traced) opts = { ...opts, telemetry: { metadata: traced } };
        add(queue, { name: CARRIER_JOB_NAME, data, opts });
      }
    }
    await Promise.all([...byQueue].map(([queue, jobs]) => this.queue(queue).addBulk(jobs)));
  }

  /**
   * Removes the job `jobId` when it is completed or failed, so the add that follows puts it back. No other
   * process moves a finished job, and BullMQ refuses to remove a locked one (then the add is ignored and
   * the relay tries again after its republish delay).
   */
  private async removeFinished(queue: QueueName, jobId: string): Promise<void> {
    const bull = this.queue(queue);
    if (!FINISHED_STATES.has(await bull.getJobState(jobId))) return;
    await bull.remove(jobId).catch(() => 0);
  }

  /** Waiting, delayed and active counts per queue, for operators and readiness details. */
  async depths(): Promise<Record<QueueName, Record<string, number>>> {
    const entries = await Promise.all(
      QUEUE_NAMES.map(
        async (name) =>
          [name, await this.queue(name).getJobCounts('waiting', 'delayed', 'active', 'failed')] as const,
      ),
    );
    return Object.fromEntries(entries) as Record<QueueName, Record<string, number>>;
  }

  /**
   * Per queue: waiting, active, delayed and failed counts, and how long the oldest waiting job has been
   * on the queue (seconds since it was added; null when none waits). Two Redis calls per queue.
   */
  async overview(): Promise<QueueOverview[]> {
    const now = Date.now();
    return Promise.all(
      QUEUE_NAMES.map(async (name): Promise<QueueOverview> => {
        const queue = this.queue(name);
        const [counts, oldest] = await Promise.all([
          queue.getJobCounts('waiting', 'active', 'delayed', 'failed'),
          // Ascending: the job at the tail of the wait list, the one added first.
          queue.getJobs(['wait'], 0, 0, true),
        ]);
        const added = oldest[0]?.timestamp;
        return {
          queue: name,
          waiting: counts.waiting ?? 0,
          active: counts.active ?? 0,
          delayed: counts.delayed ?? 0,
          failed: counts.failed ?? 0,
          oldestWaitingAgeSeconds:
            typeof added === 'number' ? Math.max(0, Math.floor((now - added) / 1000)) : null,
        };
      }),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    await this.connection.close();
  }
}
