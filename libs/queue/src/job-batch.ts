import { AsyncLocalStorage } from 'node:async_hooks';
import type { JobEnvelope } from './job-catalog.js';

/**
 * The jobs of one tenant that a worker runs together, in ONE transaction (the outbox job runner opens it
 * and the batched worker feeds it: docs/notifications.md#throughput). What the handlers do is the same
 * as one job at a time; two things make it cheaper:
 *
 * - `read`: a read keyed by what it depends on runs once for the whole batch (the same tenant's admins,
 *   the same convention, the events' creation times) — the data is the transaction's, so it cannot change
 *   under the batch except by the batch's own writes, and nothing memoised here is written by a handler;
 * - `defer`: writes gathered over the batch and sent as one multi-row statement per table, by `flush`,
 *   which the runner calls before it marks the events done, and a handler before any external effect
 *   (an e-mail): what is transactional still happens first.
 */
export class JobBatch {
  private readonly reads = new Map<string, Promise<unknown>>();
  private readonly states = new Map<string, unknown>();
  private readonly flushes = new Map<string, () => Promise<void>>();

  constructor(readonly envelopes: readonly JobEnvelope[]) {}

  read<T>(key: string, load: () => Promise<T>): Promise<T> {
    let value = this.reads.get(key) as Promise<T> | undefined;
    if (!value) {
      value = load();
      this.reads.set(key, value);
    }
    return value;
  }

  /** A piece of state the batch keeps under `key` (created on first use), e.g. the writes gathered. */
  state<T>(key: string, create: () => T): T {
    if (!this.states.has(key)) this.states.set(key, create());
    return this.states.get(key) as T;
  }

  /** Registers `flush` once under `key`; it runs at the next `flush()` of the batch. */
  defer(key: string, flush: () => Promise<void>): void {
    if (!this.flushes.has(key)) this.flushes.set(key, flush);
  }

  /** Sends the gathered writes, in the order they were first deferred. */
  async flush(): Promise<void> {
    for (const [key, flush] of this.flushes) {
      this.flushes.delete(key);
      try {
        await flush();
      } catch (error) {
        throw new JobBatchFlushError(error);
      }
    }
  }
}

/** A batch's gathered writes failed: the error is the batch's, not one job's. */
export class JobBatchFlushError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'JobBatchFlushError';
  }
}

const current = new AsyncLocalStorage<JobBatch>();

/** The batch the running job belongs to; undefined when it runs on its own. */
export function currentJobBatch(): JobBatch | undefined {
  return current.getStore();
}

export function runInJobBatch<T>(batch: JobBatch, work: () => Promise<T>): Promise<T> {
  return current.run(batch, work);
}
