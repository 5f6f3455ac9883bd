import { type DynamicModule, Global, Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@jazari/config';
import { Metrics } from '@jazari/telemetry';
import { runtimeDataSourceOptions } from './data-source.js';
import { PoolMetrics } from './pool.metrics.js';
import { ReadReplica } from './read-replica.js';
import { TransactionRunner } from './transaction-runner.js';

/**
 * The runtime connection pool (runtime role, RLS applies), the optional read replica's pool
 * (DATABASE_READ_URL) and the tenant transaction helper.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig, applicationName: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...runtimeDataSourceOptions(config, applicationName),
          // Each context registers its entities with TypeOrmModule.forFeature().
          autoLoadEntities: true,
          retryAttempts: 0,
        }),
      ],
      providers: [
        TransactionRunner,
        PoolMetrics,
        {
          provide: ReadReplica,
          useFactory: (primary: DataSource, metrics?: Metrics) =>
            new ReadReplica(primary, config, applicationName, metrics),
          inject: [getDataSourceToken(), { token: Metrics, optional: true }],
        },
      ],
      exports: [TransactionRunner, ReadReplica],
    };
  }
}
