import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import {
  adminClient,
  createTenant,
  createUser,
  ensureRootTenant,
  signIn,
  testConfig,
  type SignedIn,
  type TestTenant,
} from '@jazari/testing';
import type pg from 'pg';

interface Side {
  readonly tenant: TestTenant;
  readonly session: SignedIn;
  readonly members: ReadonlySet<string>;
}

const REQUESTS = 10_000;
const IN_FLIGHT = 16;

/**
 * Two tenants' requests interleaved through the real API on a pool of two connections, one in ten failing
 * inside its transaction (a unique violation after an UPDATE): no response may ever carry the other
 * tenant's rows, and no failed request may leave anything behind.
 */
describe('tenant isolation under a small shared pool', () => {
  const config = testConfig({ DATABASE_POOL_SIZE: '2' });
  let api: NestFastifyApplication;
  let admin: pg.Client;
  let sides: [Side, Side];
  let baseUrl: string;
  // Real HTTP over keep-alive connections (Node's fetch), as clients call the API.
  const call = async (
    method: 'GET' | 'POST',
    path: string,
    token: string,
    body?: object,
  ): Promise<{ status: number; body: unknown }> => {
    const response = await fetch(baseUrl + path, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    admin = await adminClient();
    await ensureRootTenant(admin);
    api = await createApi(config);
    await api.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = await api.getUrl();
    const side = async (): Promise<Side> => {
      const tenant = await createTenant(admin, 'institute');
      const manager = await createUser(admin, [{ tenant, role: 'institute_manager' }]);
      const members = [manager.id];
      for (let i = 0; i < 5; i++)
        members.push((await createUser(admin, [{ tenant, role: 'researcher' }])).id);
      const session = await signIn(api, manager.email, manager.password);
      // An open invitation that every failing request collides with.
      const invited = await call('POST', '/api/v1/invitations', session.accessToken, {
        email: 'pending@pool.test',
        role: 'researcher',
      });
      expect(invited.status).toBe(201);
      return { tenant, session, members: new Set(members) };
    };
    sides = [await side(), await side()];
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await admin?.end();
  });

  it(`serves ${REQUESTS} interleaved requests without ever returning the other tenant's rows`, async () => {
    const tally = { ok: 0, failedInTransaction: 0, leaked: 0, unexpected: [] as string[] };
    let next = 0;
    const one = async (i: number): Promise<void> => {
      const side = sides[i % 2];
      const other = sides[(i + 1) % 2];
      const token = side.session.accessToken;
      if (i % 10 === 9) {
        // Runs an UPDATE, then the INSERT violates uq_invitation_open: the transaction fails mid-way.
        const response = await call('POST', '/api/v1/invitations', token, {
          email: 'pending@pool.test',
          role: 'researcher',
        });
        if (response.status === 409) tally.failedInTransaction++;
        else tally.unexpected.push(`invite ${response.status}`);
        return;
      }
      const response = await call('GET', '/api/v1/members?limit=50', token);
      if (response.status !== 200) {
        tally.unexpected.push(`members ${response.status}`);
        return;
      }
      const ids = (response.body as { data: { id: string }[] }).data.map((m) => m.id);
      if (ids.some((id) => other.members.has(id) || !side.members.has(id))) tally.leaked++;
      else if (ids.length === side.members.size) tally.ok++;
      else tally.unexpected.push(`members: ${ids.length} rows`);
    };
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < REQUESTS) await one(next++);
      }),
    );

    expect(tally.unexpected).toEqual([]);
    expect(tally.leaked).toBe(0);
    expect(tally.failedInTransaction).toBe(REQUESTS / 10);
    expect(tally.ok).toBe(REQUESTS - REQUESTS / 10);
    // Nothing half-written: each tenant still has exactly its one open invitation.
    for (const side of sides) {
      const { rows } = await admin.query(`SELECT count(*)::int AS n FROM invitation WHERE tenant_id = $1`, [
        side.tenant.id,
      ]);
      expect(rows[0].n).toBe(1);
    }
  }, 300_000);
});
