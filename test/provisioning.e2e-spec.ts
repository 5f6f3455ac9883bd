import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { adminClient, testServices } from '@jazari/testing';
import pg from 'pg';
import { dropDatabase, provisionDatabase, type RoleNames } from '../scripts/lib/local-postgres.js';

/**
 * Provisioning brings roles to exactly the attributes they need whatever state they were in. The roles
 * here have throwaway names, so the cluster's own `jazari_app` (used by suites running at the same time)
 * is never touched.
 */
describe('database provisioning', () => {
  const suffix = `${process.pid}_${Date.now()}`;
  const roles: RoleNames = { owner: `jazari_owner_p${suffix}`, app: `jazari_app_p${suffix}` };
  const database = `jazari_provision_${suffix}`;
  const other = `jazari_other_p${suffix}`;
  let admin: pg.Client;

  const attributes = async (role: string): Promise<Record<string, unknown>> => {
    const { rows } = await admin.query<Record<string, unknown>>(
      `SELECT rolcanlogin AS login, rolsuper AS superuser, rolbypassrls AS bypassrls, rolcreatedb AS createdb,
              rolcreaterole AS createrole, rolreplication AS replication, rolconnlimit AS connlimit,
              rolvaliduntil IS NULL OR rolvaliduntil = 'infinity' AS valid,
              (SELECT count(*)::int FROM pg_auth_members m WHERE m.member = r.oid) AS memberships
         FROM pg_roles r WHERE rolname = $1`,
      [role],
    );
    return rows[0] ?? {};
  };

  const logsIn = async (url: string): Promise<string> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<{ u: string }>('SELECT current_user AS u')).rows[0].u;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    admin = await adminClient();
    // The state the foundation migration leaves when run against an administrator URL (NOLOGIN), made
    // worse by hand: wrong password, BYPASSRLS, CREATEDB, an expiry in the past, a member of another role.
    await admin.query(`CREATE ROLE ${other} NOLOGIN`);
    await admin.query(
      `CREATE ROLE ${roles.app} NOLOGIN BYPASSRLS CREATEDB CONNECTION LIMIT 0 PASSWORD 'stale' VALID UNTIL '2001-01-01'`,
    );
    await admin.query(`GRANT ${other} TO ${roles.app}`);
    await admin.query(`CREATE ROLE ${roles.owner} NOLOGIN SUPERUSER`);
  });

  afterAll(async () => {
    await dropDatabase(testServices.adminUrl, database).catch(() => undefined);
    for (const role of [roles.app, roles.owner, other]) {
      await admin.query(`DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
    }
    await admin.end();
  });

  it('refuses the login of a NOLOGIN runtime role before provisioning', async () => {
    const url = new URL(testServices.adminUrl);
    url.username = roles.app;
    url.password = roles.app;
    await expect(logsIn(url.toString())).rejects.toThrow(/not permitted to log in|authentication failed/);
  });

  it('brings existing roles to exactly what they need, and both can then log in', async () => {
    const provisioned = await provisionDatabase(testServices.adminUrl, database, roles);
    const expected = {
      login: true,
      superuser: false,
      bypassrls: false,
      createdb: false,
      replication: false,
      connlimit: -1,
      valid: true,
      memberships: 0,
    };
    expect(await attributes(roles.app)).toEqual({ ...expected, createrole: false });
    expect(await attributes(roles.owner)).toEqual({ ...expected, createrole: true });
    expect(await logsIn(provisioned.appUrl)).toBe(roles.app);
    expect(await logsIn(provisioned.ownerUrl)).toBe(roles.owner);
    const owner = await admin.query<{ owner: string }>(
      `SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1`,
      [database],
    );
    expect(owner.rows).toEqual([{ owner: roles.owner }]);
  });

  it('is idempotent: provisioning again changes nothing and still logs in', async () => {
    const before = [await attributes(roles.app), await attributes(roles.owner)];
    const again = await provisionDatabase(testServices.adminUrl, database, roles);
    expect([await attributes(roles.app), await attributes(roles.owner)]).toEqual(before);
    expect(await logsIn(again.appUrl)).toBe(roles.app);
  });

  it('converges when several runs provision the same roles at once', async () => {
    await admin.query(`ALTER ROLE ${roles.app} NOLOGIN`);
    const runs = await Promise.all(
      [1, 2, 3].map(() => provisionDatabase(testServices.adminUrl, database, roles)),
    );
    for (const run of runs) expect(await logsIn(run.appUrl)).toBe(roles.app);
  });
});
