import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { signIn, testConfig, testWorld, type SignedIn, type TestWorld } from '@jazari/testing';
import request from 'supertest';

/**
 * Issue 20 point 4: a person sees their sessions (device, address, last use) in every tenant, ends one
 * or all the others; a tenant's administrators see and end their members' sessions there — and nothing
 * of another tenant's.
 */
jest.setTimeout(60_000);

interface Session {
  id: string;
  tenant: { id: string };
  ip: string | null;
  network: string | null;
  device: { browser: string | null; system: string | null };
  current: boolean;
  lastUsedAt: string;
}

describe('sessions people can see', () => {
  let world: TestWorld<'lab' | 'acme', 'alice' | 'admin' | 'researcher' | 'outsider'>;
  const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
  const ANDROID =
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';

  const as = (session: SignedIn) => ({
    get: (path: string) =>
      request(world.api.getHttpServer()).get(`/api/v1${path}`).auth(session.accessToken, { type: 'bearer' }),
    post: (path: string) =>
      request(world.api.getHttpServer()).post(`/api/v1${path}`).auth(session.accessToken, { type: 'bearer' }),
    delete: (path: string) =>
      request(world.api.getHttpServer())
        .delete(`/api/v1${path}`)
        .auth(session.accessToken, { type: 'bearer' }),
  });
  const login = (email: string, agent: string) =>
    signIn(world.api, email, world.users.alice.password, { 'user-agent': agent });

  beforeAll(async () => {
    world = await testWorld({
      config: testConfig({ THROTTLE_LOGIN_ATTEMPTS_PER_IP: '1000' }),
      tenants: { lab: 'institute', acme: 'partner' },
      users: {
        alice: {
          memberships: [
            { tenant: 'lab', role: 'researcher' },
            { tenant: 'acme', role: 'partner_member' },
          ],
        },
        admin: { tenant: 'lab', role: 'institute_manager' },
        researcher: { tenant: 'lab', role: 'researcher' },
        outsider: { tenant: 'acme', role: 'partner_admin' },
      },
    });
  });
  afterAll(() => world?.close());

  it('lists my sessions in every tenant, with device and address, and marks this one', async () => {
    const alice = world.users.alice;
    const onPhone = await login(alice.email, ANDROID);
    const onLaptop = await login(alice.email, FIREFOX);
    // A third, switched to acme: the session in lab ends, one in acme begins.
    const inAcme = await request(world.api.getHttpServer())
      .post('/api/v1/auth/switch-tenant')
      .auth(onLaptop.accessToken, { type: 'bearer' })
      .set('user-agent', FIREFOX)
      .send({ tenantId: world.tenants.acme.id })
      .expect(200);
    const list = await as(onPhone).get('/me/sessions').expect(200);
    const sessions = list.body.data as Session[];
    // world's own sign-in (lab), the phone (lab), the laptop now in acme; the switched-from one is over.
    expect(sessions).toHaveLength(3);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    const current = sessions.find((s) => s.current)!;
    expect(current.device).toEqual({ browser: 'Chrome', system: 'Android' });
    expect(current.tenant.id).toBe(world.tenants.lab.id);
    const acme = sessions.find((s) => s.tenant.id === world.tenants.acme.id)!;
    expect(acme.device).toEqual({ browser: 'Firefox', system: 'Windows' });
    expect(acme.network).toBe('loopback');
    expect(acme.ip).toMatch(/127\.0\.0\.1/);
    // Last used first.
    const times = sessions.map((s) => Date.parse(s.lastUsedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    // Sign out one (the acme one, from the phone in lab): its token stops working; the others don't.
    await as(onPhone).delete(`/me/sessions/${acme.id}`).expect(204);
    await as(inAcme.body as SignedIn)
      .get('/me')
      .expect(401);
    await as(onPhone).get('/me').expect(200);
    // Again: not a live session of mine any more.
    await as(onPhone).delete(`/me/sessions/${acme.id}`).expect(404);

    // Everywhere else: only the phone's session remains.
    const ended = await as(onPhone).post('/me/sessions/end-others').expect(200);
    expect(ended.body).toEqual({ revokedSessions: 1 });
    await as(world.sessions.alice).get('/me').expect(401);
    const after = await as(onPhone).get('/me/sessions').expect(200);
    expect((after.body.data as Session[]).map((s) => s.id)).toEqual([current.id]);
    const audit = await world.admin.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE actor_user_id = $1 AND action LIKE 'session.%' ORDER BY seq`,
      [alice.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['session.ended', 'session.ended_others']);
  });

  it('refuses to end someone else’s session through my own routes', async () => {
    const researcher = await login(world.users.researcher.email, FIREFOX);
    const mine = await login(world.users.admin.email, FIREFOX);
    await as(mine)
      .delete(`/me/sessions/${sessionIdOf(researcher)}`)
      .expect(404);
    await as(researcher).get('/me').expect(200);
    const own = await as(researcher).get('/me/sessions').expect(200);
    expect((own.body.data as Session[]).every((s) => s.id !== sessionIdOf(mine))).toBe(true);
  });

  it('lets an admin see and end a member’s sessions in the tenant, and nothing of another tenant', async () => {
    const admin = world.sessions.admin;
    const member = await login(world.users.researcher.email, ANDROID);
    const list = await as(admin).get(`/members/${world.users.researcher.id}/sessions`).expect(200);
    const sessions = list.body.data as Session[];
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    expect(sessions.every((s) => s.tenant.id === world.tenants.lab.id && !s.current)).toBe(true);
    const target = sessions.find((s) => s.id === sessionIdOf(member))!;
    expect(target.device.system).toBe('Android');

    // Another tenant's admin: the member is not theirs (404), nor is the session.
    const outsider = world.sessions.outsider;
    await as(outsider).get(`/members/${world.users.researcher.id}/sessions`).expect(404);
    await as(outsider).delete(`/members/${world.users.researcher.id}/sessions/${target.id}`).expect(404);
    // A member who is in both tenants: acme's admin sees only alice's sessions in acme.
    const aliceInAcme = await login(world.users.alice.email, FIREFOX); // acme: the tenant she used last
    expect(aliceInAcme.tenant.id).toBe(world.tenants.acme.id);
    const alicesInAcme = await as(outsider).get(`/members/${world.users.alice.id}/sessions`).expect(200);
    expect((alicesInAcme.body.data as Session[]).map((s) => s.id)).toEqual([sessionIdOf(aliceInAcme)]);
    const alicesInLab = await as(admin).get(`/members/${world.users.alice.id}/sessions`).expect(200);
    expect((alicesInLab.body.data as Session[]).map((s) => s.tenant.id)).toEqual([world.tenants.lab.id]);
    // Not an admin: 403.
    await as(member).get(`/members/${world.users.admin.id}/sessions`).expect(403);
    await as(member).get('/me').expect(200);

    await as(admin).delete(`/members/${world.users.researcher.id}/sessions/${target.id}`).expect(204);
    await as(member).get('/me').expect(401);
    const entry = await world.admin.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM audit_event WHERE action = 'session.ended' AND target_id = $1`,
      [target.id],
    );
    expect(entry.rows[0].data).toEqual({ userId: world.users.researcher.id, byAdmin: true });
  });

  it('is personal: an API key cannot list sessions', async () => {
    const key = await as(world.sessions.admin)
      .post('/api-keys')
      .send({ name: 'sessions', permissions: ['members.read'] })
      .expect(201);
    await request(world.api.getHttpServer())
      .get('/api/v1/me/sessions')
      .auth(key.body.key as string, { type: 'bearer' })
      .expect(403);
  });
});

/** The session id (`sid`) inside an access token. */
function sessionIdOf(session: SignedIn): string {
  const payload = session.accessToken.split('.')[1];
  return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sid: string }).sid;
}
