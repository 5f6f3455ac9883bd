import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, type Clock, ConfigModule } from '@jazari/config';
import { ConventionsModule } from '@jazari/conventions';
import { DatabaseModule } from '@jazari/database';
import { AuditModule } from '@jazari/audit';
import { HealthModule, OperationsModule } from '@jazari/health';
import { loggerModule } from '@jazari/http';
import { IdentityModule } from '@jazari/identity';
import { NetworkModule } from '@jazari/network';
import { NotificationsModule } from '@jazari/notifications';
import { ProjectsModule } from '@jazari/projects';
import { ResourcesModule } from '@jazari/resources';
import { WorkshopsModule } from '@jazari/workshops';
import { DashboardsModule } from '@jazari/dashboards';
import { ReportsModule } from '@jazari/reports';
import { OutboxModule } from '@jazari/outbox';
import { QueueModule } from '@jazari/queue';
import { TelemetryModule } from '@jazari/telemetry';
import { ClsModule } from 'nestjs-cls';

export interface ApiModuleOptions {
  /** Replaces the system clock (tests move time). */
  readonly clock?: Clock;
}

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, options: ApiModuleOptions = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config, { clock: options.clock }),
        TelemetryModule.forRoot(config, 'api'),
        ClsModule.forRoot({ global: true }),
        loggerModule(config, 'api'),
        DatabaseModule.forRoot(config, 'jazari-api'),
        QueueModule,
        OutboxModule,
        HealthModule,
        OperationsModule,
        IdentityModule,
        NetworkModule,
        AuditModule,
        ProjectsModule,
        ResourcesModule,
        WorkshopsModule,
        DashboardsModule,
        ReportsModule,
        ConventionsModule,
        NotificationsModule,
      ],
    };
  }
}
