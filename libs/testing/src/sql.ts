import pg from 'pg';
import { testServices } from './test-config.js';

/** A client for assertions, as a superuser that RLS does not filter. Close it in afterAll. */
export async function adminClient(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: testServices.adminUrl });
  await client.connect();
  return client;
}

/** A client logged in as the runtime role, exactly as the API and worker connect. */
export async function runtimeClient(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: testServices.databaseUrl });
  await client.connect();
  return client;
}
