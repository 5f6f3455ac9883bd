import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createApi } from '@jazari/api';
import { signIn, testConfig, testWorld, type TestWorld } from '@jazari/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';

/**
 * Behind a load balancer every connection comes from the proxy: the client's address is in
 * X-Forwarded-For, which only the configured proxies may set (TRUST_PROXY, docs/identity.md). What a
 * person sees (the address of each session) and what protects them (the login throttle per address)
 * follow the forwarded address when the proxy is trusted, and ignore it when it is not — a client that
 * forges the header cannot escape the throttle nor put a false address in someone's session list.
 */
jest.setTimeout(60_000);

interface Session {
  ip: string | null;
  network: string | null;
  current: boolean;
}

const attemptFrom = (api: NestFastifyApplication, forwardedFor: string) =>
  request(api.getHttpServer())
    .post('/api/v1/auth/login')
    .set('x-forwarded-for', forwardedFor)
    .send({ email: `nobody-${Math.random()}@example.test`, password: 'not the password' });

describe('client addresses behind a proxy', () => {
  let world: TestWorld<'lab', 'alice'>;
  let direct: NestFastifyApplication;

  beforeAll(async () => {
    world = await testWorld({
      config: testConfig({ TRUST_PROXY: 'loopback', THROTTLE_LOGIN_ATTEMPTS_PER_IP: '3' }),
      tenants: { lab: 'institute' },
      users: { alice: { tenant: 'lab', role: 'researcher' } },
    });
    // The same database, without a trusted proxy (the default).
    direct = await createApi(testConfig());
  });
  afterAll(async () => {
    await direct?.close();
    await world?.close();
  });

  const currentSession = async (api: NestFastifyApplication, accessToken: string): Promise<Session> => {
    const response = await request(api.getHttpServer())
      .get('/api/v1/me/sessions')
      .auth(accessToken, { type: 'bearer' })
      .expect(200);
    return (response.body.data as Session[]).find((s) => s.current)!;
  };

  it('records the forwarded address, the proxy’s last hop, when the proxy is trusted', async () => {
    const alice = world.users.alice;
    // The proxy appends the address it saw; whatever the client put before it is not believed.
    const session = await signIn(world.api, alice.email, alice.password, {
      'x-forwarded-for': '10.9.9.9, 203.0.113.7',
    });
    expect(await currentSession(world.api, session.accessToken)).toMatchObject({
      ip: '203.0.113.7',
      network: 'public',
    });
  });

  it('ignores a forged X-Forwarded-For when no proxy is trusted', async () => {
    const alice = world.users.alice;
    const session = await signIn(direct, alice.email, alice.password, { 'x-forwarded-for': '203.0.113.7' });
    const current = await currentSession(direct, session.accessToken);
    expect(current.network).toBe('loopback');
    expect(current.ip).not.toContain('203.0.113.7');
  });

  it('throttles logins per forwarded address: one client is stopped, another behind the same proxy is not', async () => {
    for (let i = 0; i < 3; i++) await attemptFrom(world.api, '198.51.100.20').expect(401);
    const refused = await attemptFrom(world.api, '198.51.100.20').expect(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.headers['retry-after']).toBeDefined();
    // Another client, through the same proxy connection address.
    await attemptFrom(world.api, '198.51.100.21').expect(401);
    const alice = world.users.alice;
    await request(world.api.getHttpServer())
      .post('/api/v1/auth/login')
      .set('x-forwarded-for', '198.51.100.22')
      .send({ email: alice.email, password: alice.password })
      .expect(200);
  });

  it('does not let a client escape the throttle by changing a header no proxy vouches for', async () => {
    const untrusting = await createApi(testConfig({ THROTTLE_LOGIN_ATTEMPTS_PER_IP: '3' }));
    try {
      for (let i = 0; i < 3; i++) await attemptFrom(untrusting, `192.0.2.${i + 1}`).expect(401);
      await attemptFrom(untrusting, '192.0.2.99').expect(429);
    } finally {
      await untrusting.close();
    }
  });
});
