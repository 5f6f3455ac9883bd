import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { jobDefinition } from './job-catalog.js';
import { allSchedules, type JobSchedule } from './job-schedule.js';
import { QueueProducer } from './queue.producer.js';
import type { QueueConnection } from './queue-connection.js';
import { QUEUE_CONNECTION } from './queue.tokens.js';
import type { SystemJobEnvelope } from './system-job.js';

/**
 * Upserts every defined schedule as a BullMQ job scheduler when the worker boots. Upserting is
 * idempotent, so any number of replicas may boot: Redis holds one scheduler per id, and a changed
 * interval or payload replaces the old one. If Redis loses them (restarted empty), they are upserted
 * again whenever the connection is ready again; the jobs themselves sweep PostgreSQL state, so a lost or
 * repeated run changes nothing but timing. JOB_SCHEDULES chooses which schedules (all by default; tests
 * boot workers with none unless a suite tests one).
 */
@Injectable()
export class JobSchedulerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(JobSchedulerHost.name);

  constructor(
    private readonly producer: QueueProducer,
    @Inject(QUEUE_CONNECTION) private readonly connection: QueueConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The schedules this worker upserts: every defined one, or those JOB_SCHEDULES lists. */
  schedules(): readonly JobSchedule[] {
    const chosen = this.config.jobSchedules;
    if (chosen === 'all') return allSchedules();
    const defined = new Map(allSchedules().map((schedule) => [schedule.id, schedule]));
    const unknown = chosen.filter((id) => !defined.has(id));
    if (unknown.length > 0) {
      throw new Error(
        `JOB_SCHEDULES names ${unknown.join(', ')}, which no job defines (defined: ${[...defined.keys()].join(', ')})`,
      );
    }
    return chosen.map((id) => defined.get(id)!);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.upsertAll();
    // After a reconnection (Redis restarted, perhaps empty): put the schedulers back.
    this.connection.onReconnect(() => {
      this.upsertAll().catch((error: unknown) =>
        this.logger.warn({ err: error }, 'could not upsert the job schedulers after reconnecting'),
      );
    });
  }

  private async upsertAll(): Promise<void> {
    for (const schedule of this.schedules()) {
      const definition = jobDefinition(schedule.job);
      const data: SystemJobEnvelope = { v: definition.version, system: true, payload: schedule.payload };
      await this.producer.queue(definition.queue).upsertJobScheduler(
        schedule.id,
        { every: schedule.everyMs },
        {
          name: schedule.job,
          data,
          opts: {
            attempts: definition.attempts,
            backoff: definition.backoff,
            removeOnComplete: { age: 24 * 3600, count: 1_000 },
            removeOnFail: { age: 14 * 24 * 3600 },
          },
        },
      );
      this.logger.log({ schedule: schedule.id, everyMs: schedule.everyMs }, 'job scheduler upserted');
    }
  }
}
