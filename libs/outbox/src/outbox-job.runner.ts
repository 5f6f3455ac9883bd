import { Injectable } from '@nestjs/common';
import { isUuid, NO_TENANT, TransactionRunner, uuidv7 } from '@jazari/database';
import type { FailedJobRecord, JobEnvelope, JobHandlerFn, JobName, JobRunner } from '@jazari/queue';
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
