import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import {
  answerSecondStep,
  createUser,
  signIn,
  startOidcProvider,
  totpCode,
  testConfig,
  testWorld,
  type TestAccount,
  type TestOidcProvider,
  type TestUser,
  type TestWorld,
} from '@jazari/testing';
import request from 'supertest';

/**
 * Issue 20 point 2: single sign-on with OpenID Connect, against real OpenID providers (`oidc-provider`)
 * running in this process on loopback. A tenant's administrator configures the provider (the client
 * secret is stored encrypted and never shown again); people sign in through it by the authorization code
 * flow with PKCE, `state` and `nonce`; the ID token is verified; accounts are linked by verified e-mail
 * only; a tenant may turn password sign-in off (its administrators keep theirs: the break-glass way).
 */
jest.setTimeout(90_000);

const PUBLIC_URL = 'https://jazari.test';
const REDIRECT_URI = `${PUBLIC_URL}/api/v1/auth/sso/callback`;

const ACCOUNTS: Record<string, TestAccount> = {
  newbie: { email: 'newbie@um5.test', email_verified: true, name: 'Nadia Newbie', locale: 'ar' },
  known: { email: 'known@um5.test', email_verified: true, name: 'Karim Known' },
  unverified: { email: 'unverified@um5.test', email_verified: false, name: 'Unverified' },
  outsider: { email: 'outsider@elsewhere.test', email_verified: true, name: 'Outsider' },
  stranger: { email: 'stranger@acme.test', email_verified: true, name: 'Stranger' },
  member: { email: 'member@acme.test', email_verified: true, name: 'Meriem Member' },
  chief: { email: 'chief@root.test', email_verified: true, name: 'Root Chief' },
  /** The same person, when the provider says it asked for a second factor itself. */
  chiefMfa: {
    email: 'chief@root.test',
    email_verified: true,
    name: 'Root Chief',
    amr: ['pwd', 'otp', 'mfa'],
  },
  sam: { email: 'sam@secure.test', email_verified: true, name: 'Sam Secure' },
  newcomer: { email: 'newcomer@secure.test', email_verified: true, name: 'New Comer' },
  invitee: { email: 'invitee@acme.test', email_verified: true, name: 'Ines Invitee', locale: 'en' },
  crossed: { email: 'crossed@acme.test', email_verified: true, name: 'Crossed' },
  revoked: { email: 'revoked@acme.test', email_verified: true, name: 'Revoked' },
  promoted: { email: 'promoted@um5.test', email_verified: true, name: 'Promoted' },
};

describe('single sign-on with OpenID Connect', () => {
  let provider: TestOidcProvider;
  /** Another issuer, with its own keys, that knows the same client. */
  let rogue: TestOidcProvider;
  type Tenant = 'lab' | 'acme' | 'other' | 'secure' | 'root';
  type Person = 'labAdmin' | 'researcher' | 'acmeAdmin' | 'otherAdmin' | 'secureAdmin';
  let world: TestWorld<Tenant, Person>;
  let known: TestUser;
  let member: TestUser;

  const server = () => request(world.api.getHttpServer());
  const setCookies = (res: request.Response): string[] =>
    (res.headers['set-cookie'] as unknown as string[] | undefined) ?? [];
  const cookieOf = (res: request.Response, name: string): string | undefined =>
    setCookies(res)
      .map((c) => c.split(';')[0])
      .find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1)
      ?.slice(name.length + 1);

  /** Opens the start URL as a browser would: the provider's URL and the state cookie. */
  const start = async (slug: string, next?: string) => {
    const res = await server()
      .get(`/api/v1/auth/sso/${slug}/start${next ? `?next=${encodeURIComponent(next)}` : ''}`)
      .expect(302);
    const cookie = cookieOf(res, 'jazari_sso');
    return { location: res.headers.location, cookie };
  };
  const callback = (url: URL, cookie: string | undefined) => {
    const call = server().get(`/api/v1/auth/sso/callback${url.search}`);
    if (cookie) call.set('cookie', `jazari_sso=${cookie}`);
    return call.expect(302);
  };
  /** The whole round trip for `login`, as a browser: start, the provider's pages, the callback. */
  const roundTrip = async (slug: string, login: string, next?: string) => {
    const started = await start(slug, next);
    const back = await provider.authorize(started.location, login);
    return { res: await callback(back, started.cookie), back, started };
  };
  /** What the web app does next: a refresh in cookie mode, then /me. */
  const sessionOf = async (res: request.Response) => {
    const refresh = cookieOf(res, 'jazari_refresh');
    expect(refresh).toMatch(/^jzr_/);
    const pair = await server()
      .post('/api/v1/auth/refresh')
      .set({ 'x-jazari-session': 'cookie', cookie: `jazari_refresh=${refresh}` })
      .send({})
      .expect(200);
    const me = await server()
      .get('/api/v1/me')
      .auth(pair.body.accessToken as string, { type: 'bearer' })
      .expect(200);
    return me.body as {
      user: { id: string; email: string };
      current: { tenant: { id: string }; role: string };
    };
  };
  const refusedWith = (res: request.Response, reason: string, slug?: string) => {
    const location = new URL(res.headers.location, PUBLIC_URL);
    expect(location.pathname).toBe('/sign-in');
    expect(location.searchParams.get('sso-error')).toBe(reason);
    if (slug) expect(location.searchParams.get('tenant')).toBe(slug);
    expect(cookieOf(res, 'jazari_refresh')).toBeUndefined();
  };
  const audit = async (tenantId: string, action: string) =>
    (
      await world.admin.query<{ actor_user_id: string | null; data: Record<string, unknown> }>(
        `SELECT actor_user_id, data FROM audit_event WHERE tenant_id = $1 AND action = $2 ORDER BY seq`,
        [tenantId, action],
      )
    ).rows;
  const sessionsCount = async () =>
    Number((await world.admin.query<{ n: string }>(`SELECT count(*) AS n FROM auth_session`)).rows[0].n);

  const labConfig = () => ({
    enabled: true,
    displayName: 'UM5',
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    allowedDomains: ['UM5.test'],
    firstSignIn: 'default_role',
    defaultRole: 'researcher',
    passwordSignIn: true,
  });

  beforeAll(async () => {
    provider = await startOidcProvider({ redirectUri: REDIRECT_URI, accounts: ACCOUNTS });
    rogue = await startOidcProvider({
      redirectUri: REDIRECT_URI,
      accounts: ACCOUNTS,
      client: { id: provider.clientId, secret: provider.clientSecret },
    });
    world = await testWorld<Tenant, Person>({
      config: testConfig({ PUBLIC_URL, THROTTLE_LOGIN_ATTEMPTS_PER_IP: '1000' }),
      tenants: { lab: 'institute', acme: 'partner', other: 'institute', secure: 'institute', root: 'root' },
      users: {
        labAdmin: { tenant: 'lab', role: 'institute_manager' },
        secureAdmin: { tenant: 'secure', role: 'institute_manager' },
        researcher: { tenant: 'lab', role: 'researcher' },
        acmeAdmin: { tenant: 'acme', role: 'partner_admin' },
        otherAdmin: { tenant: 'other', role: 'institute_manager' },
      },
    });
    known = await createUser(world.admin, [{ tenant: world.tenants.lab, role: 'researcher' }], {
      email: 'known@um5.test',
    });
    member = await createUser(world.admin, [{ tenant: world.tenants.acme, role: 'partner_member' }], {
      email: 'member@acme.test',
    });
    await world.as('labAdmin').put('/sso-config', labConfig()).expect(200);
  });
  afterAll(async () => {
    await world?.close();
    await provider?.close();
    await rogue?.close();
  });

  describe('the configuration', () => {
    it('keeps the client secret encrypted and never returns it', async () => {
      const got = await world.as('labAdmin').get('/sso-config').expect(200);
      expect(got.body).toEqual({
        redirectUri: REDIRECT_URI,
        config: expect.objectContaining({
          enabled: true,
          displayName: 'UM5',
          issuer: provider.issuer,
          clientId: provider.clientId,
          clientSecret: 'set',
          allowedDomains: ['um5.test'],
          firstSignIn: 'default_role',
          defaultRole: 'researcher',
          passwordSignIn: true,
          trustProviderMfa: false,
        }),
      });
      expect(JSON.stringify(got.body)).not.toContain(provider.clientSecret);
      const stored = await world.admin.query<{ client_secret: Buffer }>(
        `SELECT client_secret FROM sso_config WHERE tenant_id = $1`,
        [world.tenants.lab.id],
      );
      const sealed = stored.rows[0].client_secret;
      expect(sealed.includes(Buffer.from(provider.clientSecret))).toBe(false);
      expect(sealed.length).toBeGreaterThan(provider.clientSecret.length + 28); // IV and tag around it

      const [configured] = await audit(world.tenants.lab.id, 'sso.configured');
      expect(configured.actor_user_id).toBe(world.users.labAdmin.id);
      expect(configured.data).toMatchObject({ created: true, secretChanged: true, issuer: provider.issuer });
      expect(JSON.stringify(configured.data)).not.toContain(provider.clientSecret);
    });

    it('refuses bad input with a clear problem, in the caller’s language, and changes nothing', async () => {
      const before = await world.as('labAdmin').get('/sso-config').expect(200);
      const adminRole = await world
        .as('labAdmin')
        .put('/sso-config', { ...labConfig(), defaultRole: 'institute_manager' })
        .set('accept-language', 'fr')
        .expect(422);
      expect(adminRole.headers['content-type']).toContain('application/problem+json');
      expect(adminRole.body).toMatchObject({
        type: expect.stringContaining('role-not-allowed'),
        title: 'Ce rôle ne peut pas être donné à une première connexion',
      });
      const unreachable = await world
        .as('labAdmin')
        .put('/sso-config', { ...labConfig(), issuer: 'http://127.0.0.1:9/nothing' })
        .expect(422);
      expect(unreachable.body).toMatchObject({
        type: expect.stringContaining('issuer-unreachable'),
        title: 'Le fournisseur d’identité n’a pas répondu',
        issuer: 'http://127.0.0.1:9/nothing',
      });
      const badDomain = await world
        .as('labAdmin')
        .put('/sso-config', { ...labConfig(), allowedDomains: ['not a domain'] })
        .expect(400);
      expect(badDomain.body.errors).toEqual([expect.objectContaining({ field: 'allowedDomains' })]);
      // No secret yet for acme: the first save needs one.
      const { clientSecret: _none, ...withoutSecret } = labConfig();
      const noSecret = await world
        .as('acmeAdmin')
        .put('/sso-config', { ...withoutSecret, defaultRole: 'partner_member' })
        .expect(400);
      expect(noSecret.body.errors).toEqual([expect.objectContaining({ field: 'clientSecret' })]);
      expect((await world.as('labAdmin').get('/sso-config').expect(200)).body).toEqual(before.body);
      expect((await world.as('acmeAdmin').get('/sso-config').expect(200)).body.config).toBeNull();
    });

    it('is the tenant’s own: another tenant’s admin neither reads nor changes it; members may not', async () => {
      const before = await world.as('labAdmin').get('/sso-config').expect(200);
      // The route names no tenant: another institute's manager reaches their own (none) only.
      const theirs = await world.as('otherAdmin').get('/sso-config').expect(200);
      expect(theirs.body.config).toBeNull();
      await world.as('otherAdmin').delete('/sso-config').expect(204);
      expect((await world.as('labAdmin').get('/sso-config').expect(200)).body).toEqual(before.body);
      // A researcher of the tenant itself may not read or change it.
      const denied = await world.as('researcher').get('/sso-config').expect(403);
      expect(denied.body.type).toContain('permission-denied');
      await world.as('researcher').put('/sso-config', labConfig()).expect(403);
      await world.as('researcher').delete('/sso-config').expect(403);
      // Nor can an API key ever hold the action.
      const key = await world
        .as('labAdmin')
        .post('/api-keys', { name: 'sso', permissions: ['sso.manage'] })
        .expect(403);
      expect(key.body.type).toContain('permission-not-delegable');
      expect((await world.as('labAdmin').get('/sso-config').expect(200)).body).toEqual(before.body);
    });
  });

  describe('the sign-in page’s question', () => {
    it('names the tenant by slug or by e-mail domain; nothing for a tenant without SSO', async () => {
      const bySlug = await server()
        .get(`/api/v1/auth/sso/options?tenant=${world.tenants.lab.slug}`)
        .expect(200);
      expect(bySlug.body).toEqual({
        tenant: { slug: world.tenants.lab.slug, name: expect.objectContaining({ fr: expect.any(String) }) },
        ssoName: 'UM5',
        startUrl: `/api/v1/auth/sso/${world.tenants.lab.slug}/start`,
        passwordSignIn: true,
      });
      const byEmail = await server().get('/api/v1/auth/sso/options?email=someone@UM5.test').expect(200);
      expect(byEmail.body.tenant.slug).toBe(world.tenants.lab.slug);
      // No single sign-on there: nothing to offer, not an error (the page asks for every address typed).
      const none = await server()
        .get(`/api/v1/auth/sso/options?tenant=${world.tenants.other.slug}`)
        .set('accept-language', 'ar')
        .expect(204);
      expect(none.text).toBe('');
      await server().get('/api/v1/auth/sso/options?email=someone@nowhere.test').expect(204);
      await server().get('/api/v1/auth/sso/options?email=not-an-email').expect(400);
    });
  });

  describe('signing in', () => {
    it('makes an account and a membership with the default role at a first sign-in', async () => {
      const { res, started } = await roundTrip(world.tenants.lab.slug, 'newbie', '/projects');
      // The provider was asked for the code flow with PKCE (S256), a state and a nonce.
      const asked = new URL(started.location);
      expect(asked.origin).toBe(provider.issuer);
      expect(asked.searchParams.get('response_type')).toBe('code');
      expect(asked.searchParams.get('code_challenge_method')).toBe('S256');
      expect(asked.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(asked.searchParams.get('nonce')).toBeTruthy();
      expect(asked.searchParams.get('state')).toBe(started.cookie);
      expect(asked.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);

      expect(res.headers.location).toBe('/sign-in?sso=done&next=%2Fprojects');
      const refreshCookie = setCookies(res).find((c) => c.startsWith('jazari_refresh='))!;
      expect(refreshCookie).toContain('HttpOnly');
      expect(refreshCookie).toContain('SameSite=Strict');
      expect(refreshCookie).toContain('Path=/api/v1/auth');
      const me = await sessionOf(res);
      expect(me.user.email).toBe('newbie@um5.test');
      expect(me.current).toMatchObject({ tenant: { id: world.tenants.lab.id }, role: 'researcher' });

      const user = await world.admin.query<{
        password_hash: string | null;
        display_name: string;
        locale: string;
      }>(`SELECT password_hash, display_name, locale FROM app_user WHERE id = $1`, [me.user.id]);
      expect(user.rows[0]).toEqual({ password_hash: null, display_name: 'Nadia Newbie', locale: 'ar' });
      const session = await world.admin.query<{ auth_method: string }>(
        `SELECT auth_method FROM auth_session WHERE user_id = $1`,
        [me.user.id],
      );
      expect(session.rows).toEqual([{ auth_method: 'sso' }]);
      const signedIn = (await audit(world.tenants.lab.id, 'auth.sso_sign_in')).find(
        (e) => e.actor_user_id === me.user.id,
      );
      expect(signedIn?.data).toMatchObject({
        issuer: provider.issuer,
        subject: 'newbie',
        createdAccount: true,
        joined: true,
      });
      const joined = await audit(world.tenants.lab.id, 'membership.created');
      expect(joined).toContainEqual(
        expect.objectContaining({ actor_user_id: me.user.id, data: { role: 'researcher', via: 'sso' } }),
      );
    });

    it('links to the existing account of the verified e-mail, keeping its role', async () => {
      const users = Number(
        (await world.admin.query<{ n: string }>(`SELECT count(*) AS n FROM app_user`)).rows[0].n,
      );
      const { res } = await roundTrip(world.tenants.lab.slug, 'known');
      expect(res.headers.location).toBe('/sign-in?sso=done&next=%2F');
      const me = await sessionOf(res);
      expect(me.user.id).toBe(known.id);
      expect(me.current.role).toBe('researcher');
      const after = Number(
        (await world.admin.query<{ n: string }>(`SELECT count(*) AS n FROM app_user`)).rows[0].n,
      );
      expect(after).toBe(users);
      // The password still works too: password sign-in is on for this tenant.
      await signIn(world.api, known.email, known.password);
    });

    it('refuses a wrong state, a missing state cookie, and a replayed callback', async () => {
      const sessions = await sessionsCount();
      const started = await start(world.tenants.lab.slug);
      const back = await provider.authorize(started.location, 'newbie');

      // The state in the URL changed (one byte): not this browser's sign-in.
      const tampered = new URL(back);
      const state = tampered.searchParams.get('state')!;
      tampered.searchParams.set('state', state.slice(0, -2) + (state.endsWith('AA') ? 'BB' : 'AA'));
      refusedWith(await callback(tampered, started.cookie), 'sso-state-invalid');
      // The right state, but the browser that comes back did not start it (login CSRF).
      refusedWith(await callback(back, undefined), 'sso-state-invalid');
      refusedWith(await callback(back, 'jzs_other'), 'sso-state-invalid');

      // The genuine callback still works once…
      const good = await callback(back, started.cookie);
      expect(good.headers.location).toBe('/sign-in?sso=done&next=%2F');
      expect(await sessionsCount()).toBe(sessions + 1);
      // …and never again: the state is used up (the code with it).
      refusedWith(await callback(back, started.cookie), 'sso-state-invalid', world.tenants.lab.slug);
      expect(await sessionsCount()).toBe(sessions + 1);
    });

    it('refuses a replayed code under a fresh state: the provider will not redeem it twice', async () => {
      const first = await roundTrip(world.tenants.lab.slug, 'newbie');
      expect(first.res.headers.location).toBe('/sign-in?sso=done&next=%2F');
      const sessions = await sessionsCount();
      const fresh = await start(world.tenants.lab.slug);
      const replay = new URL(first.back);
      replay.searchParams.set('state', fresh.cookie!);
      refusedWith(await callback(replay, fresh.cookie), 'sso-failed', world.tenants.lab.slug);
      expect(await sessionsCount()).toBe(sessions);
      const refused = await audit(world.tenants.lab.id, 'auth.sso_refused');
      expect(refused.at(-1)?.data).toMatchObject({ reason: 'sso-failed' });
    });

    it('refuses an ID token from another issuer', async () => {
      const sessions = await sessionsCount();
      const started = await start(world.tenants.lab.slug);
      // The person is sent to the other issuer with the same request (client, PKCE challenge, nonce,
      // state), and the answer comes back as if from the configured one, whose token endpoint now
      // answers with the other issuer's tokens.
      const atRogue = new URL(started.location);
      const rogueUrl = new URL(rogue.issuer);
      atRogue.protocol = rogueUrl.protocol;
      atRogue.host = rogueUrl.host;
      const back = await rogue.authorize(atRogue.href, 'newbie');
      expect(back.searchParams.get('iss')).toBe(rogue.issuer);
      back.searchParams.set('iss', provider.issuer);
      provider.answerTokensWith(rogue);
      try {
        refusedWith(await callback(back, started.cookie), 'sso-failed', world.tenants.lab.slug);
      } finally {
        provider.answerTokensWith(undefined);
      }
      expect(await sessionsCount()).toBe(sessions);
      const refused = await audit(world.tenants.lab.id, 'auth.sso_refused');
      expect(refused.at(-1)?.data).toMatchObject({
        reason: 'sso-failed',
        error: expect.stringMatching(/iss/),
      });
    });

    it('refuses an unverified e-mail and a domain the tenant does not allow', async () => {
      const users = Number(
        (await world.admin.query<{ n: string }>(`SELECT count(*) AS n FROM app_user`)).rows[0].n,
      );
      const sessions = await sessionsCount();
      refusedWith((await roundTrip(world.tenants.lab.slug, 'unverified')).res, 'sso-email-unverified');
      refusedWith((await roundTrip(world.tenants.lab.slug, 'outsider')).res, 'sso-domain-not-allowed');
      expect(await sessionsCount()).toBe(sessions);
      const after = Number(
        (await world.admin.query<{ n: string }>(`SELECT count(*) AS n FROM app_user`)).rows[0].n,
      );
      expect(after).toBe(users);
      const reasons = (await audit(world.tenants.lab.id, 'auth.sso_refused')).map((e) => e.data.reason);
      expect(reasons).toEqual(expect.arrayContaining(['sso-email-unverified', 'sso-domain-not-allowed']));
    });

    it('sends the browser back to the sign-in page when the tenant has no single sign-on', async () => {
      const res = await server().get(`/api/v1/auth/sso/${world.tenants.other.slug}/start`).expect(302);
      refusedWith(res, 'sso-unavailable');
      expect(cookieOf(res, 'jazari_sso')).toBeUndefined();
    });
  });

  describe('a tenant that requires an invitation and turns passwords off', () => {
    beforeAll(async () => {
      await world
        .as('acmeAdmin')
        .put('/sso-config', {
          ...labConfig(),
          displayName: 'Acme ID',
          allowedDomains: ['acme.test'],
          firstSignIn: 'invitation_required',
          defaultRole: undefined,
          passwordSignIn: true,
        })
        .expect(200);
    });

    it('refuses someone who is not a member yet, and signs a member in', async () => {
      const users = Number(
        (await world.admin.query<{ n: string }>(`SELECT count(*) AS n FROM app_user`)).rows[0].n,
      );
      refusedWith(
        (await roundTrip(world.tenants.acme.slug, 'stranger')).res,
        'sso-invitation-required',
        world.tenants.acme.slug,
      );
      const after = Number(
        (await world.admin.query<{ n: string }>(`SELECT count(*) AS n FROM app_user`)).rows[0].n,
      );
      expect(after).toBe(users);
      const { res } = await roundTrip(world.tenants.acme.slug, 'member');
      const me = await sessionOf(res);
      expect(me.user.id).toBe(member.id);
      expect(me.current.role).toBe('partner_member');
    });

    it('refuses password sign-in when turned off, ends password sessions, and keeps the admins’ break-glass', async () => {
      const memberSession = await signIn(world.api, member.email, member.password);
      const { res: ssoRes } = await roundTrip(world.tenants.acme.slug, 'member');
      const ssoRefresh = cookieOf(ssoRes, 'jazari_refresh')!;

      const off = await world
        .as('acmeAdmin')
        .put('/sso-config', {
          ...labConfig(),
          clientSecret: undefined,
          displayName: 'Acme ID',
          allowedDomains: ['acme.test'],
          firstSignIn: 'invitation_required',
          defaultRole: undefined,
          passwordSignIn: false,
        })
        .expect(200);
      expect(off.body.config.passwordSignIn).toBe(false);
      const [, turnedOff] = await audit(world.tenants.acme.id, 'sso.configured');
      expect(turnedOff.data).toMatchObject({ passwordSignIn: false, secretChanged: false, endedSessions: 1 });

      // The member's password session ended; their SSO session goes on.
      await server()
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: memberSession.refreshToken })
        .expect(401);
      await server()
        .post('/api/v1/auth/refresh')
        .set({ 'x-jazari-session': 'cookie', cookie: `jazari_refresh=${ssoRefresh}` })
        .send({})
        .expect(200);

      // The member's password no longer signs them in.
      const refused = await server()
        .post('/api/v1/auth/login')
        .set('accept-language', 'en')
        .send({ email: member.email, password: member.password })
        .expect(403);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body).toMatchObject({
        type: expect.stringContaining('password-sign-in-disabled'),
        title: 'Your organisation signs you in through its identity provider',
      });
      // The sign-in page learns to hide the password form.
      const options = await server().get(`/api/v1/auth/sso/options?email=${member.email}`).expect(200);
      expect(options.body).toMatchObject({ ssoName: 'Acme ID', passwordSignIn: false });

      // The administrator keeps a password way in, written to the audit log.
      const admin = await signIn(world.api, world.users.acmeAdmin.email, world.users.acmeAdmin.password);
      expect(admin.tenant.id).toBe(world.tenants.acme.id);
      const breakGlass = await audit(world.tenants.acme.id, 'auth.break_glass_sign_in');
      expect(breakGlass).toEqual([expect.objectContaining({ actor_user_id: world.users.acmeAdmin.id })]);

      // SSO still signs the member in.
      const again = await roundTrip(world.tenants.acme.slug, 'member');
      expect((await sessionOf(again.res)).user.id).toBe(member.id);
    });
  });

  describe('the second factor after single sign-on', () => {
    let chief: TestUser;
    let chiefToken: string;
    let sam: TestUser;
    const cookieMode = { 'x-jazari-session': 'cookie' };
    /** The challenge the callback hands the sign-in page, in the fragment of its redirect. */
    const challengeOf = (res: request.Response) => {
      const location = new URL(res.headers.location, PUBLIC_URL);
      expect(location.pathname).toBe('/sign-in');
      expect(location.searchParams.get('sso')).toBe('challenge');
      const fragment = new URLSearchParams(location.hash.slice(1));
      return {
        next: location.searchParams.get('next'),
        challenge: JSON.parse(Buffer.from(fragment.get('challenge')!, 'base64url').toString('utf8')) as {
          challengeToken: string;
          expiresIn: number;
          enrolmentRequired: boolean;
        },
      };
    };
    const sessionsOf = async (userId: string) =>
      (
        await world.admin.query<{ tenant_id: string; auth_method: string }>(
          `SELECT tenant_id, auth_method FROM auth_session WHERE user_id = $1 ORDER BY created_at`,
          [userId],
        )
      ).rows;

    beforeAll(async () => {
      // Root's administrator must have a second factor: the first password sign-in sets one up.
      chief = await createUser(world.admin, [{ tenant: world.tenants.root, role: 'network_admin' }], {
        email: 'chief@root.test',
      });
      chiefToken = (await signIn(world.api, chief.email, chief.password)).accessToken;
      await server()
        .put('/api/v1/sso-config')
        .auth(chiefToken, { type: 'bearer' })
        .send({
          ...labConfig(),
          displayName: 'Root ID',
          allowedDomains: ['root.test'],
          defaultRole: 'ministry_analyst',
        })
        .expect(200);
      // An institute whose administrator requires a second factor of its members, and signs them in
      // through its provider only.
      sam = await createUser(world.admin, [{ tenant: world.tenants.secure, role: 'researcher' }], {
        email: 'sam@secure.test',
      });
      await world.as('secureAdmin').put('/security-policy', { secondFactorRequired: true }).expect(200);
      await world
        .as('secureAdmin')
        .put('/sso-config', {
          ...labConfig(),
          displayName: 'Secure ID',
          allowedDomains: ['secure.test'],
          passwordSignIn: false,
        })
        .expect(200);
    });

    it('asks Root’s administrator for a code instead of opening a session; the code opens it', async () => {
      const before = await sessionsOf(chief.id);
      const { res } = await roundTrip(world.tenants.root.slug, 'chief', '/admin');
      expect(cookieOf(res, 'jazari_refresh')).toBeUndefined();
      const { next, challenge } = challengeOf(res);
      expect(next).toBe('/admin');
      expect(challenge).toEqual({
        challengeToken: expect.stringMatching(/^jzc_/),
        expiresIn: 300,
        enrolmentRequired: false,
        passkey: false,
      });
      expect(await sessionsOf(chief.id)).toEqual(before);
      const [proven] = await audit(world.tenants.root.id, 'auth.sso_sign_in');
      expect(proven).toMatchObject({
        actor_user_id: chief.id,
        data: { subject: 'chief', secondFactor: 'challenge', joined: false },
      });

      // A wrong code opens nothing; the right one opens an SSO session in Root.
      const wrong = await server()
        .post('/api/v1/auth/second-factor')
        .set({ ...cookieMode, 'accept-language': 'fr' })
        .send({ challengeToken: challenge.challengeToken, code: '000000' })
        .expect(401);
      expect(wrong.body.type).toContain('invalid-second-factor');
      expect(cookieOf(wrong, 'jazari_refresh')).toBeUndefined();
      expect(await sessionsOf(chief.id)).toEqual(before);
      const answered = await server()
        .post('/api/v1/auth/second-factor')
        .set(cookieMode)
        .send({ challengeToken: challenge.challengeToken, code: await totpCode(chief.email) })
        .expect(200);
      const me = await sessionOf(answered);
      expect(me.user.id).toBe(chief.id);
      expect(me.current).toMatchObject({ tenant: { id: world.tenants.root.id }, role: 'network_admin' });
      expect(await sessionsOf(chief.id)).toEqual([
        ...before,
        { tenant_id: world.tenants.root.id, auth_method: 'sso' },
      ]);
      // The challenge worked once (refused before any code is looked at).
      const again = await server()
        .post('/api/v1/auth/second-factor')
        .send({ challengeToken: challenge.challengeToken, code: '123456' })
        .expect(401);
      expect(again.body.type).toContain('invalid-challenge');
    });

    it('makes a member of a tenant that requires a factor set one up, then opens the SSO session there', async () => {
      const { res } = await roundTrip(world.tenants.secure.slug, 'sam');
      expect(cookieOf(res, 'jazari_refresh')).toBeUndefined();
      const { challenge } = challengeOf(res);
      expect(challenge.enrolmentRequired).toBe(true);
      expect(await sessionsOf(sam.id)).toEqual([]);
      // Setting the factor up answers the challenge. The session opens in the tenant whose provider proved
      // the person, although it takes no passwords (a password sign-in's default would be refused there).
      const answered = await answerSecondStep(world.api, sam.email, challenge, cookieMode);
      expect(answered.status).toBe(200);
      expect(answered.body.recoveryCodes).toHaveLength(10);
      const me = await sessionOf(answered);
      expect(me.current).toMatchObject({ tenant: { id: world.tenants.secure.id }, role: 'researcher' });
      expect(await sessionsOf(sam.id)).toEqual([{ tenant_id: world.tenants.secure.id, auth_method: 'sso' }]);
      const enabled = await audit(world.tenants.secure.id, 'user.second_factor_enabled');
      expect(enabled).toContainEqual(expect.objectContaining({ actor_user_id: sam.id }));

      // The next time, a code of the app.
      const next = challengeOf((await roundTrip(world.tenants.secure.slug, 'sam')).res).challenge;
      expect(next.enrolmentRequired).toBe(false);
      expect((await answerSecondStep(world.api, sam.email, next, cookieMode)).status).toBe(200);
      expect(await sessionsOf(sam.id)).toHaveLength(2);
    });

    it('asks a newcomer to such a tenant for a factor too, once their account and membership exist', async () => {
      const { res } = await roundTrip(world.tenants.secure.slug, 'newcomer');
      const { challenge } = challengeOf(res);
      expect(challenge.enrolmentRequired).toBe(true);
      const joined = await audit(world.tenants.secure.id, 'auth.sso_sign_in');
      expect(joined.at(-1)?.data).toMatchObject({
        subject: 'newcomer',
        createdAccount: true,
        joined: true,
        secondFactor: 'enrolment',
      });
      const answered = await answerSecondStep(world.api, 'newcomer@secure.test', challenge, cookieMode);
      expect(answered.status).toBe(200);
      const me = await sessionOf(answered);
      expect(me.user.email).toBe('newcomer@secure.test');
      expect(me.current).toMatchObject({ tenant: { id: world.tenants.secure.id }, role: 'researcher' });
    });

    it('trusts the provider’s own second factor only when the tenant says so and the ID token shows it', async () => {
      // Not trusted yet: the provider's `amr` alone changes nothing.
      const untrusted = await roundTrip(world.tenants.root.slug, 'chiefMfa');
      expect(challengeOf(untrusted.res).challenge.enrolmentRequired).toBe(false);

      const rootConfig = {
        ...labConfig(),
        clientSecret: undefined,
        displayName: 'Root ID',
        allowedDomains: ['root.test'],
        defaultRole: 'ministry_analyst',
      };
      const saved = await server()
        .put('/api/v1/sso-config')
        .auth(chiefToken, { type: 'bearer' })
        .send({ ...rootConfig, trustProviderMfa: true })
        .expect(200);
      expect(saved.body.config.trustProviderMfa).toBe(true);
      const configured = await audit(world.tenants.root.id, 'sso.configured');
      expect(configured.at(-1)).toMatchObject({ actor_user_id: chief.id, data: { trustProviderMfa: true } });

      // Trusted, and the ID token says `mfa`: the session opens at once, and the log says why.
      const before = await sessionsOf(chief.id);
      const trusted = await roundTrip(world.tenants.root.slug, 'chiefMfa');
      expect(trusted.res.headers.location).toBe('/sign-in?sso=done&next=%2F');
      const me = await sessionOf(trusted.res);
      expect(me.current).toMatchObject({ tenant: { id: world.tenants.root.id }, role: 'network_admin' });
      expect(await sessionsOf(chief.id)).toEqual([
        ...before,
        { tenant_id: world.tenants.root.id, auth_method: 'sso' },
      ]);
      const proven = await audit(world.tenants.root.id, 'auth.sso_sign_in');
      expect(proven.at(-1)).toMatchObject({ actor_user_id: chief.id, data: { secondFactor: 'provider' } });

      // Trusted, but this ID token names no second factor: Jazari asks for its own.
      const withoutMfa = await roundTrip(world.tenants.root.slug, 'chief');
      expect(cookieOf(withoutMfa.res, 'jazari_refresh')).toBeUndefined();
      expect(challengeOf(withoutMfa.res).challenge.enrolmentRequired).toBe(false);

      // Off again (omitted: off), and the provider's word is no longer enough.
      const off = await server()
        .put('/api/v1/sso-config')
        .auth(chiefToken, { type: 'bearer' })
        .send(rootConfig)
        .expect(200);
      expect(off.body.config.trustProviderMfa).toBe(false);
      expect(
        cookieOf((await roundTrip(world.tenants.root.slug, 'chiefMfa')).res, 'jazari_refresh'),
      ).toBeUndefined();
    });

    it('opens the session at once for a member without a factor who need not have one', async () => {
      const { res } = await roundTrip(world.tenants.lab.slug, 'known');
      expect(res.headers.location).toBe('/sign-in?sso=done&next=%2F');
      expect((await sessionOf(res)).user.id).toBe(known.id);
      const challenges = await world.admin.query(`SELECT 1 FROM second_factor_challenge WHERE user_id = $1`, [
        known.id,
      ]);
      expect(challenges.rows).toEqual([]);
      const [latest] = (await audit(world.tenants.lab.id, 'auth.sso_sign_in'))
        .filter((e) => e.actor_user_id === known.id)
        .slice(-1);
      expect(latest.data).toMatchObject({ secondFactor: 'none' });
    });
  });

  describe('an open invitation accepted by signing in', () => {
    const invite = async (who: 'acmeAdmin' | 'otherAdmin' | 'labAdmin', email: string, role: string) =>
      (await world.as(who).post('/invitations', { email, role }).expect(201)).body as { id: string };

    it('gives the invited role in the inviting tenant, and the invitation is accepted', async () => {
      const invitation = await invite('acmeAdmin', 'invitee@acme.test', 'partner_admin');
      const { res } = await roundTrip(world.tenants.acme.slug, 'invitee', '/conventions');
      expect(res.headers.location).toBe('/sign-in?sso=done&next=%2Fconventions');
      const me = await sessionOf(res);
      expect(me.user.email).toBe('invitee@acme.test');
      expect(me.current).toMatchObject({ tenant: { id: world.tenants.acme.id }, role: 'partner_admin' });

      const seen = await world.as('acmeAdmin').get(`/invitations/${invitation.id}`).expect(200);
      expect(seen.body).toMatchObject({ status: 'accepted', acceptedAt: expect.any(String) });
      const accepted = await audit(world.tenants.acme.id, 'invitation.accepted');
      expect(accepted).toEqual([
        {
          actor_user_id: me.user.id,
          data: { email: 'invitee@acme.test', createdAccount: true, via: 'sso' },
        },
      ]);
      expect(await audit(world.tenants.acme.id, 'membership.created')).toContainEqual({
        actor_user_id: me.user.id,
        data: { role: 'partner_admin', invitationId: invitation.id, via: 'sso' },
      });
      // Used once: the invitation cannot be accepted again by its link.
      const row = await world.admin.query<{ accepted_user_id: string }>(
        `SELECT accepted_user_id FROM invitation WHERE id = $1`,
        [invitation.id],
      );
      expect(row.rows).toEqual([{ accepted_user_id: me.user.id }]);
    });

    it('gives the invited role rather than the default one', async () => {
      await invite('labAdmin', 'promoted@um5.test', 'institute_manager');
      const me = await sessionOf((await roundTrip(world.tenants.lab.slug, 'promoted')).res);
      expect(me.current).toMatchObject({ tenant: { id: world.tenants.lab.id }, role: 'institute_manager' });
    });

    it('does not count another tenant’s invitation, nor a revoked one', async () => {
      // Invited to another tenant: no way into this one.
      const elsewhere = await invite('otherAdmin', 'crossed@acme.test', 'researcher');
      refusedWith(
        (await roundTrip(world.tenants.acme.slug, 'crossed')).res,
        'sso-invitation-required',
        world.tenants.acme.slug,
      );
      const stillOpen = await world.as('otherAdmin').get(`/invitations/${elsewhere.id}`).expect(200);
      expect(stillOpen.body.status).toBe('open');
      // Nor can the inviting tenant's admin see or use the other's invitation.
      await world.as('acmeAdmin').get(`/invitations/${elsewhere.id}`).expect(404);

      const revoked = await invite('acmeAdmin', 'revoked@acme.test', 'partner_member');
      await world.as('acmeAdmin').delete(`/invitations/${revoked.id}`).expect(204);
      refusedWith(
        (await roundTrip(world.tenants.acme.slug, 'revoked')).res,
        'sso-invitation-required',
        world.tenants.acme.slug,
      );
      const accounts = await world.admin.query(
        `SELECT 1 FROM app_user WHERE email IN ('crossed@acme.test', 'revoked@acme.test')`,
      );
      expect(accounts.rows).toEqual([]);
    });
  });
});
