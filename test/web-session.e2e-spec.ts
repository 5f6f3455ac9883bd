import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { uuidv7 } from '@jazari/database';
import { invitationToken } from '@jazari/identity';
import {
  adminClient,
  createTenant,
  createUser,
  ensureRootTenant,
  signIn,
  testConfig,
  type TestTenant,
  type TestUser,
} from '@jazari/testing';
import type pg from 'pg';
import request from 'supertest';

/**
 * What the web app relies on from the API: the browser's session (refresh token in an HttpOnly cookie,
 * never in the page), the invitation page's preview, the home page's reviews, and the app served at
 * the API's origin with a strict Content-Security-Policy.
 */
describe('the web app’s API', () => {
  const webDir = mkdtempSync(path.join(tmpdir(), 'jazari-web-'));
  const config = testConfig({
    WEB_DIR: webDir,
    PUBLIC_URL: 'http://localhost:3000',
    THROTTLE_LOGIN_ATTEMPTS_PER_IP: '1000',
    THROTTLE_REFRESH_ATTEMPTS_PER_IP: '1000',
  });
  let api: NestFastifyApplication;
  let admin: pg.Client;
  let institute: TestTenant;
  let other: TestTenant;
  let manager: TestUser;
  let researcher: TestUser;
  let otherManager: TestUser;

  const http = () => request(api.getHttpServer());
  const cookieMode = { 'x-jazari-session': 'cookie' };
  const refreshCookie = (res: request.Response): string | undefined => {
    const header = res.headers['set-cookie'] as unknown as string[] | undefined;
    return header?.find((c) => c.startsWith('jazari_refresh='));
  };
  const cookieValue = (setCookie: string) => setCookie.split(';')[0];

  beforeAll(async () => {
    mkdirSync(path.join(webDir, 'assets'));
    writeFileSync(
      path.join(webDir, 'index.html'),
      '<!doctype html><html lang="fr"><head><script type="module" src="/assets/app-1234.js"></script></head><body><div id="root"></div></body></html>',
    );
    writeFileSync(
      path.join(webDir, 'assets', 'app-1234.js'),
      `console.log(${JSON.stringify('x'.repeat(2000))});`,
    );
    admin = await adminClient();
    await ensureRootTenant(admin);
    institute = await createTenant(admin, 'institute');
    other = await createTenant(admin, 'institute');
    manager = await createUser(admin, [{ tenant: institute, role: 'institute_manager' }]);
    researcher = await createUser(admin, [{ tenant: institute, role: 'researcher' }]);
    otherManager = await createUser(admin, [{ tenant: other, role: 'institute_manager' }]);
    api = await createApi(config);
  });
  afterAll(async () => {
    await api?.close();
    await admin?.end();
    rmSync(webDir, { recursive: true, force: true });
  });

  describe('the browser’s session', () => {
    it('keeps the refresh token out of the page: an HttpOnly, Secure, SameSite=Strict cookie on the auth routes', async () => {
      const res = await http()
        .post('/api/v1/auth/login')
        .set(cookieMode)
        .send({ email: manager.email, password: manager.password })
        .expect(200);
      expect(res.body.accessToken).toEqual(expect.any(String));
      expect(res.body).not.toHaveProperty('refreshToken');
      const cookie = refreshCookie(res);
      expect(cookie).toMatch(
        /^jazari_refresh=jzr_[A-Za-z0-9_-]+; Path=\/api\/v1\/auth; Max-Age=\d+; HttpOnly; Secure; SameSite=Strict$/,
      );
    });

    it('refreshes from the cookie (rotating it), and a used cookie ends the session', async () => {
      const login = await http()
        .post('/api/v1/auth/login')
        .set(cookieMode)
        .send({ email: manager.email, password: manager.password })
        .expect(200);
      const first = cookieValue(refreshCookie(login)!);
      const refreshed = await http()
        .post('/api/v1/auth/refresh')
        .set({ ...cookieMode, cookie: first, origin: 'http://localhost:3000' })
        .send({})
        .expect(200);
      expect(refreshed.body).toMatchObject({ tenant: { id: institute.id }, role: 'institute_manager' });
      expect(refreshed.body).not.toHaveProperty('refreshToken');
      const second = cookieValue(refreshCookie(refreshed)!);
      expect(second).not.toBe(first);
      await http().get('/api/v1/me').auth(refreshed.body.accessToken, { type: 'bearer' }).expect(200);

      // The first cookie again: reuse ends the whole session, and the answer clears the cookie.
      const reused = await http()
        .post('/api/v1/auth/refresh')
        .set({ ...cookieMode, cookie: first })
        .send({})
        .expect(401);
      expect(refreshCookie(reused)).toMatch(/^jazari_refresh=; .*Max-Age=0/);
      await http()
        .post('/api/v1/auth/refresh')
        .set({ ...cookieMode, cookie: second })
        .send({})
        .expect(401);
    });

    it('refuses the cookie without the session header, or from a page of another origin', async () => {
      const login = await http()
        .post('/api/v1/auth/login')
        .set(cookieMode)
        .send({ email: manager.email, password: manager.password })
        .expect(200);
      const cookie = cookieValue(refreshCookie(login)!);
      // Without the header the cookie is not read at all.
      await http().post('/api/v1/auth/refresh').set({ cookie }).send({}).expect(401);
      const foreign = await http()
        .post('/api/v1/auth/refresh')
        .set({ ...cookieMode, cookie, origin: 'https://evil.example' })
        .send({})
        .expect(403);
      expect(foreign.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(foreign.body.type).toBe('https://jazari.ma/problems/cross-origin-request');
      await http()
        .post('/api/v1/auth/refresh')
        .set({ ...cookieMode, cookie, 'sec-fetch-site': 'cross-site' })
        .send({})
        .expect(403);
      // Still usable from our own page: the refused attempts used nothing up.
      await http()
        .post('/api/v1/auth/refresh')
        .set({ ...cookieMode, cookie, 'sec-fetch-site': 'same-origin' })
        .send({})
        .expect(200);
    });

    it('signs out: the session ends and the cookie is cleared', async () => {
      const login = await http()
        .post('/api/v1/auth/login')
        .set(cookieMode)
        .send({ email: manager.email, password: manager.password })
        .expect(200);
      const cookie = cookieValue(refreshCookie(login)!);
      const out = await http()
        .post('/api/v1/auth/logout')
        .set({ ...cookieMode, cookie })
        .send({})
        .expect(204);
      expect(refreshCookie(out)).toMatch(/^jazari_refresh=; .*Max-Age=0/);
      await http().get('/api/v1/me').auth(login.body.accessToken, { type: 'bearer' }).expect(401);
      await http()
        .post('/api/v1/auth/refresh')
        .set({ ...cookieMode, cookie })
        .send({})
        .expect(401);
    });

    it('leaves API clients as they were: the pair in the body, no cookie', async () => {
      const res = await http()
        .post('/api/v1/auth/login')
        .send({ email: manager.email, password: manager.password })
        .expect(200);
      expect(res.body.refreshToken).toMatch(/^jzr_/);
      expect(refreshCookie(res)).toBeUndefined();
      await http().post('/api/v1/auth/refresh').send({}).expect(401);
    });
  });

  describe('the invitation page’s preview', () => {
    const invite = async (email: string, state: 'open' | 'accepted' | 'revoked' | 'expired' = 'open') => {
      const id = uuidv7();
      await admin.query(
        `INSERT INTO invitation (tenant_id, id, email, role, invited_by, expires_at, accepted_at, revoked_at)
         VALUES ($1, $2, $3, 'researcher', $4, now() + $5::interval, $6, $7)`,
        [
          institute.id,
          id,
          email,
          manager.id,
          state === 'expired' ? '-1 hour' : '7 days',
          state === 'accepted' ? new Date() : null,
          state === 'revoked' ? new Date() : null,
        ],
      );
      return invitationToken(config, institute.id, id);
    };

    it('tells the link’s holder what they are invited to, and whether their address has an account', async () => {
      const fresh = await invite(`new-${uuidv7().slice(-8)}@test.jazari.ma`);
      const res = await http().get('/api/v1/invitations/preview').query({ token: fresh }).expect(200);
      expect(res.body).toMatchObject({
        role: 'researcher',
        status: 'open',
        accountExists: false,
        tenant: {
          id: institute.id,
          kind: 'institute',
          slug: institute.slug,
          name: { fr: expect.any(String) },
        },
      });
      const existing = await invite(otherManager.email);
      expect(
        (await http().get('/api/v1/invitations/preview').query({ token: existing }).expect(200)).body,
      ).toMatchObject({
        email: otherManager.email,
        accountExists: true,
      });
    });

    it('says when it was used or is no longer valid, and knows nothing of a forged token', async () => {
      for (const [state, expected] of [
        ['accepted', 'accepted'],
        ['revoked', 'expired'],
        ['expired', 'expired'],
      ] as const) {
        const token = await invite(`x-${uuidv7().slice(-8)}@test.jazari.ma`, state);
        expect(
          (await http().get('/api/v1/invitations/preview').query({ token }).expect(200)).body.status,
        ).toBe(expected);
      }
      const good = await invite(`y-${uuidv7().slice(-8)}@test.jazari.ma`);
      const forged = `${good.slice(0, -4)}AAAA`;
      const res = await http().get('/api/v1/invitations/preview').query({ token: forged }).expect(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      await http().get('/api/v1/invitations/preview').expect(400);
    });
  });

  describe('deliverables waiting for a review', () => {
    it('lists the submitted deliverables of my institute only, the longest waiting first', async () => {
      const project = async (tenant: TestTenant, lead: TestUser) => {
        const id = uuidv7();
        await admin.query(
          `INSERT INTO project (tenant_id, id, type, title, lead_user_id, created_by, status)
           VALUES ($1, $2, 'applied_rnd', $3, $4, $4, 'active')`,
          [tenant.id, id, `Review ${id.slice(-6)}`, lead.id],
        );
        return id;
      };
      const deliverable = async (
        tenant: TestTenant,
        projectId: string,
        status: string,
        submittedDaysAgo: number | null,
      ) => {
        const id = uuidv7();
        await admin.query(
          `INSERT INTO deliverable (tenant_id, id, project_id, kind, title, due_date, status, submitted_at)
           VALUES ($1, $2, $3, 'technical_report', $4, current_date + 10, $5,
                   CASE WHEN $6::int IS NULL THEN NULL ELSE now() - make_interval(days => $6::int) END)`,
          [tenant.id, id, projectId, `D ${status} ${id.slice(-4)}`, status, submittedDaysAgo],
        );
        return id;
      };
      const mine = await project(institute, manager);
      const theirs = await project(other, otherManager);
      const older = await deliverable(institute, mine, 'submitted', 3);
      const newer = await deliverable(institute, mine, 'submitted', 0);
      await deliverable(institute, mine, 'planned', null);
      await deliverable(institute, mine, 'accepted', 5);
      const foreign = await deliverable(other, theirs, 'submitted', 9);

      const session = await signIn(api, manager.email, manager.password);
      const page1 = await http()
        .get('/api/v1/projects/attention/reviews?limit=1')
        .auth(session.accessToken, { type: 'bearer' })
        .expect(200);
      expect(page1.body.data).toEqual([
        expect.objectContaining({
          id: older,
          daysWaiting: 3,
          project: expect.objectContaining({ id: mine }),
        }),
      ]);
      const page2 = await http()
        .get(`/api/v1/projects/attention/reviews?limit=1&cursor=${page1.body.nextCursor}`)
        .auth(session.accessToken, { type: 'bearer' })
        .expect(200);
      expect(page2.body.data.map((d: { id: string }) => d.id)).toEqual([newer]);
      expect(page2.body.nextCursor).toBeNull();

      // The other institute's manager sees theirs, never ours.
      const theirSession = await signIn(api, otherManager.email, otherManager.password);
      const theirList = await http()
        .get('/api/v1/projects/attention/reviews')
        .auth(theirSession.accessToken, { type: 'bearer' })
        .expect(200);
      expect(theirList.body.data.map((d: { id: string }) => d.id)).toEqual([foreign]);

      // Reviewing is the managers' job: a researcher is refused.
      const researcherSession = await signIn(api, researcher.email, researcher.password);
      await http()
        .get('/api/v1/projects/attention/reviews')
        .auth(researcherSession.accessToken, { type: 'bearer' })
        .expect(403);
      await http()
        .get('/api/v1/projects/attention/reviews?cursor=bm9wZQ')
        .auth(session.accessToken, { type: 'bearer' })
        .expect(400);
    });
  });

  describe('the app at the API’s origin', () => {
    it('answers every page’s URL with the app, under a Content-Security-Policy without inline scripts', async () => {
      for (const url of [
        '/',
        '/projects/0190aaaa-0000-7000-8000-000000000000',
        '/invitations/accept?token=x',
      ]) {
        const res = await http().get(url).expect(200);
        expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(res.headers['cache-control']).toBe('no-cache');
        expect(res.text).toContain('<div id="root">');
        const csp = res.headers['content-security-policy'];
        expect(csp).toContain("script-src 'self'");
        expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
        expect(csp).toContain("frame-ancestors 'none'");
      }
    });

    it('serves hashed assets for a year, precompressed when asked', async () => {
      const original = readFileSync(path.join(webDir, 'assets', 'app-1234.js'));
      writeFileSync(path.join(webDir, 'assets', 'app-1234.js.br'), brotliCompressSync(original));
      const plain = await http().get('/assets/app-1234.js').set('accept-encoding', 'identity').expect(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers['cache-control']).toContain('max-age=31536000');
      expect(plain.headers['cache-control']).toContain('immutable');
      const br = await http()
        .get('/assets/app-1234.js')
        .set('accept-encoding', 'br')
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(br.headers['content-encoding']).toBe('br');
      // supertest decodes it: the same bytes as the plain file.
      expect(Buffer.compare(br.body as Buffer, original)).toBe(0);
      await http().get('/assets/missing.js').expect(404);
    });

    it('keeps API and health paths for the API: an unknown one is a 404 problem, not the app', async () => {
      for (const url of ['/api/v1/no-such-route', '/api/nothing', '/health/nope']) {
        const res = await http().get(url).expect(404);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    });

    it('gives the OpenAPI UI its own looser policy, and only it', async () => {
      const docs = await http().get('/api/docs').redirects(1);
      expect(docs.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
    });
  });
});
