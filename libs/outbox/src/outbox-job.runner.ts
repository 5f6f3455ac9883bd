import { Injectable } from '@nestjs/common';
import { isUuid, NO_TENANT, TransactionRunner, uuidv7 } from '@jazari/database';
import {
  JobBatch,
  JobBatchFlushError,
  runInJobBatch,
  type BatchJob,
  type BatchOutcome,
  type FailedJobRecord,
  type JobEnvelope,
  type JobHandlerFn,
  type JobName,
  type JobRunner,
} from '@jazari/queue';
import { OutboxRepository } from './outbox.repository.js';

/**
 * Runs a handler in the event's tenant transaction. The `(event, handler)` row is written in the same
 * transaction as the handler's effects, so a job delivered twice has its effects once.
 */
@Injectable()
export class OutboxJobRunner implements JobRunner {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly repository: OutboxRepository,
  ) {}

  async run(name: JobName, envelope: JobEnvelope, handle: JobHandlerFn): Promise<void> {
    await this.transactions.run(
      { tenantId: envelope.tenantId, tenantKind: null, userId: null },
      async (tx) => {
        const first = await this.repository.recordHandled(tx, envelope.tenantId, envelope.eventId, name);
        if (first) await handle(envelope);
        await this.repository.markDone(tx, envelope.tenantId, envelope.eventId);
      },
    );
  }

  /**
   * Runs the jobs of each tenant in ONE transaction, with the same guarantees as `run` one by one: the
   * `(event, handler)` rows are written and the events marked done in one statement, each first-time
   * job's handler runs in turn within a `JobBatch` (shared reads, gathered writes: @jazari/queue), the
   * gathered writes are flushed, and it all commits together — or rolls back together.
   *
   * When the batch fails, nothing of it happened, and its jobs are run again one by one with `run`, each
   * with its own outcome; a job whose own handler threw in the batch is not run again here: it fails
   * with that error (one attempt used, as on its own), and BullMQ retries it.
   */
  async runBatch(jobs: readonly BatchJob[]): Promise<readonly BatchOutcome[]> {
    const outcomes: BatchOutcome[] = new Array<BatchOutcome>(jobs.length).fill(undefined);
    const byTenant = new Map<string, number[]>();
    jobs.forEach((job, i) => {
      const indices = byTenant.get(job.envelope.tenantId);
      if (indices) indices.push(i);
      else byTenant.set(job.envelope.tenantId, [i]);
    });
    for (const indices of byTenant.values()) {
      // A batch of one too: its in-app claims and inbox rows still go in one statement per table.
      const results = await this.runTogether(indices.map((i) => jobs[i]));
      results.forEach((outcome, k) => (outcomes[indices[k]] = outcome));
    }
    return outcomes;
  }

  private runOne(job: BatchJob): Promise<BatchOutcome> {
    return this.run(job.name, job.envelope, job.handle).then(
      () => undefined,
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    );
  }

  /** One tenant's jobs in one transaction; each job on its own if that fails. */
  private async runTogether(group: readonly BatchJob[]): Promise<BatchOutcome[]> {
    const tenantId = group[0].envelope.tenantId;
    let running: number | undefined;
    try {
      await this.transactions.run({ tenantId, tenantKind: null, userId: null }, (tx) => {
        const batch = new JobBatch(group.map((job) => job.envelope));
        return runInJobBatch(batch, async () => {
          // The events are marked done in the same statement: it commits with what follows or not at all.
          const first = await this.repository.recordHandledManyAndMarkDone(
            tx,
            tenantId,
            group.map((job) => ({ eventId: job.envelope.eventId, handler: job.name })),
          );
          for (const [k, job] of group.entries()) {
            // Recorded now, and not an earlier copy of the same job in this batch.
            if (!first.delete(`${job.envelope.eventId} ${job.name}`)) continue;
            running = k;
            await job.handle(job.envelope);
            running = undefined;
          }
          await batch.flush();
        });
      });
      return group.map(() => undefined);
    } catch (error) {
      // Rolled back: nothing of the batch is left. A handler's own failure is that job's outcome; the
      // others (or all, when the batch itself failed) run again one by one.
      const culprit = error instanceof JobBatchFlushError ? undefined : running;
      const outcomes: BatchOutcome[] = [];
      for (const [k, job] of group.entries()) {
        outcomes.push(
          k === culprit
            ? error instanceof Error
              ? error
              : new Error(String(error))
            : await this.runOne(job),
        );
      }
      return outcomes;
    }
  }

  /**
   * Copies a job that failed for the last time into `failed_job`, in its own transaction with no tenant
   * (the table is not tenant-owned: its `worker_insert` policy admits any context).
   */
  async recordFailure(failure: FailedJobRecord): Promise<void> {
    await this.transactions.runIndependently(NO_TENANT, (tx) =>
      tx.query(
        `INSERT INTO failed_job (id, queue, job_name, job_id, event_tenant_id, attempts, failed_reason, data,
           failed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9)`,
        [
          uuidv7(),
          failure.queue,
          failure.jobName,
          failure.jobId,
          isUuid(failure.tenantId) ? failure.tenantId : null,
          failure.attempts,
          failure.failedReason,
          JSON.stringify(failure.data),
          failure.failedAt.toISOString(),
        ],
      ),
    );
  }
}
