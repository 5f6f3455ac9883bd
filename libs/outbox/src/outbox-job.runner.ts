import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@jazari/database';
import type { JobEnvelope, JobHandlerFn, JobName, JobRunner } from '@jazari/queue';
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
}
