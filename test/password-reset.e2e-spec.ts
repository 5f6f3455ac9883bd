import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import {
  idle,
  signIn,
  startMailSink,
  testConfig,
  testWorld,
  type MailSink,
  type ReceivedMail,
  type TestWorld,
} from '@jazari/testing';
import request from 'supertest';

/**
 * Issue 20 point 1: a forgotten password is reset by e-mail. Asking answers the same for any address; a
 * known person gets a link (30 minutes, once) through a real SMTP server on loopback, in their language;
 * using it sets the password (the profile's strength rules), ends every session, closes the person's
 * other links and sends a second e-mail; asking and using are throttled.
 */
jest.setTimeout(60_000);

describe('password reset by e-mail', () => {
  let smtp: MailSink;
  let world: TestWorld<'lab' | 'acme', 'alice' | 'bob' | 'carol' | 'dave' | 'erin' | 'manager'>;
  /** Each test comes from an address of its own (TRUST_PROXY: loopback), so per-address counters stay apart. */
  let from = 0;
  const client = () => `198.51.100.${++from}`;

  const post = (path: string, body: object, ip: string, language?: string) => {
    const call = request(world.api.getHttpServer())
      .post(`/api/v1/auth/password-reset${path}`)
      .set('x-forwarded-for', ip);
    if (language) call.set('accept-language', language);
    return call.send(body);
  };
  const ask = (email: string, ip = client(), language?: string) => post('', { email }, ip, language);
  const linkIn = (mail: ReceivedMail): string => {
    const link = /https:\/\/jazari\.test\/reset-password\?token=(jzp_[A-Za-z0-9_-]{86})/.exec(mail.text);
    if (!link) throw new Error(`no reset link in: ${mail.text}`);
    return link[1];
  };
  const passwordHash = async (userId: string): Promise<string> =>
    (
      await world.admin.query<{ h: string }>(`SELECT password_hash AS h FROM app_user WHERE id = $1`, [
        userId,
      ])
    ).rows[0].h;
  const audit = async (action: string, userId: string) =>
    (
      await world.admin.query<{
        tenant_id: string;
        actor_user_id: string | null;
        data: Record<string, unknown>;
      }>(
        `SELECT tenant_id, actor_user_id, data FROM audit_event WHERE action = $1 AND target_id = $2 ORDER BY seq`,
        [action, userId],
      )
    ).rows;

  beforeAll(async () => {
    smtp = await startMailSink();
    world = await testWorld({
      config: testConfig({
        SMTP_URL: smtp.url,
        PUBLIC_URL: 'https://jazari.test',
        TRUST_PROXY: 'loopback',
        THROTTLE_LOGIN_ATTEMPTS_PER_IP: '1000',
        THROTTLE_RESET_REQUESTS_PER_IP: '5',
        THROTTLE_RESETS_PER_ACCOUNT: '3',
      }),
      tenants: { lab: 'institute', acme: 'partner' },
      users: {
        // Two memberships; signed in last to acme (below), so the link is written there.
        alice: {
          memberships: [
            { tenant: 'lab', role: 'institute_manager' },
            { tenant: 'acme', role: 'partner_member' },
          ],
          locale: 'fr',
        },
        bob: { tenant: 'acme', role: 'partner_admin', locale: 'ar' },
        carol: { tenant: 'lab', role: 'researcher', locale: 'en' },
        dave: { tenant: 'lab', role: 'researcher' },
        erin: { tenant: 'acme', role: 'partner_member', locale: 'en' },
        manager: { tenant: 'lab', role: 'institute_manager' },
      },
      worker: true,
    });
  });
  afterAll(async () => {
    await world?.close();
    await smtp?.close();
  });

  it('answers the same for an unknown and a known address, and e-mails the known one a link', async () => {
    const unknown = await ask('nobody-here@test.jazari.ma');
    const known = await ask(world.users.bob.email.toUpperCase());
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    expect(known.body).toEqual({ validMinutes: 30 });
    expect(known.headers['content-type']).toBe(unknown.headers['content-type']);

    await idle(world.worker);
    expect(smtp.to('nobody-here@test.jazari.ma')).toHaveLength(0);
    const [mail] = smtp.to(world.users.bob.email);
    expect(smtp.to(world.users.bob.email)).toHaveLength(1);
    // In the person's language (bob reads Arabic), right to left.
    expect(mail.text).toContain('30 دقيقة');
    expect(mail.html).toContain('dir="rtl"');
    const token = linkIn(mail);
    // Only the secret's hash is kept; the outbox event carries the row's id, nothing secret.
    const rows = await world.admin.query<{ secret_hash: Buffer; tenant_id: string }>(
      `SELECT secret_hash, tenant_id FROM password_reset WHERE user_id = $1`,
      [world.users.bob.id],
    );
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0].tenant_id).toBe(world.tenants.acme.id);
    expect(rows.rows[0].secret_hash).toHaveLength(32);
    const events = await world.admin.query<{ payload: unknown }>(
      `SELECT payload FROM outbox_event WHERE type = 'identity.password_reset_requested'`,
    );
    expect(JSON.stringify(events.rows)).not.toContain(token.slice(4));
    const requested = await audit('user.reset_requested', world.users.bob.id);
    expect(requested).toHaveLength(1);
    expect(requested[0].actor_user_id).toBeNull();
    expect(requested[0].data.ip).toMatch(/^198\.51\.100\./);
    // The link's page knows it works.
    const check = await post('/check', { token }, client()).expect(200);
    expect(Date.parse(check.body.expiresAt as string)).toBeGreaterThan(Date.now() + 29 * 60_000);
  });

  it('sets the new password once, ends every session, closes other links and says so by e-mail', async () => {
    const alice = world.users.alice;
    // Signed in twice: once in lab, then in acme (the tenant used last: where a link is written).
    const inLab = world.sessions.alice;
    const switched = await request(world.api.getHttpServer())
      .post('/api/v1/auth/switch-tenant')
      .auth(inLab.accessToken, { type: 'bearer' })
      .send({ tenantId: world.tenants.acme.id })
      .expect(200);
    const second = await signIn(world.api, alice.email, alice.password);
    expect(second.tenant.id).toBe(world.tenants.acme.id);

    await ask(alice.email).expect(202);
    await ask(alice.email).expect(202);
    await idle(world.worker);
    const mails = smtp.to(alice.email);
    expect(mails).toHaveLength(2);
    expect(mails[0].text).toContain('valable 30 minutes');
    const [first, other] = mails.map(linkIn);
    expect(first).not.toBe(other);

    await post('/complete', { token: first, password: 'A-new-long-passphrase-42' }, client()).expect(204);
    // The old password no longer signs in; the new one does.
    await request(world.api.getHttpServer())
      .post('/api/v1/auth/login')
      .send({ email: alice.email, password: alice.password })
      .expect(401);
    const fresh = await signIn(world.api, alice.email, 'A-new-long-passphrase-42');
    // Every session of the person ended, in every tenant.
    for (const session of [switched.body as { accessToken: string; refreshToken: string }, second]) {
      await request(world.api.getHttpServer())
        .get('/api/v1/me')
        .auth(session.accessToken, { type: 'bearer' })
        .expect(401);
      await request(world.api.getHttpServer())
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: session.refreshToken })
        .expect(401);
    }
    const ended = await world.admin.query<{ n: string }>(
      `SELECT count(*) AS n FROM auth_session WHERE user_id = $1 AND revoked_reason = 'password_reset'`,
      [alice.id],
    );
    expect(Number(ended.rows[0].n)).toBe(2);
    // The link works once; the other open link stopped working too.
    const again = await post('/complete', { token: first, password: 'Yet-another-passphrase-7' }, client());
    expect(again.status).toBe(410);
    expect(again.body.type).toBe('https://jazari.ma/problems/reset-link-used');
    const closed = await post('/complete', { token: other, password: 'Yet-another-passphrase-7' }, client());
    expect(closed.status).toBe(410);
    expect(closed.body.type).toBe('https://jazari.ma/problems/reset-link-expired');
    await post('/check', { token: other }, client()).expect(410);
    await signIn(world.api, alice.email, 'A-new-long-passphrase-42');

    // Then an e-mail that the password was changed, in French, pointing to the sign-in page.
    await idle(world.worker);
    const after = smtp.to(alice.email);
    expect(after).toHaveLength(3);
    expect(after[2].text).toContain('vient d’être changé');
    expect(after[2].text).toContain('https://jazari.test/sign-in');
    const reset = await audit('user.password_reset', alice.id);
    expect(reset).toHaveLength(1);
    expect(reset[0]).toMatchObject({
      tenant_id: world.tenants.acme.id,
      actor_user_id: alice.id,
      data: { revokedSessions: 2, closedLinks: 1 },
    });
    expect(fresh.tenant.id).toBe(world.tenants.acme.id);
  });

  it('refuses a weak password next to its field and changes nothing', async () => {
    const carol = world.users.carol;
    await ask(carol.email).expect(202);
    await idle(world.worker);
    const token = linkIn(smtp.to(carol.email)[0]);
    const before = await passwordHash(carol.id);

    for (const [password, language, words] of [
      ['short', 'en', 'password must be longer than or equal to 12 characters'],
      ['short', 'fr', 'password doit compter entre 12 et 256 caractères'],
      ['short', 'ar', 'يجب أن يكون طول password بين 12 و256 حرفًا'],
    ] as const) {
      const weak = await post('/complete', { token, password }, client(), language).expect(400);
      expect(weak.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(weak.headers['content-language']).toBe(language);
      expect(weak.body.type).toBe('https://jazari.ma/problems/validation-failed');
      const field = (weak.body.errors as { field: string; messages: string[] }[]).find(
        (e) => e.field === 'password',
      );
      expect(field?.messages.join(' ')).toContain(words);
    }
    expect(await passwordHash(carol.id)).toBe(before);
    // The session still works, and the link still does.
    await world.as('carol').get('/me').expect(200);
    await post('/check', { token }, client()).expect(200);
    expect(await audit('user.password_reset', carol.id)).toHaveLength(0);
  });

  it('refuses an expired link and a tampered one, in the caller’s language', async () => {
    const dave = world.users.dave;
    await ask(dave.email).expect(202);
    await idle(world.worker);
    const token = linkIn(smtp.to(dave.email)[0]);
    const before = await passwordHash(dave.id);

    // A byte of the secret changed: not a link this server made.
    const last = token.at(-2) === 'A' ? 'B' : 'A';
    const tampered = `${token.slice(0, -2)}${last}${token.at(-1)}`;
    const forged = await post(
      '/complete',
      { token: tampered, password: 'Long-enough-password-1' },
      client(),
      'ar',
    );
    expect(forged.status).toBe(404);
    expect(forged.headers['content-language']).toBe('ar');
    expect(forged.body.detail).toBe('رابط إعادة التعيين هذا غير موجود.');
    await post('/check', { token: 'jzp_not-a-token' }, client()).expect(404);
    // The same link naming another tenant (dave's link is lab's): refused too.
    const body = Buffer.from(token.slice(4), 'base64url');
    const otherTenant = Buffer.from(world.tenants.acme.id.replace(/-/g, ''), 'hex');
    const moved = `jzp_${Buffer.concat([otherTenant, body.subarray(16)]).toString('base64url')}`;
    await post('/check', { token: moved }, client()).expect(404);
    await post('/complete', { token: moved, password: 'Long-enough-password-1' }, client()).expect(404);

    await world.admin.query(
      `UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [dave.id],
    );
    const expired = await post('/complete', { token, password: 'Long-enough-password-1' }, client(), 'fr');
    expect(expired.status).toBe(410);
    expect(expired.body.type).toBe('https://jazari.ma/problems/reset-link-expired');
    expect(expired.body.title).toBe('Ce lien de réinitialisation n’est plus valable');
    expect(expired.body.detail).toBe('Demandez un nouveau lien.');
    const english = await post('/check', { token }, client(), 'en').expect(410);
    expect(english.body.title).toBe('This reset link is no longer valid');
    expect(await passwordHash(dave.id)).toBe(before);
    await world.as('dave').get('/me').expect(200);
  });

  it('throttles asking per e-mail address and per client address, with Retry-After', async () => {
    const erin = world.users.erin.email;
    // Per e-mail address (3 per window), from different clients, counted alike for unknown addresses.
    for (let i = 0; i < 3; i++) await ask(erin).expect(202);
    const limited = await ask(erin, client(), 'fr').expect(429);
    expect(limited.body.type).toBe('https://jazari.ma/problems/too-many-requests');
    expect(limited.body.title).toBe('Trop de tentatives');
    expect(limited.body.detail).toBe(`Réessayez dans ${limited.headers['retry-after']} s.`);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.retryAfter).toBe(Number(limited.headers['retry-after']));
    for (let i = 0; i < 3; i++) await ask('ghost@test.jazari.ma').expect(202);
    const ghost = await ask('ghost@test.jazari.ma').expect(429);
    expect(ghost.body.type).toBe(limited.body.type);
    // Per client address (5 per window), whatever the e-mail.
    const ip = client();
    for (let i = 0; i < 5; i++) await ask(`someone-${i}@test.jazari.ma`, ip).expect(202);
    const busy = await ask('someone-else@test.jazari.ma', ip).expect(429);
    expect(Number(busy.headers['retry-after'])).toBeGreaterThan(0);
    await idle(world.worker);
    // Only the three accepted requests for erin sent a link.
    expect(smtp.to(erin)).toHaveLength(3);
  });

  it('lets only one of two uses at the same moment through', async () => {
    const bob = world.users.bob;
    await ask(bob.email).expect(202);
    await idle(world.worker);
    const mails = smtp.to(bob.email);
    const token = linkIn(mails[mails.length - 1]);
    const [a, b] = await Promise.all([
      post('/complete', { token, password: 'First-racing-password-1' }, client()),
      post('/complete', { token, password: 'Second-racing-password-2' }, client()),
    ]);
    expect([a.status, b.status].sort()).toEqual([204, 410]);
    const winner = a.status === 204 ? 'First-racing-password-1' : 'Second-racing-password-2';
    await signIn(world.api, bob.email, winner);
    expect(await audit('user.password_reset', bob.id)).toHaveLength(1);
  });

  it('keeps the reset e-mails personal: not a preference, not a webhook event', async () => {
    const manager = world.as('manager');
    const preferences = await manager.get('/me/notification-preferences').expect(200);
    const categories = (preferences.body.data as { category: string }[]).map((p) => p.category);
    expect(categories).toContain('signatures');
    expect(categories).not.toContain('account');
    await manager
      .patch('/me/notification-preferences', { preferences: [{ category: 'account', email: 'off' }] })
      .expect(400);
    const types = await manager.get('/webhooks/event-types').expect(200);
    expect(types.body.data).toContain('identity.invitation_created');
    expect((types.body.data as string[]).filter((t) => t.startsWith('identity.password_reset'))).toEqual([]);
    const subscribe = await manager
      .post('/webhooks', {
        url: 'https://hooks.example.org/x',
        eventTypes: ['identity.password_reset_requested'],
      })
      .expect(400);
    expect(subscribe.body.type).toBe('https://jazari.ma/problems/webhook-unknown-event-types');
  });

  it('refuses what is not an e-mail, and unknown fields, writing nothing', async () => {
    const bad = await ask('not-an-email', client(), 'ar').expect(400);
    expect(bad.body.errors[0].field).toBe('email');
    expect(bad.headers['content-language']).toBe('ar');
    await post('', { email: world.users.dave.email, userId: world.users.dave.id }, client()).expect(400);
    const count = await world.admin.query<{ n: string }>(
      `SELECT count(*) AS n FROM password_reset WHERE user_id = $1`,
      [world.users.dave.id],
    );
    expect(Number(count.rows[0].n)).toBe(1);
  });
});
