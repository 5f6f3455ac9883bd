import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { verifyEvidenceBundle, type EvidenceBundle } from '@jazari/conventions';
import {
  enrolTotp,
  PasskeyAuthenticator,
  testConfig,
  testWorld,
  totpCode,
  type TestWorld,
} from '@jazari/testing';
import request from 'supertest';

const run = promisify(execFile);
const ORIGIN = 'https://jazari.test';

/**
 * Issue 20 point 3: passkeys (WebAuthn) as a second factor, with real ceremonies and no browser. Each
 * person holds a software authenticator (an ES256 key pair, `none` attestation, authenticator data with
 * UP, UV and AT and a counter) whose answers the API verifies for real: enrolment from the profile (a
 * first passkey brings recovery codes; a later one, or removing one, takes a fresh factor), sign-in's
 * second step, the step-up of a signature (`password+webauthn` in the evidence, shown by the offline
 * verifier), and the refusals: a replayed assertion, another origin, no user verification, a counter
 * that did not move, another person's credential; and no administrator of any tenant reaches them.
 */
jest.setTimeout(120_000);

describe('passkeys', () => {
  let world: TestWorld<
    'lab' | 'acme' | 'other' | 'strict',
    'alice' | 'bob' | 'manager' | 'partner' | 'otherAdmin' | 'newcomer'
  >;
  const keys = { alice: new PasskeyAuthenticator(ORIGIN), bob: new PasskeyAuthenticator(ORIGIN) };
  const aliceLaptop = new PasskeyAuthenticator(ORIGIN);
  let from = 0;
  const client = () => `198.51.100.${++from}`;
  const http = () => request(world.api.getHttpServer());
  const login = (who: 'alice' | 'bob' | 'newcomer') =>
    http()
      .post('/api/v1/auth/login')
      .set('x-forwarded-for', client())
      .send({ email: world.users[who].email, password: world.users[who].password });
  const answer = (challengeToken: string, body: object) =>
    http()
      .post('/api/v1/auth/second-factor')
      .set('x-forwarded-for', client())
      .send({ challengeToken, ...body });
  const signInOptions = async (challengeToken: string) =>
    (await http().post('/api/v1/auth/second-factor/passkey-options').send({ challengeToken }).expect(200))
      .body.options as object;
  const confirmOptions = async (who: 'alice' | 'bob') =>
    (await world.as(who).post('/me/passkeys/authentication-options').expect(200)).body.options as object;
  const audit = async (action: string, userId: string) =>
    (
      await world.admin.query<{ tenant_id: string; data: Record<string, unknown> }>(
        `SELECT tenant_id, data FROM audit_event WHERE action = $1 AND target_id = $2 ORDER BY seq`,
        [action, userId],
      )
    ).rows;
  let alicePasskeys: string[] = [];
  let aliceRecoveryCodes: string[] = [];

  beforeAll(async () => {
    world = await testWorld({
      config: testConfig({ PUBLIC_URL: ORIGIN, TRUST_PROXY: 'loopback' }),
      tenants: { lab: 'institute', acme: 'partner', other: 'institute', strict: 'institute' },
      users: {
        alice: { tenant: 'lab', role: 'researcher', locale: 'fr' },
        bob: { tenant: 'acme', role: 'partner_member' },
        manager: { tenant: 'lab', role: 'institute_manager' },
        partner: { tenant: 'acme', role: 'partner_admin' },
        otherAdmin: { tenant: 'other', role: 'institute_manager' },
        newcomer: { tenant: 'strict', role: 'researcher' },
      },
    });
  });
  afterAll(() => world?.close());

  it('enrols passkeys from the profile: verified for real, a first one with recovery codes', async () => {
    expect((await world.as('alice').get('/me/passkeys').expect(200)).body).toEqual({ data: [] });
    const begun = await world.as('alice').post('/me/passkeys/registration-options', {}).expect(200);
    const options = begun.body.options as {
      rp: { id: string };
      authenticatorSelection: { userVerification: string };
      challenge: string;
    };
    expect(options.rp.id).toBe('jazari.test');
    expect(options.authenticatorSelection.userVerification).toBe('required');

    // Made on another site, or without the person verified: refused, nothing kept.
    const elsewhere = await world.as('alice').post('/me/passkeys', {
      name: 'Phishing',
      response: keys.alice.create(options, { origin: 'https://jazari.test.evil.example' }),
    });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.type).toContain('passkey-not-registered');
    const unverified = await world.as('alice').post('/me/passkeys', {
      name: 'Sans vérification',
      response: keys.alice.create(options, { userVerified: false }),
    });
    expect(unverified.status).toBe(400);
    keys.alice.credentials.length = 0;

    const response = keys.alice.create(options);
    const added = await world
      .as('alice')
      .post('/me/passkeys', { name: 'Clé de sécurité', response })
      .expect(201);
    expect(added.body.passkey).toEqual({
      id: expect.any(String),
      name: 'Clé de sécurité',
      createdAt: expect.any(String),
      lastUsedAt: null,
    });
    // Her first second factor: ten recovery codes, shown this once.
    expect(added.body.recoveryCodes).toHaveLength(10);
    aliceRecoveryCodes = added.body.recoveryCodes as string[];
    // The same answer again: its challenge is used up.
    const replayed = await world.as('alice').post('/me/passkeys', { name: 'Encore', response });
    expect(replayed.status).toBe(400);
    expect(replayed.body.type).toContain('passkey-not-registered');

    expect((await world.as('alice').get('/me/second-factor').expect(200)).body).toMatchObject({
      totp: false,
      passkeys: 1,
      recoveryCodesLeft: 10,
    });
    const stored = await world.admin.query<{ credential_id: string; counter: string }>(
      `SELECT credential_id, counter FROM user_passkey WHERE user_id = $1`,
      [world.users.alice.id],
    );
    expect(stored.rows).toEqual([{ credential_id: response.id, counter: '0' }]);

    // A second passkey takes a fresh factor now that she has one: nothing, then her first passkey.
    const bare = await world.as('alice').post('/me/passkeys/registration-options', {});
    expect(bare.status).toBe(403);
    expect(bare.body.type).toContain('invalid-second-factor');
    const proof = keys.alice.get(await confirmOptions('alice'));
    const second = await world
      .as('alice')
      .post('/me/passkeys/registration-options', { passkey: proof })
      .expect(200);
    const laptop = await world
      .as('alice')
      .post('/me/passkeys', {
        name: 'Ordinateur portable',
        response: aliceLaptop.create(second.body.options),
      })
      .expect(201);
    expect(laptop.body.recoveryCodes).toBeUndefined();
    const listed = (await world.as('alice').get('/me/passkeys').expect(200)).body.data as {
      id: string;
      name: string;
    }[];
    expect(listed.map((p) => p.name)).toEqual(['Clé de sécurité', 'Ordinateur portable']);
    alicePasskeys = listed.map((p) => p.id);

    expect(await audit('user.passkey_added', world.users.alice.id)).toEqual([
      {
        tenant_id: world.tenants.lab.id,
        data: expect.objectContaining({ passkeyId: alicePasskeys[0], firstFactor: true }),
      },
      {
        tenant_id: world.tenants.lab.id,
        data: expect.objectContaining({ passkeyId: alicePasskeys[1], firstFactor: false }),
      },
    ]);
    expect(await audit('user.passkey_used', world.users.alice.id)).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({ purpose: 'passkeys', passkeyId: alicePasskeys[0] }),
      }),
    ]);

    // Bob has one too (his own, on his own key).
    await world
      .as('bob')
      .post('/me/passkeys', {
        name: 'YubiKey',
        response: keys.bob.create(
          (await world.as('bob').post('/me/passkeys/registration-options', {})).body.options,
        ),
      })
      .expect(201);
  });

  it("answers sign-in's second step with a passkey, and refuses replays, other origins and others' keys", async () => {
    const first = await login('alice').expect(202);
    expect(first.body).toMatchObject({ enrolmentRequired: false, passkey: true });
    const options = (await signInOptions(first.body.challengeToken)) as {
      allowCredentials: { id: string }[];
    };
    expect(options.allowCredentials).toHaveLength(2);

    const refused = async (passkey: object) => {
      const res = await answer(first.body.challengeToken, { passkey });
      expect(res.status).toBe(401);
      expect(res.body.type).toContain('invalid-second-factor');
    };
    // Another origin (a look-alike site relaying the challenge), no user verification, Bob's key.
    await refused(keys.alice.get(options, { origin: 'https://jazari-test.example' }));
    await refused(keys.alice.get(options, { userVerified: false }));
    await refused(keys.bob.get(options, {}, keys.bob.credentials[0]));
    // An assertion whose counter did not move forward (a cloned key).
    await refused(keys.alice.get(options, { counter: 0 }));
    // No session was opened by any of them.
    const good = keys.alice.get(options);
    const signedIn = await answer(first.body.challengeToken, { passkey: good }).expect(200);
    expect(signedIn.body.accessToken).toEqual(expect.any(String));

    // The same assertion again: with the used challenge token, and with a fresh one.
    expect((await answer(first.body.challengeToken, { passkey: good })).body.type).toContain(
      'invalid-challenge',
    );
    const again = await login('alice').expect(202);
    const replay = await answer(again.body.challengeToken, { passkey: good });
    expect(replay.status).toBe(401);
    expect(replay.body.type).toContain('invalid-second-factor');
    // A challenge of the profile (not of sign-in) does not answer sign-in either.
    const profileAssertion = keys.alice.get(await confirmOptions('alice'));
    expect((await answer(again.body.challengeToken, { passkey: profileAssertion })).status).toBe(401);
    // Her other passkey, on a fresh challenge: a session.
    await answer(again.body.challengeToken, {
      passkey: aliceLaptop.get(await signInOptions(again.body.challengeToken)),
    }).expect(200);

    // Without her keys, a recovery code (she has no authenticator app) opens a session, once.
    const lost = await login('alice').expect(202);
    await answer(lost.body.challengeToken, { code: aliceRecoveryCodes[0] }).expect(200);
    const twice = await login('alice').expect(202);
    expect((await answer(twice.body.challengeToken, { code: aliceRecoveryCodes[0] })).status).toBe(401);

    const failures = await audit('user.second_factor_failed', world.users.alice.id);
    expect(
      failures.filter((f) => f.data.purpose === 'sign-in').map((f) => [f.data.purpose, f.data.method]),
    ).toEqual([...Array(6).fill(['sign-in', 'webauthn']), ['sign-in', 'recovery_code']]);
    const used = await audit('user.passkey_used', world.users.alice.id);
    expect(used.filter((u) => u.data.purpose === 'sign-in').map((u) => u.data.passkeyId)).toEqual(
      alicePasskeys,
    );
    const counters = await world.admin.query<{ counter: string; last_used_at: Date | null }>(
      `SELECT counter, last_used_at FROM user_passkey WHERE user_id = $1 ORDER BY created_at`,
      [world.users.alice.id],
    );
    expect(counters.rows.map((r) => Number(r.counter))).toEqual([keys.alice.credentials[0].counter - 1, 1]);
    expect(counters.rows.every((r) => r.last_used_at !== null)).toBe(true);
  });

  it('sets a required second factor up as a passkey during sign-in: the session opens with recovery codes', async () => {
    // Her institute requires a second factor and she has none: sign-in asks her to set one up.
    await world.admin.query(
      `INSERT INTO tenant_security (tenant_id, second_factor_required) VALUES ($1, true)`,
      [world.tenants.strict.id],
    );
    const phone = new PasskeyAuthenticator(ORIGIN);
    const enrolAt = (challengeToken: string, body: object) =>
      http()
        .post('/api/v1/auth/second-factor/passkey')
        .set('x-forwarded-for', client())
        .send({ challengeToken, ...body });
    const first = await login('newcomer').expect(202);
    expect(first.body).toMatchObject({ enrolmentRequired: true, passkey: false });
    const token = first.body.challengeToken as string;
    const options = (
      await http()
        .post('/api/v1/auth/second-factor/passkey/registration-options')
        .send({ challengeToken: token })
        .expect(200)
    ).body.options as { rp: { id: string }; user: { name: string }; challenge: string };
    expect(options.rp.id).toBe('jazari.test');
    expect(options.user.name).toBe(world.users.newcomer.email);

    // Made on a look-alike site, or without a valid challenge token: refused, nothing kept, no session.
    const elsewhere = await enrolAt(token, {
      name: 'Hameçonnage',
      response: phone.create(options, { origin: 'https://jazari.test.evil.example' }),
    });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.type).toContain('passkey-not-registered');
    phone.credentials.length = 0;
    const forged = await enrolAt(`${token.slice(0, -4)}AAAA`, {
      name: 'Téléphone',
      response: phone.create(options),
    });
    expect(forged.status).toBe(401);
    expect(forged.body.type).toContain('invalid-challenge');
    phone.credentials.length = 0;
    expect(
      (await world.admin.query(`SELECT 1 FROM user_passkey WHERE user_id = $1`, [world.users.newcomer.id]))
        .rowCount,
    ).toBe(0);

    const enrolled = await enrolAt(token, { name: 'Téléphone', response: phone.create(options) }).expect(200);
    expect(enrolled.body.accessToken).toEqual(expect.any(String));
    expect(enrolled.body.recoveryCodes).toHaveLength(10);
    // The challenge is used up: the same answer again opens nothing.
    expect((await enrolAt(token, { name: 'Encore', response: phone.create(options) })).body.type).toContain(
      'invalid-challenge',
    );

    // From now on her passkey answers sign-in's second step; setting one up again is refused.
    const next = await login('newcomer').expect(202);
    expect(next.body).toMatchObject({ enrolmentRequired: false, passkey: true });
    const again = await http()
      .post('/api/v1/auth/second-factor/passkey/registration-options')
      .send({ challengeToken: next.body.challengeToken });
    expect(again.status).toBe(409);
    expect(again.body.type).toContain('second-factor-enabled');
    await answer(next.body.challengeToken, {
      passkey: phone.get(await signInOptions(next.body.challengeToken)),
    }).expect(200);
    expect((await audit('user.passkey_added', world.users.newcomer.id)).map((e) => e.data)).toEqual([
      expect.objectContaining({ name: 'Téléphone', firstFactor: true, atSignIn: true }),
    ]);
  });

  it('signs a convention with a passkey: the evidence says password+webauthn, and so do the verifiers', async () => {
    const created = await world
      .as('manager')
      .post('/conventions', {
        title: 'Convention clé d’accès',
        type: 'partnership',
        parties: [
          { tenantId: world.tenants.lab.id, roleLabel: 'porteur' },
          { tenantId: world.tenants.acme.id, roleLabel: 'partenaire' },
        ],
      })
      .expect(201);
    const id = created.body.id as string;
    await http()
      .post(`/api/v1/conventions/${id}/documents?filename=convention.pdf`)
      .set({
        authorization: `Bearer ${world.sessions.manager.accessToken}`,
        'content-type': 'application/pdf',
      })
      .send(Buffer.from(`%PDF-1.7\nconvention ${id}\n%%EOF\n`))
      .expect(201);
    await world.as('manager').post(`/conventions/${id}/submit-for-review`).expect(200);
    await world
      .as('manager')
      .put(`/conventions/${id}/signers`, {
        signers: [
          { partyTenantId: world.tenants.lab.id, userId: world.users.alice.id, step: 1 },
          { partyTenantId: world.tenants.acme.id, userId: world.users.partner.id, step: 1 },
        ],
      })
      .expect(200);
    await world.as('manager').post(`/conventions/${id}/send`).expect(200);

    // Another site's assertion: refused, nothing recorded.
    const phished = await world.as('alice').post(`/conventions/${id}/sign`, {
      password: world.users.alice.password,
      passkey: keys.alice.get(await confirmOptions('alice'), { origin: 'https://evil.example' }),
    });
    expect(phished.status).toBe(403);
    expect(phished.body.type).toContain('invalid-second-factor');
    const assertion = keys.alice.get(await confirmOptions('alice'));
    await world
      .as('alice')
      .post(`/conventions/${id}/sign`, { password: world.users.alice.password, passkey: assertion })
      .expect(200);
    await enrolTotp(world.api, world.sessions.partner.accessToken, world.users.partner.email);
    const done = await world
      .as('partner')
      .post(`/conventions/${id}/sign`, {
        password: world.users.partner.password,
        secondFactorCode: await totpCode(world.users.partner.email),
      })
      .expect(200);
    expect(done.body.status).toBe('active');

    const bundle = (await world.as('manager').get(`/conventions/${id}/evidence`).expect(200))
      .body as EvidenceBundle;
    const methodOf = (userId: string) => bundle.signatures.find((x) => x.userId === userId)?.method;
    expect(methodOf(world.users.alice.id)).toBe('password+webauthn');
    expect(methodOf(world.users.partner.id)).toBe('password+totp');
    expect(
      bundle.events
        .filter((e) => e.type === 'signed')
        .map((e) => e.data.method)
        .sort(),
    ).toEqual(['password+totp', 'password+webauthn']);
    expect(verifyEvidenceBundle(bundle)).toMatchObject({ valid: true, signatures: 2 });
    const dir = mkdtempSync(path.join(tmpdir(), 'jazari-passkey-evidence-'));
    const file = path.join(dir, 'bundle.json');
    writeFileSync(file, JSON.stringify(bundle));
    for (const verifier of [
      'dist/scripts/evidence-verify.js',
      'apps/web/src/features/verify/jazari-verify.mjs',
    ]) {
      const { stdout } = await run(process.execPath, [path.resolve(verifier), file]);
      expect(stdout).toMatch(/^OK/);
      expect(stdout).toMatch(/method: password\+webauthn\n/);
    }
    const stepUps = await audit('user.step_up', world.users.alice.id);
    expect(stepUps).toEqual([
      {
        tenant_id: world.tenants.lab.id,
        data: expect.objectContaining({
          method: 'webauthn',
          passkeyId: alicePasskeys[0],
          purpose: `convention.sign:${id}`,
        }),
      },
    ]);
    // The assertion that signed cannot sign again (nor anything else).
    const replay = await world.as('alice').post('/me/passkeys/registration-options', { passkey: assertion });
    expect(replay.status).toBe(403);
  });

  it('removes a passkey with a fresh factor; no administrator of any tenant lists or removes it', async () => {
    // Over the API, `/me/passkeys` is the caller's own: another tenant's administrator, or Alice's own
    // tenant's, sees their own (none) and finds no passkey of hers to remove.
    for (const who of ['otherAdmin', 'manager'] as const) {
      expect((await world.as(who).get('/me/passkeys').expect(200)).body).toEqual({ data: [] });
      const gone = await world.as(who).post(`/me/passkeys/${alicePasskeys[1]}/remove`, { code: '123456' });
      expect(gone.status).toBe(404);
    }
    // And in the database, under anyone else's transaction, her rows do not exist.
    const read = async (asUser: string, tenant: string, table: string) => {
      await world.admin.query('BEGIN');
      try {
        await world.admin.query('SET LOCAL ROLE jazari_app');
        await world.admin.query(
          `SELECT set_config('app.user_id', $1, true), set_config('app.tenant_id', $2, true)`,
          [asUser, tenant],
        );
        const rows = await world.admin.query(`SELECT 1 FROM ${table} WHERE user_id = $1`, [
          world.users.alice.id,
        ]);
        // What the runtime role may do to each: remove a passkey, use up a challenge.
        const change =
          table === 'user_passkey'
            ? `DELETE FROM user_passkey WHERE user_id = $1`
            : `UPDATE webauthn_challenge SET used_at = now() WHERE user_id = $1`;
        const changed = await world.admin.query(change, [world.users.alice.id]);
        return [rows.rowCount, changed.rowCount];
      } finally {
        await world.admin.query('ROLLBACK');
      }
    };
    for (const table of ['user_passkey', 'webauthn_challenge']) {
      expect(await read(world.users.otherAdmin.id, world.tenants.other.id, table)).toEqual([0, 0]);
      expect(await read(world.users.manager.id, world.tenants.lab.id, table)).toEqual([0, 0]);
    }
    expect((await world.as('alice').get('/me/passkeys').expect(200)).body.data).toHaveLength(2);

    // Alice herself: not without a fresh factor; with her laptop's passkey, the key goes.
    const bare = await world.as('alice').post(`/me/passkeys/${alicePasskeys[0]}/remove`, {});
    expect(bare.status).toBe(403);
    await world
      .as('alice')
      .post(`/me/passkeys/${alicePasskeys[0]}/remove`, {
        passkey: aliceLaptop.get(await confirmOptions('alice')),
      })
      .expect(204);
    expect(
      ((await world.as('alice').get('/me/passkeys').expect(200)).body.data as { id: string }[]).map(
        (p) => p.id,
      ),
    ).toEqual([alicePasskeys[1]]);
    // The removed key no longer answers sign-in.
    const challenge = (await login('alice').expect(202)).body.challengeToken as string;
    const options = await signInOptions(challenge);
    expect(
      (await answer(challenge, { passkey: keys.alice.get(options, {}, keys.alice.credentials[0]) })).status,
    ).toBe(401);

    // Her last factor, removed with itself (or a recovery code): the recovery codes go with it, and
    // sign-in asks the password only.
    await world
      .as('alice')
      .post(`/me/passkeys/${alicePasskeys[1]}/remove`, {
        passkey: aliceLaptop.get(await confirmOptions('alice')),
      })
      .expect(204);
    expect((await world.as('alice').get('/me/second-factor').expect(200)).body).toMatchObject({
      totp: false,
      passkeys: 0,
      recoveryCodesLeft: 0,
    });
    await login('alice').expect(200);
    expect(
      (await audit('user.passkey_removed', world.users.alice.id)).map((e) => [
        e.data.passkeyId,
        e.data.method,
        e.data.lastFactor,
      ]),
    ).toEqual([
      [alicePasskeys[0], 'webauthn', false],
      [alicePasskeys[1], 'webauthn', true],
    ]);
  });
});
