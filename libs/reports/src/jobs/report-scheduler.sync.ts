import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { TransactionRunner } from '@jazari/database';
import { QueueProducer, QUEUE_CONNECTION, type QueueConnection, type SystemJobEnvelope } from '@jazari/queue';
import { cronPattern, SCHEDULE_TIME_ZONE } from '../report-period.js';
import {
  reportScheduleTickJob,
  SCHEDULER_PREFIX,
  schedulerId,
  type ReportScheduleTick,
} from '../report.jobs.js';
import { ReportScheduleRepository, type ReportScheduleRow } from '../schedules/report-schedule.repository.js';
import { ROOT_READER } from './root-reader.js';

export interface SyncResult {
  readonly upserted: number;
  readonly removed: number;
}

/**
 * Keeps one BullMQ job scheduler (`report-schedule:<id>`) per recurring report in PostgreSQL: upserts the
 * missing or changed ones, removes the ones whose schedule is gone. Runs at the worker's boot, after a
 * Redis reconnection, when a schedule changes (`reports.schedules_changed`) and every minute
 * (`reports.sync_schedules`). Every replica may run it at once: upserting a scheduler is idempotent and
 * Redis holds one per id, and each tick is idempotent in PostgreSQL anyway.
 */
@Injectable()
export class ReportSchedulerSync implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReportSchedulerSync.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly schedules: ReportScheduleRepository,
    private readonly producer: QueueProducer,
    @Inject(QUEUE_CONNECTION) private readonly connection: QueueConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sync().catch((error: unknown) =>
      this.logger.warn({ err: error }, 'could not bring the report schedulers in line at boot'),
    );
    this.connection.onReconnect(() => {
      this.sync().catch((error: unknown) =>
        this.logger.warn({ err: error }, 'could not bring the report schedulers in line after reconnecting'),
      );
    });
  }

  async sync(): Promise<SyncResult> {
    // Its own transaction, even inside an event's job: it reads across tenants.
    const wanted = await this.transactions.runIndependently(ROOT_READER, (tx) => this.schedules.all(tx));
    const queue = this.producer.queue('reports');
    const existing = new Map(
      (await queue.getJobSchedulers(0, -1))
        .filter((s) => s.key.startsWith(SCHEDULER_PREFIX))
        .map((s) => [s.key, s] as const),
    );
    let upserted = 0;
    let removed = 0;
    const wantedIds = new Set<string>();
    for (const schedule of wanted) {
      const id = schedulerId(schedule.id);
      wantedIds.add(id);
      const current = existing.get(id);
      const repeat = this.repeatOf(schedule);
      if (current && current.pattern === repeat.pattern && numberOrUndefined(current.every) === repeat.every)
        continue;
      await this.upsert(schedule, id, repeat);
      upserted++;
    }
    for (const key of existing.keys()) {
      if (wantedIds.has(key)) continue;
      await queue.removeJobScheduler(key);
      removed++;
    }
    if (upserted || removed) this.logger.log({ upserted, removed }, 'report schedulers brought in line');
    return { upserted, removed };
  }

  private repeatOf(schedule: ReportScheduleRow): { pattern?: string; every?: number; tz?: string } {
    // Tests (and only tests) replace the calendar with a short interval.
    const every = this.config.reports.scheduleEveryMs;
    return every ? { every } : { pattern: cronPattern(schedule.cadence), tz: SCHEDULE_TIME_ZONE };
  }

  private async upsert(
    schedule: ReportScheduleRow,
    id: string,
    repeat: { pattern?: string; every?: number; tz?: string },
  ): Promise<void> {
    const definition = reportScheduleTickJob;
    const data: SystemJobEnvelope<ReportScheduleTick> = {
      v: definition.version,
      system: true,
      payload: { tenantId: schedule.tenantId, scheduleId: schedule.id },
    };
    await this.producer.queue('reports').upsertJobScheduler(id, repeat, {
      name: definition.name,
      data,
      opts: {
        attempts: definition.attempts,
        backoff: definition.backoff,
        removeOnComplete: { age: 24 * 3600, count: 1_000 },
        removeOnFail: { age: 14 * 24 * 3600 },
      },
    });
  }
}

/** Redis hands numbers back as strings in places: compare intervals as numbers. */
function numberOrUndefined(value: unknown): number | undefined {
  return value === undefined || value === null ? undefined : Number(value);
}
