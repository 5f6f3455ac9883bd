import type { AppConfig } from '@jazari/config';
import { ownerDataSource } from '@jazari/database';
import { migrations } from '../../migrations/index.js';

/** Applies pending migrations as the owner role; returns the names applied. */
export async function runMigrations(config: AppConfig): Promise<string[]> {
  const dataSource = ownerDataSource(config, migrations);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
