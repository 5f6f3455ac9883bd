import { ConfigError, type AppConfig } from '@jazari/config';
import type { PoolConfig } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { JazariNamingStrategy } from './naming.strategy.js';

type PostgresOptions = Extract<DataSourceOptions, { type: 'postgres' }>;

function baseOptions(url: string, applicationName: string): PostgresOptions {
  return {
    type: 'postgres',
    url,
    applicationName,
    entities: [],
    namingStrategy: new JazariNamingStrategy(),
    // The schema changes through reviewed migrations only.
    synchronize: false,
    migrationsRun: false,
    logging: false,
  };
}

/**
 * The API's and the worker's pool (docs/adr/0023-own-pg-pool-for-runtime-transactions.md): the runtime
 * role, which owns nothing and cannot bypass RLS. `url` defaults to DATABASE_URL (the read replica passes
 * DATABASE_READ_URL).
 */
export function runtimePoolConfig(
  config: AppConfig,
  applicationName: string,
  url = config.database.url,
): PoolConfig {
  if (!url) throw new ConfigError(['DATABASE_URL is not set']);
  return {
    connectionString: url,
    application_name: applicationName,
    max: config.database.poolSize,
    // Statements queued together on a connection go out together (ScopedConnection: a scope change and
    // the statement it is for); one awaited at a time, as almost all are, behaves as without it.
    pipeline: true,
    // Set once per connection, not per transaction: keeps the tenant transaction at one round trip.
    options: `-c statement_timeout=${config.database.statementTimeoutMs} -c idle_in_transaction_session_timeout=60000`,
  };
}

/** A DataSource connected as the owner role, for migrations and maintenance scripts. */
export function ownerDataSource(config: AppConfig, migrations: DataSourceOptions['migrations']): DataSource {
  if (!config.database.ownerUrl) {
    throw new ConfigError(['DATABASE_OWNER_URL is required to migrate: migrations run as the owner role']);
  }
  return new DataSource({
    ...baseOptions(config.database.ownerUrl, 'jazari-migrate'),
    migrations,
    migrationsTableName: 'migration_history',
    migrationsTransactionMode: 'each',
  });
}
