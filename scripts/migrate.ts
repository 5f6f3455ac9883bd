import 'reflect-metadata';
import { runEntryPoint } from '@jazari/config';
import { runMigrations } from './lib/migrate.js';

await runEntryPoint('migrate', async (config) => {
  const applied = await runMigrations(config);
  return applied.length ? `applied ${applied.join(', ')}` : 'schema is up to date';
});
