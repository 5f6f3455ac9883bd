import { Injectable } from '@nestjs/common';
import { isTenantTx, TransactionRunner, uuidv7 } from '@jazari/database';
import type { JobDefinition } from '@jazari/queue';
import { activeTraceContext } from '@jazari/telemetry';
import { OutboxRepository } from './outbox.repository.js';

/**
 * Records a domain event in the caller's open transaction. It reaches BullMQ only if that transaction
 * commits, and it is not lost if Redis is: PostgreSQL is the system of record.
 */
@Injectable()
export class OutboxService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly repository: OutboxRepository,
  ) {}

  async emit<P>(job: JobDefinition<P>, payload: NoInfer<P>): Promise<string> {
    const tx = this.transactions.tx();
    if (!isTenantTx(tx))
      throw new Error(`Event "${job.name}" needs a tenant: emit it inside a tenant transaction`);
    const tenantId = tx.context.tenantId;
    const id = uuidv7();
    await this.repository.insert(tx, {
      id,
      tenantId,
      type: job.name,
      version: job.version,
      queue: job.queue,
      payload,
      // The trace continues through the relay into the job (null when nothing is traced).
      traceContext: activeTraceContext(),
    });
    return id;
  }
}
