import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '@jazari/config';
import { Metrics } from '@jazari/telemetry';
import { runtimePoolConfig } from './data-source.js';
import { DatabasePool } from './database-pool.js';
import { PoolMetrics } from './pool.metrics.js';
import { ReadReplica } from './read-replica.js';
import { TransactionRunner } from './transaction-runner.js';

/**
 * The runtime connection pool (runtime role, RLS applies; our own `pg` pool, docs/adr/0023), the
 * optional read replica's pool (DATABASE_READ_URL) and the tenant transaction helper. TypeORM is not
 * used at run time: it runs the migrations (`ownerDataSource`).
 */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DatabasePool) private readonly pool: DatabasePool) {}

  static forRoot(config: AppConfig, applicationName: string): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DatabasePool,
          // Connects once: the process does not start when PostgreSQL does not answer.
          useFactory: () => DatabasePool.open(runtimePoolConfig(config, applicationName)),
        },
        TransactionRunner,
        PoolMetrics,
        {
          provide: ReadReplica,
          useFactory: (metrics?: Metrics) => new ReadReplica(config, applicationName, metrics),
          inject: [{ token: Metrics, optional: true }],
        },
      ],
      exports: [DatabasePool, TransactionRunner, ReadReplica],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.close();
  }
}
