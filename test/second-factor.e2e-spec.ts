import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import {
  clockOf,
  enrolTotp,
  idle,
  rememberTotpSecret,
  signIn,
  startMailSink,
  testClock,
  testConfig,
  testWorld,
  totpCode,
  totpSecretOf,
  type MailSink,
  type TestWorld,
} from '@jazari/testing';
import { createApi } from '@jazari/api';
import { SystemClock } from '@jazari/config';
import { HOTP, Secret } from 'otpauth';
import request from 'supertest';

/**
 * Issue 20 point 3: a second factor (TOTP, RFC 6238) with recovery codes. Set up from the profile
 * (secret shown once, confirmed by a first code, sealed at rest), asked after the password at sign-in
 * (a single-use challenge; the session opens only after it), never accepting a code twice, counted like
 * passwords, turned off only with a fresh code; required of Root's administrators and of the members of
 * a tenant whose administrator requires it; invisible to anyone but its owner.
 */
jest.setTimeout(120_000);

describe('second factor', () => {
  let smtp: MailSink;
  let world: TestWorld<
    'root' | 'lab' | 'acme',
    'admin' | 'alice' | 'bob' | 'carol' | 'dave' | 'manager' | 'partner' | 'guesser' | 'replayer' | 'clocked'
  >;
  let from = 0;
  const client = () => `203.0.113.${++from}`;
  const http = () => request(world.api.getHttpServer());
  const login = (who: { email: string; password: string }, ip = client()) =>
    http()
      .post('/api/v1/auth/login')
      .set('x-forwarded-for', ip)
      .send({ email: who.email, password: who.password });
  const answer = (challengeToken: string, code: string, ip = client()) =>
    http().post('/api/v1/auth/second-factor').set('x-forwarded-for', ip).send({ challengeToken, code });
  const sessionsOf = async (userId: string) =>
    Number(
      (
        await world.admin.query<{ n: string }>(
          `SELECT count(*) AS n FROM auth_session WHERE user_id = $1 AND revoked_at IS NULL`,
          [userId],
        )
      ).rows[0].n,
    );
  const audit = async (action: string, userId: string) =>
    (
      await world.admin.query<{ tenant_id: string; data: Record<string, unknown> }>(
        `SELECT tenant_id, data FROM audit_event WHERE action = $1 AND target_id = $2 ORDER BY seq`,
        [action, userId],
      )
    ).rows;
  /** Sets up alice-like users through the profile routes; answers the recovery codes. */
  const enrol = async (who: 'alice' | 'bob' | 'carol' | 'guesser' | 'clocked') => {
    const begun = await world.as(who).post('/me/second-factor/totp').expect(200);
    rememberTotpSecret(world.users[who].email, begun.body.secret, clockOf(world.api));
    const done = await world
      .as(who)
      .post('/me/second-factor/totp/confirm', { code: await totpCode(world.users[who].email) })
      .expect(200);
    return done.body.recoveryCodes as string[];
  };

  beforeAll(async () => {
    smtp = await startMailSink();
    world = await testWorld({
      config: testConfig({
        SMTP_URL: smtp.url,
        PUBLIC_URL: 'https://jazari.test',
        TRUST_PROXY: 'loopback',
        THROTTLE_LOGIN_FAILURES_PER_ACCOUNT: '4',
      }),
      tenants: { root: 'root', lab: 'institute', acme: 'partner' },
      users: {
        admin: { tenant: 'root', role: 'network_admin' },
        alice: { tenant: 'lab', role: 'researcher', locale: 'fr' },
        bob: { tenant: 'acme', role: 'partner_member' },
        carol: { tenant: 'lab', role: 'researcher', locale: 'en' },
        dave: { tenant: 'acme', role: 'partner_member' },
        manager: { tenant: 'lab', role: 'institute_manager' },
        partner: { tenant: 'acme', role: 'partner_admin' },
        guesser: { tenant: 'acme', role: 'partner_member' },
        replayer: { tenant: 'acme', role: 'partner_member' },
        clocked: { tenant: 'lab', role: 'researcher' },
      },
      worker: true,
    });
  });
  afterAll(async () => {
    await world?.close();
    await smtp?.close();
  });

  it('is set up from the profile: a secret to scan, confirmed by a first code, sealed at rest', async () => {
    expect((await world.as('alice').get('/me/second-factor').expect(200)).body).toEqual({
      totp: false,
      passkeys: 0,
      pendingEnrolment: false,
      recoveryCodesLeft: 0,
      required: false,
    });
    const begun = await world.as('alice').post('/me/second-factor/totp').expect(200);
    expect(begun.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(begun.body.otpauthUri).toContain(`secret=${begun.body.secret}`);
    expect(begun.body.otpauthUri).toContain(encodeURIComponent(world.users.alice.email));
    rememberTotpSecret(world.users.alice.email, begun.body.secret, clockOf(world.api));
    expect((await world.as('alice').get('/me/second-factor').expect(200)).body.pendingEnrolment).toBe(true);
    // Not yet confirmed: sign-in still needs the password only.
    expect((await login(world.users.alice)).status).toBe(200);

    const wrong = await world.as('alice').post('/me/second-factor/totp/confirm', { code: '000000' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.type).toContain('invalid-second-factor');
    const confirmed = await world
      .as('alice')
      .post('/me/second-factor/totp/confirm', { code: await totpCode(world.users.alice.email) })
      .expect(200);
    const codes = confirmed.body.recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);

    // At rest: the secret sealed (not readable), recovery codes hashed.
    const row = await world.admin.query<{ secret_sealed: Buffer }>(
      `SELECT secret_sealed FROM user_totp WHERE user_id = $1`,
      [world.users.alice.id],
    );
    expect(row.rows[0].secret_sealed.toString('latin1')).not.toContain(begun.body.secret);
    const stored = await world.admin.query<{ code_hash: Buffer }>(
      `SELECT code_hash FROM user_recovery_code WHERE user_id = $1`,
      [world.users.alice.id],
    );
    expect(stored.rows).toHaveLength(10);
    for (const r of stored.rows)
      expect(codes.some((c) => r.code_hash.toString('latin1').includes(c))).toBe(false);

    expect((await world.as('alice').get('/me/second-factor').expect(200)).body).toEqual({
      totp: true,
      passkeys: 0,
      pendingEnrolment: false,
      recoveryCodesLeft: 10,
      required: false,
    });
    expect(await audit('user.second_factor_enabled', world.users.alice.id)).toEqual([
      expect.objectContaining({
        tenant_id: world.tenants.lab.id,
        data: expect.objectContaining({ method: 'totp' }),
      }),
    ]);
    expect(await audit('user.second_factor_failed', world.users.alice.id)).toHaveLength(1);
    // A second set-up while one is on: refused.
    await world.as('alice').post('/me/second-factor/totp').expect(409);
  });

  it('asks for a code after the password; the session opens only once it is given, and a code works once', async () => {
    const before = await sessionsOf(world.users.alice.id);
    const first = await login(world.users.alice);
    expect(first.status).toBe(202);
    expect(first.body).toEqual({
      challengeToken: expect.stringMatching(/^jzc_/),
      expiresIn: 300,
      enrolmentRequired: false,
      passkey: false,
    });
    expect(first.body.accessToken).toBeUndefined();
    expect(await sessionsOf(world.users.alice.id)).toBe(before);

    const wrong = await answer(first.body.challengeToken, '123456');
    expect(wrong.status).toBe(401);
    expect(wrong.body.type).toContain('invalid-second-factor');
    const code = await totpCode(world.users.alice.email);
    const ok = await answer(first.body.challengeToken, code);
    expect(ok.status).toBe(200);
    expect(ok.body.accessToken).toEqual(expect.any(String));
    expect(ok.body.tenant.id).toBe(world.tenants.lab.id);
    expect(await sessionsOf(world.users.alice.id)).toBe(before + 1);
    await request(world.api.getHttpServer())
      .get('/api/v1/me')
      .auth(ok.body.accessToken, { type: 'bearer' })
      .expect(200);

    // The challenge is used up; the same code does not work twice, not even with a new challenge.
    const again = await answer(first.body.challengeToken, await totpCode(world.users.alice.email));
    expect(again.status).toBe(401);
    expect(again.body.type).toContain('invalid-challenge');
    const second = await login(world.users.alice);
    const replay = await answer(second.body.challengeToken, code);
    expect(replay.status).toBe(401);
    expect(replay.body.type).toContain('invalid-second-factor');
    // A forged or mangled challenge is refused like an expired one.
    const forged = await answer(`jzc_${'A'.repeat(86)}`, '123456');
    expect(forged.status).toBe(401);
    expect(forged.body.type).toContain('invalid-challenge');
    expect(await sessionsOf(world.users.alice.id)).toBe(before + 1);
    expect((await audit('user.second_factor_failed', world.users.alice.id)).length).toBeGreaterThanOrEqual(3);
  });

  it('refuses, on the real clock, a code replayed within its own 30-second step', async () => {
    // The world's API runs on the file's movable clock; this one on the machine's, as in production, so
    // the code below is replayed while its step is still current (or the next), never moved past.
    const real = await createApi(world.config, { clock: new SystemClock() });
    try {
      expect(clockOf(real)).toBeInstanceOf(SystemClock);
      const email = world.users.replayer.email;
      const session = await signIn(real, email, world.users.replayer.password);
      await enrolTotp(real, session.accessToken, email);
      const post = (path: string, body: object) =>
        request(real.getHttpServer()).post(`/api/v1${path}`).set('x-forwarded-for', client()).send(body);
      const signInWith = async (code: string) => {
        const started = await post('/auth/login', { email, password: world.users.replayer.password });
        expect(started.status).toBe(202);
        return post('/auth/second-factor', { challengeToken: started.body.challengeToken, code });
      };
      const code = await totpCode(email);
      expect((await signInWith(code)).status).toBe(200);
      const replay = await signInWith(code);
      // By time alone the code would still pass (its step is the current one or a neighbour): it is
      // refused because its step was used.
      const now = Math.floor(Date.now() / 30_000);
      const secret = Secret.fromBase32(totpSecretOf(email)!);
      const codes = [now - 1, now, now + 1].map((counter) =>
        HOTP.generate({ secret, counter, digits: 6, algorithm: 'SHA1' }),
      );
      expect(codes).toContain(code);
      expect(replay.status).toBe(401);
      expect(replay.body.type).toContain('invalid-second-factor');
      // A code of a later step still signs in.
      expect((await signInWith(await totpCode(email))).status).toBe(200);
    } finally {
      await real.close();
    }
  });

  it("takes the time step from the API's Clock, not the machine's", async () => {
    await enrol('clocked'); // with a code of the machine's current step at the latest
    const secret = Secret.fromBase32(totpSecretOf(world.users.clocked.email)!);
    const codeOf = (step: number) => HOTP.generate({ secret, counter: step, digits: 6, algorithm: 'SHA1' });
    const stepAt = (ms: number) => Math.floor(ms / 30_000);
    testClock.advance(5 * 30_000); // the API's clock five steps ahead of the machine's
    const started = await login(world.users.clocked);
    expect(started.status).toBe(202);
    // Never used and of the machine's next step, which the machine's clock would accept: refused.
    const byMachine = await answer(started.body.challengeToken, codeOf(stepAt(Date.now()) + 1));
    expect(byMachine.status).toBe(401);
    expect(byMachine.body.type).toContain('invalid-second-factor');
    const byClock = await answer(started.body.challengeToken, codeOf(stepAt(testClock.now().getTime())));
    expect(byClock.status).toBe(200);
  });

  it('takes a recovery code once, in place of a code of the app', async () => {
    const codes = await enrol('bob');
    const first = await login(world.users.bob);
    const ok = await answer(first.body.challengeToken, codes[3].toUpperCase().replace('-', ' '));
    expect(ok.status).toBe(200);
    const second = await login(world.users.bob);
    const reused = await answer(second.body.challengeToken, codes[3]);
    expect(reused.status).toBe(401);
    expect((await world.as('bob').get('/me/second-factor').expect(200)).body.recoveryCodesLeft).toBe(9);
    expect(await audit('user.recovery_code_used', world.users.bob.id)).toEqual([
      expect.objectContaining({
        tenant_id: world.tenants.acme.id,
        data: expect.objectContaining({ purpose: 'sign-in', left: 9 }),
      }),
    ]);

    // New codes take a fresh factor and replace the old ones.
    await world.as('bob').post('/me/second-factor/recovery-codes', { code: '000000' }).expect(403);
    const renewed = await world
      .as('bob')
      .post('/me/second-factor/recovery-codes', { code: codes[5] })
      .expect(200);
    expect(renewed.body.recoveryCodes).toHaveLength(10);
    const third = await login(world.users.bob);
    expect((await answer(third.body.challengeToken, codes[6])).status).toBe(401);
    expect((await answer(third.body.challengeToken, renewed.body.recoveryCodes[0])).status).toBe(200);
  });

  it('counts wrong codes like wrong passwords: past the limit, 429 even for the right code', async () => {
    await enrol('guesser');
    const start = await login(world.users.guesser);
    for (let i = 0; i < 4; i++) {
      expect((await answer(start.body.challengeToken, String(100000 + i))).status).toBe(401);
    }
    const blocked = await answer(start.body.challengeToken, await totpCode(world.users.guesser.email));
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // From another address too: the account's counter, not the address's.
    expect((await answer(start.body.challengeToken, '999999', client())).status).toBe(429);
    expect(
      (await audit('user.second_factor_failed', world.users.guesser.id)).some(
        (e) => e.data.throttled === true,
      ),
    ).toBe(true);
  });

  it('is turned off only with a fresh code; then the password alone signs in again', async () => {
    await enrol('carol');
    const wrong = await world.as('carol').post('/me/second-factor/disable', { code: '000000' });
    expect(wrong.status).toBe(403);
    expect((await login(world.users.carol)).status).toBe(202);
    await world
      .as('carol')
      .post('/me/second-factor/disable', { code: await totpCode(world.users.carol.email) })
      .expect(204);
    expect((await login(world.users.carol)).status).toBe(200);
    expect((await world.as('carol').get('/me/second-factor').expect(200)).body.totp).toBe(false);
    expect(await audit('user.second_factor_disabled', world.users.carol.id)).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ method: 'totp' }) }),
    ]);
  });

  it("is required of Root's administrators: set up at their first sign-in, and never turned off", async () => {
    // The test world signed the administrator in: the API made them set a factor up first.
    expect(totpSecretOf(world.users.admin.email)).toEqual(expect.any(String));
    expect((await world.as('admin').get('/me/second-factor').expect(200)).body).toEqual({
      totp: true,
      passkeys: 0,
      pendingEnrolment: false,
      recoveryCodesLeft: 10,
      required: true,
    });
    const off = await world
      .as('admin')
      .post('/me/second-factor/disable', { code: await totpCode(world.users.admin.email) });
    expect(off.status).toBe(409);
    expect(off.body.type).toContain('second-factor-mandatory');
    expect((await login(world.users.admin)).status).toBe(202);
  });

  it("a tenant's administrator requires it of the tenant's members, who set it up before their first session", async () => {
    await world.as('alice').put('/security-policy', { secondFactorRequired: true }).expect(403);
    expect((await world.as('manager').get('/security-policy').expect(200)).body).toEqual({
      secondFactorRequired: false,
    });
    // Another tenant's policy is its own: acme's administrator changes acme only.
    await world.as('partner').put('/security-policy', { secondFactorRequired: false }).expect(200);
    await world.as('manager').put('/security-policy', { secondFactorRequired: true }).expect(200);
    expect((await world.as('partner').get('/security-policy').expect(200)).body.secondFactorRequired).toBe(
      false,
    );
    expect((await login(world.users.dave)).status).toBe(200); // acme: not required

    const before = await sessionsOf(world.users.carol.id);
    const first = await login(world.users.carol);
    expect(first.status).toBe(202);
    expect(first.body.enrolmentRequired).toBe(true);
    // The challenge cannot be answered without a factor, and opens nothing else.
    expect((await answer(first.body.challengeToken, '123456')).status).toBe(401);
    const begun = await http()
      .post('/api/v1/auth/second-factor/totp')
      .send({ challengeToken: first.body.challengeToken })
      .expect(200);
    rememberTotpSecret(world.users.carol.email, begun.body.secret, clockOf(world.api));
    const done = await http()
      .post('/api/v1/auth/second-factor/totp/confirm')
      .send({ challengeToken: first.body.challengeToken, code: await totpCode(world.users.carol.email) })
      .expect(200);
    expect(done.body.recoveryCodes).toHaveLength(10);
    expect(done.body.accessToken).toEqual(expect.any(String));
    expect(await sessionsOf(world.users.carol.id)).toBe(before + 1);
    const status = await request(world.api.getHttpServer())
      .get('/api/v1/me/second-factor')
      .auth(done.body.accessToken, { type: 'bearer' })
      .expect(200);
    expect(status.body).toMatchObject({ totp: true, required: true });
    expect(
      (
        await request(world.api.getHttpServer())
          .post('/api/v1/me/second-factor/disable')
          .auth(done.body.accessToken, { type: 'bearer' })
          .send({ code: done.body.recoveryCodes[0] })
      ).status,
    ).toBe(409);
    expect(await audit('tenant.security_policy_changed', world.tenants.lab.id)).toEqual([
      expect.objectContaining({ tenant_id: world.tenants.lab.id, data: { secondFactorRequired: true } }),
    ]);
    await world.as('manager').put('/security-policy', { secondFactorRequired: false }).expect(200);
  });

  it("no one but its owner reads or changes a person's factor, whatever their tenant or role", async () => {
    // The rows' policy: in a transaction of another person (even an administrator), nothing shows.
    const read = async (asUser: string, tenant: string, table: string, owner: string) => {
      await world.admin.query('BEGIN');
      try {
        await world.admin.query('SET LOCAL ROLE jazari_app');
        await world.admin.query(
          `SELECT set_config('app.user_id', $1, true), set_config('app.tenant_id', $2, true)`,
          [asUser, tenant],
        );
        const rows = await world.admin.query(`SELECT 1 FROM ${table} WHERE user_id = $1`, [owner]);
        const changed = await world.admin.query(`DELETE FROM ${table} WHERE user_id = $1`, [owner]);
        return [rows.rowCount, changed.rowCount];
      } finally {
        await world.admin.query('ROLLBACK');
      }
    };
    for (const table of ['user_totp', 'user_recovery_code']) {
      expect(await read(world.users.partner.id, world.tenants.acme.id, table, world.users.alice.id)).toEqual([
        0, 0,
      ]);
      expect(await read(world.users.manager.id, world.tenants.lab.id, table, world.users.alice.id)).toEqual([
        0, 0,
      ]);
      expect(await read(world.users.alice.id, world.tenants.lab.id, table, world.users.alice.id)).toEqual([
        expect.any(Number),
        expect.any(Number),
      ]);
    }
    // Over the API, a person's routes are their own: another tenant's administrator sees their own state.
    expect((await world.as('partner').get('/me/second-factor').expect(200)).body.totp).toBe(false);
    expect((await world.as('alice').get('/me/second-factor').expect(200)).body.totp).toBe(true);
  });

  it('tells the person by e-mail when their password is changed from the profile', async () => {
    await world
      .as('dave')
      .post('/me/password', {
        currentPassword: world.users.dave.password,
        newPassword: 'A-brand-new-passphrase-77',
      })
      .expect(200);
    await idle(world.worker);
    const mails = smtp.to(world.users.dave.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('vient d’être changé depuis votre profil');
  });
});
