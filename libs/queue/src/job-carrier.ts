import { randomUUID } from 'node:crypto';
import type { JobEnvelope, JobName, QueueName } from './job-catalog.js';

/**
 * The queues whose events are run in batches (QUEUE_BATCH_SIZE): notices, whose handlers are short
 * transactional work (plus e-mails, sent one by one as before). Webhooks (an HTTP call each) and reports
 * (minutes of work) gain nothing from sharing a transaction.
 */
export const BATCHED_QUEUES: readonly QueueName[] = ['notifications'];

/**
 * The BullMQ name of a carrier: one job that carries up to QUEUE_BATCH_SIZE outbox events of a batched
 * queue, published together by the outbox relay (docs/adr/0029-one-job-per-batch-of-events.md). A wire
 * name, like the events' own: never renamed.
 */
export const CARRIER_JOB_NAME = 'outbox.batch';

/** One event a carrier holds: its job name and envelope, as a job of its own would have them. */
export interface CarriedEvent {
  readonly name: JobName;
  readonly envelope: JobEnvelope;
}

/** A carrier's data. */
export interface CarrierData {
  readonly events: readonly CarriedEvent[];
}

/** A carrier's job id: fresh each time, so a carrier published again is always added, never ignored. */
export function carrierJobId(): string {
  return `batch-${randomUUID()}`;
}

export function isCarrierData(data: unknown): data is CarrierData {
  return (
    typeof data === 'object' &&
    data !== null &&
    Array.isArray((data as { events?: unknown }).events) &&
    (data as { events: unknown[] }).events.every(
      (e) =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as { name?: unknown }).name === 'string' &&
        typeof (e as { envelope?: unknown }).envelope === 'object',
    )
  );
}
