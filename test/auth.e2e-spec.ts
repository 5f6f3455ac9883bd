import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { PRODUCTION_PASSWORD_HASH, type AppConfig } from '@jazari/config';
import { deriveKey } from '@jazari/identity';
import {
  adminClient,
  createTenant,
  createUser,
  ensureRootTenant,
  signIn,
  TEST_PASSWORD_HASH,
  testConfig,
  type SignedIn,
  type TestTenant,
  type TestUser,
} from '@jazari/testing';
import type pg from 'pg';
import request from 'supertest';

function base64url(value: object | Buffer): string {
  return (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');
}

/** A JWT signed with `key` (or unsigned with alg none), to probe what the API accepts. */
function jwt(header: object, claims: object, key?: Buffer): string {
  const body = `${base64url(header)}.${base64url(claims)}`;
  const signature = key ? createHmac('sha256', key).update(body).digest() : Buffer.alloc(0);
  return `${body}.${base64url(signature)}`;
}

describe('authentication and access', () => {
  const config = testConfig({ THROTTLE_LOGIN_ATTEMPTS_PER_IP: '1000' });
  let api: NestFastifyApplication;
  let admin: pg.Client;
  let institute: TestTenant;
  let manager: TestUser;
  let session: SignedIn;

  const http = () => request(api.getHttpServer());
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    admin = await adminClient();
    await ensureRootTenant(admin);
    institute = await createTenant(admin, 'institute');
    manager = await createUser(admin, [{ tenant: institute, role: 'institute_manager' }]);
    api = await createApi(config);
    session = await signIn(api, manager.email, manager.password);
  });
  afterAll(async () => {
    await api?.close();
    await admin?.end();
  });

  describe('access tokens', () => {
    const claimsOf = (token: string) =>
      JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

    it('carries sub, tid, kind and role, for 15 minutes, from our issuer to our audience', () => {
      const claims = claimsOf(session.accessToken);
      expect(claims).toMatchObject({
        sub: manager.id,
        tid: institute.id,
        kind: 'institute',
        role: 'institute_manager',
        iss: config.auth.issuer,
        aud: config.auth.audience,
      });
      expect((claims.exp as number) - (claims.iat as number)).toBe(900);
      expect(
        JSON.parse(Buffer.from(session.accessToken.split('.')[0], 'base64url').toString()),
      ).toMatchObject({
        alg: 'HS256',
      });
    });

    it('refuses alg none, a wrong audience, a wrong issuer, a wrong key, an expired token', async () => {
      const key = deriveKey(config.auth.secret, 'access-token');
      const claims = claimsOf(session.accessToken);
      const now = Math.floor(Date.now() / 1000);
      const forged = [
        jwt({ alg: 'none', typ: 'JWT' }, claims),
        jwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, aud: 'someone-else' }, key),
        jwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, iss: 'https://evil.example' }, key),
        jwt({ alg: 'HS256', typ: 'JWT' }, claims, Buffer.alloc(32, 7)),
        jwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now - 3600, exp: now - 60 }, key),
        jwt({ alg: 'HS384', typ: 'JWT' }, claims, key),
      ];
      // The control: the same construction with the right key and claims is accepted.
      await http()
        .get('/api/v1/me')
        .set(bearer(jwt({ alg: 'HS256', typ: 'JWT' }, claims, key)))
        .expect(200);
      for (const token of forged) {
        const response = await http().get('/api/v1/me').set(bearer(token)).expect(401);
        expect(response.body.type).toBe('https://jazari.ma/problems/unauthenticated');
      }
    });

    it('stops working as soon as the tenant is suspended or the membership removed', async () => {
      const tenant = await createTenant(admin, 'partner');
      const user = await createUser(admin, [{ tenant, role: 'partner_admin' }]);
      const own = await signIn(api, user.email, user.password);
      await http().get('/api/v1/me').set(bearer(own.accessToken)).expect(200);
      await admin.query(`UPDATE tenant SET status = 'suspended' WHERE id = $1`, [tenant.id]);
      await http().get('/api/v1/me').set(bearer(own.accessToken)).expect(401);
      await http().post('/api/v1/auth/refresh').send({ refreshToken: own.refreshToken }).expect(401);
      await http()
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: user.password })
        .expect(403)
        .expect((r) => expect(r.body.type).toBe('https://jazari.ma/problems/no-active-membership'));
    });

    it("stops a tenant's tokens and API keys at once when Root suspends it, and lets them work again after", async () => {
      const root = await ensureRootTenant(admin);
      const networkAdmin = await createUser(admin, [{ tenant: root, role: 'network_admin' }]);
      const rootSession = await signIn(api, networkAdmin.email, networkAdmin.password);
      const tenant = await createTenant(admin, 'institute');
      const user = await createUser(admin, [{ tenant, role: 'institute_manager' }]);
      const own = await signIn(api, user.email, user.password);
      const { body: apiKey } = await http()
        .post('/api/v1/api-keys')
        .set(bearer(own.accessToken))
        .send({ name: 'lab system', permissions: ['members.read'] })
        .expect(201);

      await http()
        .post(`/api/v1/tenants/${tenant.id}/suspend`)
        .set(bearer(rootSession.accessToken))
        .expect(200);
      await http().get('/api/v1/me').set(bearer(own.accessToken)).expect(401);
      await http().get('/api/v1/members').set(bearer(apiKey.key)).expect(401);
      await http().post('/api/v1/auth/refresh').send({ refreshToken: own.refreshToken }).expect(401);

      await http()
        .post(`/api/v1/tenants/${tenant.id}/reactivate`)
        .set(bearer(rootSession.accessToken))
        .expect(200);
      await http().get('/api/v1/me').set(bearer(own.accessToken)).expect(200);
      await http().get('/api/v1/members').set(bearer(apiKey.key)).expect(200);

      // The tenant's own audit chain holds both changes, and verifies for its manager.
      const verify = await http().get('/api/v1/audit/verify').set(bearer(own.accessToken)).expect(200);
      expect(verify.body).toMatchObject({ valid: true, chains: [{ tenantId: tenant.id, valid: true }] });
      const events = await http().get('/api/v1/audit/events').set(bearer(own.accessToken)).expect(200);
      expect(events.body.data.map((e: { action: string }) => e.action)).toEqual([
        'tenant.reactivated',
        'tenant.suspended',
        'api_key.created',
      ]);
    });

    it('grants nothing to a membership whose role does not belong to its kind of tenant', async () => {
      // Only a bug or a hand-edited row could make one; sign-in and the guard refuse it rather than trust it.
      const tenant = await createTenant(admin, 'institute');
      const odd = await createUser(admin, [{ tenant, role: 'network_admin' }]);
      await http()
        .post('/api/v1/auth/login')
        .send({ email: odd.email, password: odd.password })
        .expect(403)
        .expect((r) => expect(r.body.type).toBe('https://jazari.ma/problems/no-active-membership'));

      const user = await createUser(admin, [{ tenant, role: 'institute_manager' }]);
      const own = await signIn(api, user.email, user.password);
      await admin.query(`UPDATE membership SET role = 'network_admin' WHERE user_id = $1`, [user.id]);
      await http().get('/api/v1/tenants').set(bearer(own.accessToken)).expect(401);
      await http().post('/api/v1/auth/refresh').send({ refreshToken: own.refreshToken }).expect(401);
    });

    it('answers 401 with a problem document when there is no credential', async () => {
      const response = await http().get('/api/v1/me').expect(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.headers['www-authenticate']).toContain('Bearer');
    });
  });

  describe('login', () => {
    // The suites hash at a test cost (TEST_PASSWORD_HASH); this second replica of the deployment (same
    // Redis, same prefix) runs at the production one.
    const productionCost: AppConfig = {
      ...config,
      auth: { ...config.auth, passwordHash: PRODUCTION_PASSWORD_HASH },
    };
    let production: NestFastifyApplication;
    const PRODUCTION_PHC = /^\$argon2id\$v=19\$m=19456,p=1,t=2\$/;
    const TEST_PHC = new RegExp(
      `^\\$argon2id\\$v=19\\$m=${TEST_PASSWORD_HASH.memoryKib},p=1,t=${TEST_PASSWORD_HASH.timeCost}\\$`,
    );
    const storedHash = async (userId: string) =>
      (
        await admin.query<{ password_hash: string }>(`SELECT password_hash FROM app_user WHERE id = $1`, [
          userId,
        ])
      ).rows[0].password_hash;
    beforeAll(async () => {
      production = await createApi(productionCost);
    });
    afterAll(async () => {
      await production?.close();
    });

    it('gives the same answer for an unknown email and a wrong password, in similar time', async () => {
      // At the production cost, where argon2's work (tens of milliseconds) stands out of a request's.
      const person = await createUser(admin, [{ tenant: institute, role: 'institute_manager' }], {
        passwordHash: PRODUCTION_PASSWORD_HASH,
      });
      expect(await storedHash(person.id)).toMatch(PRODUCTION_PHC);
      const timed = async (email: string) => {
        const started = process.hrtime.bigint();
        const response = await request(production.getHttpServer())
          .post('/api/v1/auth/login')
          .send({ email, password: 'Wrong-Password-1' });
        return { response, ms: Number(process.hrtime.bigint() - started) / 1e6 };
      };
      const samples = { unknown: [] as number[], wrong: [] as number[] };
      // Eight pairs, side by side: a median of four was at the mercy of one busy moment of a loaded machine.
      for (let i = 0; i < 8; i++) {
        const unknown = await timed(`nobody-${i}-${Date.now()}@nowhere.test`);
        const wrong = await timed(person.email);
        expect(unknown.response.status).toBe(401);
        expect(wrong.response.status).toBe(401);
        const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
        expect(strip(unknown.response.body)).toEqual(strip(wrong.response.body));
        samples.unknown.push(unknown.ms);
        samples.wrong.push(wrong.ms);
      }
      // Both paths run one argon2id verification: an unknown email is not answered noticeably faster.
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      expect(median(samples.unknown)).toBeGreaterThan(median(samples.wrong) * 0.5);
      await signIn(production, person.email, person.password); // and the failures did not lock the account
      expect(await storedHash(person.id)).toMatch(PRODUCTION_PHC); // the cost that API was given
    });

    it('signs in a person whose hash has another cost, and re-hashes it at the configured one', async () => {
      // Hashed at the production cost (as the demo seed does), signing in where the test cost is set.
      const seeded = await createUser(admin, [{ tenant: institute, role: 'researcher' }], {
        passwordHash: PRODUCTION_PASSWORD_HASH,
      });
      const before = await storedHash(seeded.id);
      expect(before).toMatch(PRODUCTION_PHC);
      // A wrong password changes nothing.
      await http()
        .post('/api/v1/auth/login')
        .send({ email: seeded.email, password: 'Wrong-Password-1' })
        .expect(401);
      expect(await storedHash(seeded.id)).toBe(before);
      await signIn(api, seeded.email, seeded.password);
      expect(await storedHash(seeded.id)).toMatch(TEST_PHC);
      await signIn(api, seeded.email, seeded.password);

      // And the other way: a hash of the test cost signs in where the production cost is set.
      const cheap = await createUser(admin, [{ tenant: institute, role: 'researcher' }]);
      expect(await storedHash(cheap.id)).toMatch(TEST_PHC);
      await signIn(production, cheap.email, cheap.password);
      expect(await storedHash(cheap.id)).toMatch(PRODUCTION_PHC);
      await signIn(production, cheap.email, cheap.password);
      // Back under the test cost, with the production hash.
      await signIn(api, cheap.email, cheap.password);
      expect(await storedHash(cheap.id)).toMatch(TEST_PHC);
    });

    it('answers the 11th wrong password in a minute with 429 and Retry-After, on either of two API instances', async () => {
      const second = production; // same Redis, same prefix: another replica of the same deployment
      const user = await createUser(admin, [{ tenant: institute, role: 'researcher' }]);
      const attempt = (app: NestFastifyApplication, password = 'Wrong-Password-1') =>
        request(app.getHttpServer()).post('/api/v1/auth/login').send({ email: user.email, password });
      for (let i = 0; i < 10; i++) await attempt(i % 2 === 0 ? api : second).expect(401);
      for (const app of [api, second]) {
        const response = await attempt(app).expect(429);
        expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
        expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(60);
        expect(response.body.type).toBe('https://jazari.ma/problems/too-many-requests');
      }
      // Even the right password waits: the account is throttled, not the guess.
      await attempt(second, user.password).expect(429);
      // Crossing the threshold is on the audit record of the user's tenant.
      const { rows } = await admin.query(
        `SELECT action, target_id FROM audit_event WHERE tenant_id = $1 AND action = 'auth.login_throttled'`,
        [institute.id],
      );
      expect(rows).toContainEqual({ action: 'auth.login_throttled', target_id: user.id });
    });

    it('throttles logins per client address too', async () => {
      const strict = await createApi(testConfig({ THROTTLE_LOGIN_ATTEMPTS_PER_IP: '3' }));
      try {
        const attempt = () =>
          request(strict.getHttpServer())
            .post('/api/v1/auth/login')
            .send({ email: `n${Math.random()}@x.test`, password: 'x' });
        for (let i = 0; i < 3; i++) await attempt().expect(401);
        await attempt().expect(429);
      } finally {
        await strict.close();
      }
    });
  });

  describe('refresh', () => {
    it('throttles refreshes per account, without using up the token that was refused', async () => {
      const strict = await createApi(testConfig({ THROTTLE_REFRESHES_PER_ACCOUNT: '2' }));
      try {
        const user = await createUser(admin, [{ tenant: institute, role: 'researcher' }]);
        let pair = await signIn(strict, user.email, user.password);
        const refresh = (token: string) =>
          request(strict.getHttpServer()).post('/api/v1/auth/refresh').send({ refreshToken: token });
        for (let i = 0; i < 2; i++) pair = (await refresh(pair.refreshToken).expect(200)).body as SignedIn;
        const throttled = await refresh(pair.refreshToken).expect(429);
        expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
        // Refused, not consumed: the latest token is still unused, so after the window it works and no
        // false reuse alarm ends the session.
        const { rows } = await admin.query(
          `SELECT count(*)::int AS n FROM refresh_token rt JOIN auth_session s ON s.id = rt.session_id
            WHERE s.user_id = $1 AND rt.used_at IS NULL`,
          [user.id],
        );
        expect(rows[0].n).toBe(1);
      } finally {
        await strict.close();
      }
    });
  });

  describe('mass assignment', () => {
    it('rejects tenantId, role or status in a body with 400 and changes nothing', async () => {
      const before = await admin.query(`SELECT display_name, locale FROM app_user WHERE id = $1`, [
        manager.id,
      ]);
      for (const extra of [{ tenantId: institute.id }, { role: 'network_admin' }, { status: 'disabled' }]) {
        const response = await http()
          .patch('/api/v1/me')
          .set(bearer(session.accessToken))
          .send({ displayName: 'Changed Name', ...extra })
          .expect(400);
        expect(response.body.type).toBe('https://jazari.ma/problems/validation-failed');
      }
      const after = await admin.query(`SELECT display_name, locale FROM app_user WHERE id = $1`, [
        manager.id,
      ]);
      expect(after.rows).toEqual(before.rows);
      const membership = await admin.query(`SELECT role FROM membership WHERE user_id = $1`, [manager.id]);
      expect(membership.rows).toEqual([{ role: 'institute_manager' }]);

      const key = await http()
        .post('/api/v1/api-keys')
        .set(bearer(session.accessToken))
        .send({ name: 'sneaky', permissions: ['members.read'], tenantId: (await ensureRootTenant(admin)).id })
        .expect(400);
      expect(key.body.errors).toContainEqual(expect.objectContaining({ field: 'tenantId' }));
      const keys = await admin.query(`SELECT 1 FROM api_key WHERE name = 'sneaky'`);
      expect(keys.rowCount).toBe(0);
    });
  });

  describe('API keys', () => {
    it('works with a subset of its creator permissions, is shown once, records use, and can be revoked', async () => {
      const created = await http()
        .post('/api/v1/api-keys')
        .set(bearer(session.accessToken))
        .send({ name: 'ERP sync', permissions: ['members.read'] })
        .expect(201);
      const key = created.body.key as string;
      expect(key).toMatch(/^jzk_/);
      const stored = await admin.query(`SELECT secret_hash FROM api_key WHERE id = $1`, [created.body.id]);
      expect(stored.rows[0].secret_hash.toString('hex')).not.toContain(key);

      const listed = await http().get('/api/v1/api-keys').set(bearer(session.accessToken)).expect(200);
      const mine = listed.body.data.find((k: { id: string }) => k.id === created.body.id);
      expect(mine).toMatchObject({ name: 'ERP sync', permissions: ['members.read'], lastUsedAt: null });
      expect(mine.key).toBeUndefined();

      const members = await http().get('/api/v1/members').set(bearer(key)).expect(200);
      expect(members.body.data.map((m: { id: string }) => m.id)).toContain(manager.id);
      // Not granted, and never grantable: the key cannot invite, nor act as a person.
      await http()
        .post('/api/v1/invitations')
        .set(bearer(key))
        .send({ email: 'k@x.test', role: 'researcher' })
        .expect(403);
      await http().get('/api/v1/me').set(bearer(key)).expect(403);
      const used = await http()
        .get(`/api/v1/api-keys/${created.body.id}`)
        .set(bearer(session.accessToken))
        .expect(200);
      expect(used.body.lastUsedAt).not.toBeNull();

      await http().delete(`/api/v1/api-keys/${created.body.id}`).set(bearer(session.accessToken)).expect(204);
      await http().get('/api/v1/members').set(bearer(key)).expect(401);
    });

    it('refuses permissions its creator does not have, or only a person may use', async () => {
      const researcher = await createUser(admin, [{ tenant: institute, role: 'researcher' }]);
      const own = await signIn(api, researcher.email, researcher.password);
      await http()
        .post('/api/v1/api-keys')
        .set(bearer(own.accessToken))
        .send({ name: 'x', permissions: ['members.read'] })
        .expect(403);
      const response = await http()
        .post('/api/v1/api-keys')
        .set(bearer(session.accessToken))
        .send({ name: 'x', permissions: ['members.read', 'tenants.manage', 'api_keys.manage'] })
        .expect(403);
      expect(response.body.permissions).toEqual(['tenants.manage', 'api_keys.manage']);
    });

    it('stops working when its tenant is suspended', async () => {
      const tenant = await createTenant(admin, 'partner');
      const owner = await createUser(admin, [{ tenant, role: 'partner_admin' }]);
      const own = await signIn(api, owner.email, owner.password);
      const { body } = await http()
        .post('/api/v1/api-keys')
        .set(bearer(own.accessToken))
        .send({ name: 'partner system', permissions: ['members.read'] })
        .expect(201);
      await http().get('/api/v1/members').set(bearer(body.key)).expect(200);
      await admin.query(`UPDATE tenant SET status = 'suspended' WHERE id = $1`, [tenant.id]);
      await http().get('/api/v1/members').set(bearer(body.key)).expect(401);
    });
  });

  describe('API keys and their creator', () => {
    it('never carries more than its creator may do now: narrowed by a demotion, dead once they leave', async () => {
      const tenant = await createTenant(admin, 'institute');
      const boss = await createUser(admin, [{ tenant, role: 'institute_manager' }]);
      const creator = await createUser(admin, [{ tenant, role: 'institute_manager' }]);
      const bossSession = await signIn(api, boss.email, boss.password);
      const creatorSession = await signIn(api, creator.email, creator.password);
      const { body } = await http()
        .post('/api/v1/api-keys')
        .set(bearer(creatorSession.accessToken))
        .send({ name: 'lab system', permissions: ['members.read', 'invitations.read'] })
        .expect(201);
      const key = body.key as string;
      await http().get('/api/v1/invitations').set(bearer(key)).expect(200);

      await http()
        .patch(`/api/v1/members/${creator.id}`)
        .set(bearer(bossSession.accessToken))
        .send({ role: 'researcher' })
        .expect(200);
      // A researcher reads members but not invitations: so does the key now.
      await http().get('/api/v1/members').set(bearer(key)).expect(200);
      await http().get('/api/v1/invitations').set(bearer(key)).expect(403);

      await http().delete(`/api/v1/members/${creator.id}`).set(bearer(bossSession.accessToken)).expect(204);
      await http().get('/api/v1/members').set(bearer(key)).expect(401);
    });
  });

  describe('members and passwords', () => {
    it('applies a role change on the next request, and keeps the last manager', async () => {
      const tenant = await createTenant(admin, 'institute');
      const boss = await createUser(admin, [{ tenant, role: 'institute_manager' }]);
      const colleague = await createUser(admin, [{ tenant, role: 'institute_manager' }]);
      const bossSession = await signIn(api, boss.email, boss.password);
      const colleagueSession = await signIn(api, colleague.email, colleague.password);

      await http()
        .patch(`/api/v1/members/${colleague.id}`)
        .set(bearer(bossSession.accessToken))
        .send({ role: 'researcher' })
        .expect(200);
      // The colleague's token still says manager; the database says researcher, and wins.
      await http().get('/api/v1/invitations').set(bearer(colleagueSession.accessToken)).expect(403);
      const me = await http().get('/api/v1/me').set(bearer(colleagueSession.accessToken)).expect(200);
      expect(me.body.current.role).toBe('researcher');

      const last = await http()
        .patch(`/api/v1/members/${boss.id}`)
        .set(bearer(bossSession.accessToken))
        .send({ role: 'researcher' })
        .expect(409);
      expect(last.body.type).toBe('https://jazari.ma/problems/last-admin');
      await http()
        .patch(`/api/v1/members/${colleague.id}`)
        .set(bearer(bossSession.accessToken))
        .send({ role: 'partner_admin' })
        .expect(422);

      await http().delete(`/api/v1/members/${colleague.id}`).set(bearer(bossSession.accessToken)).expect(204);
      await http().get('/api/v1/me').set(bearer(colleagueSession.accessToken)).expect(401);
    });

    it('changing the password ends every other session, in every tenant', async () => {
      const second = await createTenant(admin, 'partner');
      const user = await createUser(admin, [
        { tenant: institute, role: 'researcher' },
        { tenant: second, role: 'partner_member' },
      ]);
      const here = await signIn(api, user.email, user.password);
      const elsewhere = await signIn(api, user.email, user.password);
      const switched = await request(api.getHttpServer())
        .post('/api/v1/auth/switch-tenant')
        .set(bearer(elsewhere.accessToken))
        .send({ tenantId: here.tenant.id === institute.id ? second.id : institute.id })
        .expect(200);

      await http()
        .post('/api/v1/me/password')
        .set(bearer(here.accessToken))
        .send({ currentPassword: 'not it', newPassword: 'A-New-Password-2027' })
        .expect(403);
      const changed = await http()
        .post('/api/v1/me/password')
        .set(bearer(here.accessToken))
        .send({ currentPassword: user.password, newPassword: 'A-New-Password-2027' })
        .expect(200);
      expect(changed.body.revokedSessions).toBe(1);
      await http().get('/api/v1/me').set(bearer(here.accessToken)).expect(200);
      await http().get('/api/v1/me').set(bearer(switched.body.accessToken)).expect(401);
      await http()
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: switched.body.refreshToken })
        .expect(401);
      await signIn(api, user.email, 'A-New-Password-2027');
    });

    it('counts wrong current passwords against the account, as at login', async () => {
      const user = await createUser(admin, [{ tenant: institute, role: 'researcher' }]);
      const own = await signIn(api, user.email, user.password);
      const attempt = (currentPassword: string) =>
        http()
          .post('/api/v1/me/password')
          .set(bearer(own.accessToken))
          .send({ currentPassword, newPassword: 'Another-Password-2027' });
      for (let i = 0; i < 10; i++) await attempt('Wrong-Guess-1').expect(403);
      await attempt(user.password).expect(429);
      await http()
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: user.password })
        .expect(429);
    });
  });
});
