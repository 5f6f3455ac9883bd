import { HttpStatus, Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { TransactionRunner, type TenantTx } from '@jazari/database';
import { ProblemException } from '@jazari/http';
import { QueueOperations, type QueueName } from '@jazari/queue';
import type { FailedJobDto, FailedJobPageDto } from './operations.dto.js';

interface FailedJobRow {
  id: string;
  queue: QueueName;
  job_name: string;
  job_id: string;
  event_tenant_id: string | null;
  attempts: number;
  failed_reason: string;
  data: unknown;
  failed_at: Date;
  resolution: 'retried' | 'dismissed' | null;
  resolved_at: Date | null;
  resolved_by: string | null;
}

const COLUMNS = `id, queue, job_name, job_id, event_tenant_id, attempts, failed_reason, data, failed_at,
  resolution, resolved_at, resolved_by`;

function view(row: FailedJobRow): FailedJobDto {
  return {
    id: row.id,
    queue: row.queue,
    jobName: row.job_name,
    jobId: row.job_id,
    tenantId: row.event_tenant_id,
    attempts: row.attempts,
    failedReason: row.failed_reason,
    data: row.data,
    failedAt: row.failed_at.toISOString(),
    resolved:
      row.resolution && row.resolved_at
        ? {
            resolution: row.resolution,
            resolvedAt: row.resolved_at.toISOString(),
            resolvedBy: row.resolved_by,
          }
        : null,
  };
}

function notFound(): ProblemException {
  return new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such failed job.');
}

function conflict(type: string, title: string, detail: string): ProblemException {
  return new ProblemException(HttpStatus.CONFLICT, type, title, detail);
}

/**
 * Failed jobs for Root's network admins: the copies in `failed_job` (read and resolved through its
 * `root_read` / `root_update` policies) and the jobs themselves in BullMQ. A resolution is written in
 * the request's transaction before the job is touched, so a Redis failure rolls it back.
 */
@Injectable()
export class OperationsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly jobs: QueueOperations,
    private readonly audit: AuditLog,
  ) {}

  async failedJobs(actor: Actor, limit: number, cursor: string | undefined): Promise<FailedJobPageDto> {
    // Ids are UUIDv7, so id order is insertion order.
    const rows = await this.transactions.run(actorContext(actor), (tx) =>
      tx.query<FailedJobRow>(
        `SELECT ${COLUMNS} FROM failed_job WHERE ($1::uuid IS NULL OR id < $1::uuid) ORDER BY id DESC LIMIT $2`,
        [cursor ?? null, limit + 1],
      ),
    );
    const page = rows.slice(0, limit);
    return {
      data: page.map(view),
      nextCursor: rows.length > limit ? page[page.length - 1].id : null,
    };
  }

  /** Puts the job back on its queue (added again from the copy when BullMQ no longer has it). */
  retry(actor: Actor, id: string): Promise<FailedJobDto> {
    return this.resolve(actor, id, 'retried', async (row) => {
      const outcome = await this.jobs.retry(row.queue, row.job_id, { name: row.job_name, data: row.data });
      if (outcome === 'not-failed') throw notFailed(row);
      return { outcome };
    });
  }

  /**
   * Gives up on the job: removed from BullMQ, and when it carries an outbox event, the event is marked
   * done so the relay does not publish it again.
   */
  dismiss(actor: Actor, id: string): Promise<FailedJobDto> {
    return this.resolve(actor, id, 'dismissed', async (row, current) => {
      let eventDismissed = false;
      if (row.event_tenant_id) {
        const [result] = await current.query<{ dismissed: boolean }>(
          `SELECT outbox_dismiss($1, $2::uuid) AS dismissed`,
          [row.event_tenant_id, row.job_id],
        );
        eventDismissed = result.dismissed;
      }
      const outcome = await this.jobs.remove(row.queue, row.job_id);
      if (outcome === 'not-failed') throw notFailed(row);
      return { outcome, eventDismissed };
    });
  }

  private resolve(
    actor: Actor,
    id: string,
    resolution: 'retried' | 'dismissed',
    act: (row: FailedJobRow, tx: TenantTx) => Promise<Record<string, unknown>>,
  ): Promise<FailedJobDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const [row] = await tx.query<FailedJobRow>(
        `SELECT ${COLUMNS} FROM failed_job WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!row) throw notFound();
      if (row.resolution) {
        throw conflict(
          'already-resolved',
          'Already resolved',
          `This failed job was ${row.resolution} at ${row.resolved_at?.toISOString()}.`,
        );
      }
      const [updated] = await tx.query<FailedJobRow>(
        `UPDATE failed_job SET resolution = $2, resolved_at = now(), resolved_by = $3 WHERE id = $1
         RETURNING ${COLUMNS}`,
        [id, resolution, actor.userId],
      );
      const effect = await act(row, tx);
      await this.audit.record(
        tx,
        { userId: actor.userId, apiKeyId: actor.apiKeyId },
        {
          action: `operations.job_${resolution}`,
          targetType: 'failed_job',
          targetId: id,
          data: { queue: row.queue, jobName: row.job_name, jobId: row.job_id, ...effect },
        },
      );
      return view(updated);
    });
  }
}

function notFailed(row: FailedJobRow): ProblemException {
  return conflict(
    'job-not-failed',
    'The job is not failed',
    `Job ${row.job_id} of queue ${row.queue} is no longer in the failed state (retried already, or running).`,
  );
}
