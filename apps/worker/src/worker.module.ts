import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, type Clock, ConfigModule } from '@jazari/config';
import { DatabaseModule } from '@jazari/database';
import { HealthModule } from '@jazari/health';
import { loggerModule } from '@jazari/http';
import { ConventionSchedulesModule } from '@jazari/conventions';
import { IdentityJobsModule } from '@jazari/identity';
import { NotificationsJobsModule } from '@jazari/notifications';
import { MaintenanceModule, OutboxModule } from '@jazari/outbox';
import { QueueModule } from '@jazari/queue';
import { ResourcesJobsModule } from '@jazari/resources';
import { WorkshopsJobsModule } from '@jazari/workshops';
import { DashboardsJobsModule } from '@jazari/dashboards';
import { ReportsJobsModule } from '@jazari/reports';
import { TelemetryModule } from '@jazari/telemetry';
import { ClsModule } from 'nestjs-cls';
import type { ModuleMetadata } from '@nestjs/common';

export interface WorkerModuleOptions {
  /** Modules whose providers carry @JobHandler methods. */
  readonly handlers?: ModuleMetadata['imports'];
  readonly concurrency?: number;
  /** Replaces the system clock (tests move time). */
  readonly clock?: Clock;
}

/**
 * Jobs run at once per worker. A job may hold two connections at a time (its event's transaction and an
 * independent one for an e-mail's delivery record), and the relay needs one: keep concurrency under the
 * pool so a full set of jobs can never wait on each other for a connection.
 */
export function defaultConcurrency(config: AppConfig): number {
  return Math.max(1, Math.min(8, Math.floor((config.database.poolSize - 1) / 2)));
}

/** The worker: outbox relay, queue processors and schedulers. Its only HTTP is /health. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, options: WorkerModuleOptions = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config, { clock: options.clock }),
        TelemetryModule.forRoot(config, 'worker'),
        ClsModule.forRoot({ global: true }),
        loggerModule(config, 'worker'),
        DatabaseModule.forRoot(config, 'jazari-worker'),
        QueueModule,
        OutboxModule.worker({ concurrency: options.concurrency ?? defaultConcurrency(config) }),
        HealthModule,
        NotificationsJobsModule,
        IdentityJobsModule,
        ConventionSchedulesModule,
        MaintenanceModule,
        ResourcesJobsModule,
        WorkshopsJobsModule,
        DashboardsJobsModule,
        ReportsJobsModule,
        ...(options.handlers ?? []),
      ],
    };
  }
}
