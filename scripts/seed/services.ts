import { type DynamicModule, Global, type INestApplicationContext, Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { permissionsOf, type Actor, type Role } from '@jazari/access';
import { type AppConfig, ConfigModule, ManualClock } from '@jazari/config';
import {
  DashboardHistoryRepository,
  DashboardRefreshService,
  DashboardsJobsModule,
} from '@jazari/dashboards';
import { DatabaseModule, TransactionRunner, type TenantKind } from '@jazari/database';
import { DirectoryService, NetworkModule, TenantRepository, TenantService } from '@jazari/network';
import { ReportService, ReportsModule } from '@jazari/reports';
import { ResourceService, ResourcesModule } from '@jazari/resources';
import { Metrics } from '@jazari/telemetry';
import { ClsModule } from 'nestjs-cls';

/**
 * What the seed writes through: the contexts' own modules (no HTTP, no queue consumer, no Redis — only
 * PostgreSQL, as the runtime role, RLS applying), so the demo data is what the API would have written.
 * The clock is the seed's own: a writer that dates things in the past sets it first.
 */
/** The pool's gauges have nowhere to go in a one-off script: a registry nobody scrapes, no tracing. */
@Global()
@Module({ providers: [{ provide: Metrics, useFactory: () => new Metrics('worker') }], exports: [Metrics] })
class SeedTelemetryModule {}

@Module({})
class SeedModule {
  static forRoot(config: AppConfig, clock: ManualClock): DynamicModule {
    return {
      module: SeedModule,
      imports: [
        ConfigModule.forRoot(config, { clock }),
        SeedTelemetryModule,
        ClsModule.forRoot({ global: true }),
        DatabaseModule.forRoot(config, 'jazari-seed'),
        NetworkModule,
        DashboardsJobsModule,
        ReportsModule,
        ResourcesModule,
      ],
    };
  }
}

/** The contexts' services the seed writes through, opened once per seed run. */
export class SeedServices {
  private constructor(
    private readonly app: INestApplicationContext,
    /** The seed's clock: what "now" is for the services while a writer dates its records. */
    readonly clock: ManualClock,
  ) {}

  static async open(config: AppConfig): Promise<SeedServices> {
    const clock = new ManualClock();
    const app = await NestFactory.createApplicationContext(SeedModule.forRoot(config, clock), {
      logger: false,
      abortOnError: false,
    });
    return new SeedServices(app, clock);
  }

  get tenants(): TenantService {
    return this.get(TenantService);
  }

  get tenantRepository(): TenantRepository {
    return this.get(TenantRepository);
  }

  get directory(): DirectoryService {
    return this.get(DirectoryService);
  }

  get resources(): ResourceService {
    return this.get(ResourceService);
  }

  get reports(): ReportService {
    return this.get(ReportService);
  }

  get dashboardHistory(): DashboardHistoryRepository {
    return this.get(DashboardHistoryRepository);
  }

  get dashboardRefresh(): DashboardRefreshService {
    return this.get(DashboardRefreshService);
  }

  /** Opens the unit of work a repository method is called in (where no service writes what the demo needs). */
  get transactions(): TransactionRunner {
    return this.get(TransactionRunner);
  }

  close(): Promise<void> {
    return this.app.close();
  }

  private get<T>(type: Type<T>): T {
    return this.app.get(type, { strict: false });
  }
}

/**
 * A demo person acting in one of their tenants, as their access token would name them; or, with no
 * person (`null`), the seed itself acting as that tenant before it has members (Root creating the tenants).
 */
export function seedActor(
  tenant: { id: string; kind: TenantKind },
  userId: string | null,
  role: Role | null,
): Actor {
  return {
    type: 'user',
    tenantId: tenant.id,
    tenantKind: tenant.kind,
    userId,
    role,
    sessionId: null,
    apiKeyId: null,
    permissions: role === null ? new Set() : permissionsOf(role),
  };
}
