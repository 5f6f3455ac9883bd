import { Injectable } from '@nestjs/common';
import { type TenantTx, uuidv7 } from '@jazari/database';
import type { JobDefinition } from '@jazari/queue';
import { activeTraceContext } from '@jazari/telemetry';
import { OutboxRepository } from './outbox.repository.js';

/**
 * Records a domain event in the transaction the caller passes (as `AuditLog.record` does). It reaches
 * BullMQ only if that transaction commits, and it is not lost if Redis is: PostgreSQL is the system of
 * record. The event belongs to that transaction's tenant: inside `onBehalfOf`, pass the scoped one.
 */
@Injectable()
export class OutboxService {
  constructor(private readonly repository: OutboxRepository) {}

  async emit<P>(tx: TenantTx, job: JobDefinition<P>, payload: NoInfer<P>): Promise<string> {
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
