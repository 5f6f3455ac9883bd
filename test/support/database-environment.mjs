// The Jest environment of every suite that touches PostgreSQL (projects e2e, slow and browser): before the
// file's first line runs, it clones the run's migrated template database (made once by
// test/global-setup.mjs) into a database of the file's own, and points the file's JAZARI_TEST_* variables
// at it; after the file, it drops that database. No suite sees another's rows, and two Jest workers can run
// suites side by side. See docs/testing.md.
import { randomBytes } from 'node:crypto';
import { TestEnvironment as NodeEnvironment } from 'jest-environment-node';
import pg from 'pg';

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function asAdministrator(serverUrl, work) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export default class DatabaseEnvironment extends NodeEnvironment {
  async setup() {
    await super.setup();
    const env = this.global.process.env;
    const template = env.JAZARI_TEST_TEMPLATE_DATABASE;
    const serverUrl = env.JAZARI_TEST_SERVER_URL;
    if (!template || !serverUrl) {
      throw new Error('JAZARI_TEST_TEMPLATE_DATABASE is not set: test/global-setup.mjs did not run');
    }
    const database = `${template}_${randomBytes(4).toString('hex')}`;
    await asAdministrator(serverUrl, async (client) => {
      const { rows } = await client.query(
        'SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1',
        [template],
      );
      await client.query(`CREATE DATABASE "${database}" TEMPLATE "${template}" OWNER "${rows[0].owner}"`);
      // Per database, so allowed to the test's administrator without touching the machine's cluster: a
      // commit does not wait for its WAL to reach the disk (a crash could lose the last commits of a
      // database that is dropped anyway; nothing is ever inconsistent).
      await client.query(`ALTER DATABASE "${database}" SET synchronous_commit = off`);
    });
    this.database = database;
    this.serverUrl = serverUrl;
    for (const name of [
      'JAZARI_TEST_DATABASE_URL',
      'JAZARI_TEST_DATABASE_OWNER_URL',
      'JAZARI_TEST_DATABASE_ADMIN_URL',
    ]) {
      env[name] = withDatabase(env[name], database);
    }
    env.JAZARI_TEST_DATABASE = database;
  }

  async teardown() {
    if (this.database) {
      const database = this.database;
      await asAdministrator(this.serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
      ).catch((error) => process.stderr.write(`could not drop ${database}: ${String(error)}\n`));
    }
    await super.teardown();
  }
}
