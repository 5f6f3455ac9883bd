import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { verifyEvidenceBundle, type EvidenceBundle } from '@jazari/conventions';
import {
  adminClient,
  createTenant,
  createUser,
  enrolTotp,
  ensureRootTenant,
  signIn,
  testClock,
  testConfig,
  totpCode,
  type SignedIn,
  type TestTenant,
  type TestUser,
} from '@jazari/testing';
import type pg from 'pg';
import request from 'supertest';

const run = promisify(execFile);
const SCRIPT = path.resolve('dist/scripts/evidence-verify.js');

/** Runs the built `evidence:verify` script as an operator would; answers its exit code and output. */
async function verifyOffline(args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, [SCRIPT, ...args]);
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, out: failed.stdout };
  }
}

/**
 * Issue 5's signing acceptance: an institute's convention with a partner and Root; step 1 (partner and
 * institute in parallel), step 2 (Root); fresh authentication; activation, seal, evidence that verifies
 * offline and breaks where it is edited; the public document check; decline; the certificate.
 */
describe('signing a convention, and its evidence', () => {
  const config = testConfig();
  let api: NestFastifyApplication;
  let admin: pg.Client;
  let institute: TestTenant;
  let partner: TestTenant;
  let root: TestTenant;
  let users: Record<'manager' | 'researcher' | 'partner' | 'root' | 'stranger', TestUser>;
  let s: Record<keyof typeof users, SignedIn>;
  const dir = mkdtempSync(path.join(tmpdir(), 'jazari-evidence-'));

  const call = (session: SignedIn) => {
    const server = () => request(api.getHttpServer());
    const auth = { authorization: `Bearer ${session.accessToken}` };
    return {
      get: (p: string) => server().get(`/api/v1${p}`).set(auth),
      post: (p: string, body: object = {}) => server().post(`/api/v1${p}`).set(auth).send(body),
      put: (p: string, body: object) => server().put(`/api/v1${p}`).set(auth).send(body),
    };
  };

  /** A convention in review with three parties and one document, made through the API. */
  async function conventionInReview(): Promise<{ id: string; sha256: string }> {
    const created = await call(s.manager)
      .post('/conventions', {
        title: 'Convention de partenariat IA santé',
        type: 'partnership',
        parties: [
          { tenantId: institute.id, roleLabel: 'porteur' },
          { tenantId: partner.id, roleLabel: 'partenaire' },
          { tenantId: root.id, roleLabel: 'tutelle' },
        ],
      })
      .expect(201);
    const id = created.body.id as string;
    const content = Buffer.from(`%PDF-1.7\nconvention ${id}\n%%EOF\n`);
    await request(api.getHttpServer())
      .post(`/api/v1/conventions/${id}/documents?filename=convention.pdf`)
      .set({ authorization: `Bearer ${s.manager.accessToken}`, 'content-type': 'application/pdf' })
      .send(content)
      .expect(201);
    await call(s.manager).post(`/conventions/${id}/submit-for-review`).expect(200);
    return { id, sha256: createHash('sha256').update(content).digest('hex') };
  }

  /**
   * The convention's audit entries, checked against its evidence: one per event but `viewed`, in the
   * owner's (the institute's) chain, with the event's seq; and that chain verifies for its manager.
   */
  async function audited(conventionId: string) {
    const evidence = (
      await admin.query<{ seq: number; type: string }>(
        `SELECT seq, type FROM convention_event WHERE convention_id = $1 ORDER BY seq`,
        [conventionId],
      )
    ).rows;
    const entries = (
      await admin.query<{
        tenant_id: string;
        action: string;
        target_type: string;
        actor_user_id: string | null;
        data: { seq: number; type: string; summary: Record<string, unknown> };
      }>(
        `SELECT tenant_id, action, target_type, actor_user_id, data FROM audit_event
          WHERE target_id = $1 ORDER BY seq`,
        [conventionId],
      )
    ).rows;
    expect(entries.map((e) => [e.tenant_id, e.target_type, e.action, e.data.seq])).toEqual(
      evidence
        .filter((e) => e.type !== 'viewed')
        .map((e) => [institute.id, 'convention', `convention.${e.type}`, Number(e.seq)]),
    );
    const verify = await call(s.manager).get('/audit/verify').expect(200);
    expect(verify.body.valid).toBe(true);
    return entries;
  }

  /** Signs as a person would: the password again, and a fresh code of their authenticator app. */
  const sign = async (who: 'partner' | 'researcher' | 'root') => ({
    password: users[who].password,
    secondFactorCode: await totpCode(users[who].email),
  });

  const signers = () => ({
    signers: [
      { partyTenantId: partner.id, userId: users.partner.id, step: 1 },
      { partyTenantId: institute.id, userId: users.researcher.id, step: 1 },
      { partyTenantId: root.id, userId: users.root.id, step: 2 },
    ],
  });

  beforeAll(async () => {
    admin = await adminClient();
    root = await ensureRootTenant(admin);
    institute = await createTenant(admin, 'institute');
    partner = await createTenant(admin, 'partner');
    const other = await createTenant(admin, 'institute');
    users = {
      manager: await createUser(admin, [{ tenant: institute, role: 'institute_manager' }]),
      researcher: await createUser(admin, [{ tenant: institute, role: 'researcher' }]),
      partner: await createUser(admin, [{ tenant: partner, role: 'partner_admin' }]),
      root: await createUser(admin, [{ tenant: root, role: 'network_admin' }]),
      stranger: await createUser(admin, [{ tenant: other, role: 'institute_manager' }]),
    };
    api = await createApi(config, { clock: testClock });
    const entries = await Promise.all(
      Object.entries(users).map(async ([k, u]) => [k, await signIn(api, u.email, u.password)] as const),
    );
    s = Object.fromEntries(entries) as typeof s;
    // Signing asks a second factor: the partner sets one up now (Root's administrator had to at sign-in);
    // the researcher does so in the first test, once refused for not having one.
    await enrolTotp(api, s.partner.accessToken, users.partner.email);
  });
  afterAll(async () => {
    await api?.close();
    await admin?.end();
  });

  it('signs in steps, activates, seals, and proves it offline', async () => {
    const { id, sha256 } = await conventionInReview();

    // Signers must belong to the party they sign for.
    const wrong = signers();
    wrong.signers[0].userId = users.stranger.id;
    const refused = await call(s.manager).put(`/conventions/${id}/signers`, wrong).expect(422);
    expect(refused.body.type).toContain('signer-not-member');
    await call(s.partner).put(`/conventions/${id}/signers`, signers()).expect(403);
    await call(s.manager).put(`/conventions/${id}/signers`, signers()).expect(200);
    const sent = await call(s.manager).post(`/conventions/${id}/send`).expect(200);
    expect(sent.body).toMatchObject({ status: 'out_for_signature', currentStep: 1 });

    // Step 2 signing early; a wrong password: refused, and nothing recorded.
    const early = await call(s.root).post(`/conventions/${id}/sign`, await sign('root'));
    expect(early.status).toBe(409);
    expect(early.body.type).toContain('not-your-turn');
    const bad = await call(s.partner).post(`/conventions/${id}/sign`, {
      password: 'not-my-password',
      secondFactorCode: '000000',
    });
    expect(bad.status).toBe(401);
    expect(bad.body.type).toContain('invalid-credentials');
    // The right password is not enough: a second factor, given now, is asked of every signer.
    const noCode = await call(s.partner).post(`/conventions/${id}/sign`, {
      password: users.partner.password,
    });
    expect(noCode.status).toBe(403);
    expect(noCode.body.type).toContain('invalid-second-factor');
    const wrongCode = await call(s.partner).post(`/conventions/${id}/sign`, {
      password: users.partner.password,
      secondFactorCode: '000000',
    });
    expect(wrongCode.status).toBe(403);
    expect(wrongCode.body.type).toContain('invalid-second-factor');
    const noFactor = await call(s.researcher).post(`/conventions/${id}/sign`, {
      password: users.researcher.password,
      secondFactorCode: '123456',
    });
    expect(noFactor.status).toBe(403);
    expect(noFactor.body.type).toContain('second-factor-required');
    const recoveryCodes = await enrolTotp(api, s.researcher.accessToken, users.researcher.email);
    const none = await admin.query(
      `SELECT count(*)::int AS n FROM convention_signature WHERE convention_id = $1`,
      [id],
    );
    expect(none.rows[0].n).toBe(0);
    await call(s.stranger).post(`/conventions/${id}/sign`, { password: users.stranger.password }).expect(404);

    // The partner looks at the evidence first (viewed, once), the researcher at the convention itself
    // (viewed, once; the manager, who signs nothing, is not recorded), then step 1 signs in parallel.
    await call(s.partner).get(`/conventions/${id}/evidence`).expect(200);
    await call(s.partner).get(`/conventions/${id}/evidence`).expect(200);
    await call(s.researcher).get(`/conventions/${id}`).expect(200);
    await call(s.researcher).get(`/conventions/${id}`).expect(200);
    await call(s.partner).get(`/conventions/${id}`).expect(200);
    await call(s.manager).get(`/conventions/${id}`).expect(200);
    // The researcher signs with a recovery code instead of the app: the evidence says so.
    const [a, b] = await Promise.all([
      call(s.partner).post(`/conventions/${id}/sign`, await sign('partner')),
      call(s.researcher).post(`/conventions/${id}/sign`, {
        password: users.researcher.password,
        secondFactorCode: recoveryCodes[0],
      }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const listed = await call(s.manager).get(`/conventions/${id}/signers`).expect(200);
    expect(listed.body.currentStep).toBe(2);
    const done = await call(s.root)
      .post(`/conventions/${id}/sign`, await sign('root'))
      .expect(200);
    expect(done.body.status).toBe('active');

    const state = await admin.query(
      `SELECT c.status, c.activated_at,
              (SELECT count(*)::int FROM convention_seal x WHERE x.convention_id = c.id) AS seals,
              (SELECT count(*)::int FROM convention_event e WHERE e.convention_id = c.id AND e.type = 'viewed') AS viewed,
              (SELECT array_agg(o.type ORDER BY o.created_at) FROM outbox_event o
                WHERE o.tenant_id = c.tenant_id AND o.payload->>'conventionId' = c.id::text) AS outbox
         FROM convention c WHERE c.id = $1`,
      [id],
    );
    expect(state.rows[0]).toMatchObject({ status: 'active', seals: 1, viewed: 2 });
    expect(state.rows[0].activated_at).not.toBeNull();
    expect(state.rows[0].outbox).toEqual([
      'conventions.signature_requested',
      'conventions.signature_requested',
      'conventions.activated',
    ]);

    // The bundle verifies, with the module and with the built script (and the key pinned).
    const bundle = (await call(s.partner).get(`/conventions/${id}/evidence`).expect(200))
      .body as EvidenceBundle;
    expect(bundle.events.map((e) => e.type)).toEqual([
      'created',
      'document_added',
      'submitted_for_review',
      'signers_set',
      'sent',
      'viewed',
      'viewed',
      'signed',
      'signed',
      'signed',
      'activated',
    ]);
    expect(bundle.signatures).toHaveLength(3);
    expect(bundle.signatures.every((x) => x.documentSha256 === sha256)).toBe(true);
    const methodOf = (userId: string) => bundle.signatures.find((x) => x.userId === userId)?.method;
    expect(methodOf(users.partner.id)).toBe('password+totp');
    expect(methodOf(users.researcher.id)).toBe('password+recovery_code');
    expect(methodOf(users.root.id)).toBe('password+totp');
    const signedEvents = bundle.events.filter((e) => e.type === 'signed').map((e) => e.data.method);
    expect(signedEvents.sort()).toEqual(['password+recovery_code', 'password+totp', 'password+totp']);
    expect(verifyEvidenceBundle(bundle)).toEqual({
      valid: true,
      events: bundle.events.length,
      signatures: 3,
      seals: 1,
    });
    const key = await request(api.getHttpServer()).get('/api/v1/evidence/public-key').expect(200);
    expect(key.body.keyId).toBe(bundle.keyId);
    const file = path.join(dir, 'bundle.json');
    const keyFile = path.join(dir, 'key.pem');
    writeFileSync(file, JSON.stringify(bundle, null, 2));
    writeFileSync(keyFile, key.body.publicKey as string);
    const ok = await verifyOffline([file, '--public-key', keyFile]);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.out).toMatch(/^OK/);
    // It names how each signer proved it was them.
    expect(ok.out).toMatch(/method: password\+totp\n/);
    expect(ok.out).toMatch(/method: password\+recovery_code\n/);

    // One edited byte: a signature time.
    const edited = JSON.parse(JSON.stringify(bundle)) as EvidenceBundle;
    edited.signatures[1].signedAt = edited.signatures[1].signedAt.replace(/\d(?=Z$)/, (d) =>
      String((+d + 1) % 10),
    );
    writeFileSync(file, JSON.stringify(edited));
    const broken = await verifyOffline([file]);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('signatures[1].signedAt does not match events[');
    expect(verifyEvidenceBundle(edited)).toMatchObject({ valid: false, location: 'signatures[1].signedAt' });
    // And an event's content.
    const rewritten = JSON.parse(JSON.stringify(bundle)) as EvidenceBundle;
    rewritten.events[3].occurredAt = '2020-01-01T00:00:00.000Z';
    expect(verifyEvidenceBundle(rewritten)).toMatchObject({ valid: false, location: 'events[3].hash' });
    // And what the header, documents and signers say: each is bound to the sealed chain.
    const edits: [string, (b: EvidenceBundle) => void][] = [
      ['convention.title', (b) => (b.convention.title = `${b.convention.title}!`)],
      ['convention.parties', (b) => (b.convention.parties[0].roleLabel = 'someone else')],
      ['documents[0].filename', (b) => (b.documents[0].filename = 'other.pdf')],
      ['signers[0].step', (b) => (b.signers[0].step = 9)],
      // What the chain does not cover is covered by the export's attestation, section by section.
      ['signers', (b) => (b.signers[0].name = 'Quelqu’un d’autre')],
      ['convention', (b) => (b.convention.status = 'terminated')],
      ['attestation.signature', (b) => (b.generatedAt = '2020-01-01T00:00:00.000Z')],
    ];
    for (const [location, edit] of edits) {
      const copy = JSON.parse(JSON.stringify(bundle)) as EvidenceBundle;
      edit(copy);
      expect(verifyEvidenceBundle(copy)).toMatchObject({ valid: false, location });
    }

    // The public check finds it by the document's hash; the certificate is a PDF.
    const found = await request(api.getHttpServer()).get(`/api/v1/verify/documents/${sha256}`).expect(200);
    expect(found.body.conventions).toHaveLength(1);
    expect(found.body.conventions[0]).toMatchObject({ status: 'active', documentVersion: 1 });
    expect(found.body.conventions[0].signatures).toHaveLength(3);
    await request(api.getHttpServer()).get('/api/v1/verify/documents/xyz').expect(400);
    const unknown = await request(api.getHttpServer()).get(`/api/v1/verify/documents/${'0'.repeat(64)}`);
    expect(unknown.body).toEqual({ sha256: '0'.repeat(64), conventions: [] });
    const pdf = await call(s.root)
      .get(`/conventions/${id}/certificate.pdf`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

    await call(s.stranger).get(`/conventions/${id}/evidence`).expect(404);
    await call(s.stranger).get(`/conventions/${id}/certificate.pdf`).expect(404);

    // Every change, the parties' signatures included, is in the owner's audit chain; `viewed` is not.
    const entries = await audited(id);
    expect(entries.map((e) => [e.action, e.actor_user_id])).toEqual([
      ['convention.created', users.manager.id],
      ['convention.document_added', users.manager.id],
      ['convention.submitted_for_review', users.manager.id],
      ['convention.signers_set', users.manager.id],
      ['convention.sent', users.manager.id],
      ['convention.signed', expect.any(String)],
      ['convention.signed', expect.any(String)],
      ['convention.signed', users.root.id],
      ['convention.activated', null],
    ]);
    expect(
      entries
        .slice(5, 7)
        .map((e) => e.actor_user_id)
        .sort(),
    ).toEqual([users.partner.id, users.researcher.id].sort());
    expect(entries[7].data.summary).toMatchObject({
      documentSha256: sha256,
      method: 'password+totp',
      step: 2,
    });
    // Each step-up is in the signer's own tenant's audit log; the wrong code too.
    const stepUps = await admin.query<{ tenant_id: string; target_id: string; data: { method: string } }>(
      `SELECT tenant_id, target_id, data FROM audit_event WHERE action = 'user.step_up' ORDER BY seq`,
    );
    expect(stepUps.rows.map((r) => [r.tenant_id, r.target_id, r.data.method]).sort()).toEqual(
      [
        [partner.id, users.partner.id, 'totp'],
        [institute.id, users.researcher.id, 'recovery_code'],
        [root.id, users.root.id, 'totp'],
      ].sort(),
    );
    const failed = await admin.query(
      `SELECT 1 FROM audit_event WHERE action = 'user.second_factor_failed' AND target_id = $1`,
      [users.partner.id],
    );
    expect(failed.rowCount).toBeGreaterThanOrEqual(1);
  });

  it('stops when a signer declines', async () => {
    const { id, sha256 } = await conventionInReview();
    await call(s.manager).put(`/conventions/${id}/signers`, signers()).expect(200);
    await call(s.manager).post(`/conventions/${id}/send`).expect(200);
    await call(s.partner)
      .post(`/conventions/${id}/sign`, await sign('partner'))
      .expect(200);
    const declined = await call(s.researcher)
      .post(`/conventions/${id}/decline`, { reason: 'Clause 4 à revoir' })
      .expect(200);
    expect(declined.body.status).toBe('declined');
    const after = await call(s.root).post(`/conventions/${id}/sign`, await sign('root'));
    expect(after.status).toBe(409);
    const row = await admin.query(`SELECT status, close_reason FROM convention WHERE id = $1`, [id]);
    expect(row.rows[0]).toEqual({ status: 'declined', close_reason: 'Clause 4 à revoir' });
    const found = await request(api.getHttpServer()).get(`/api/v1/verify/documents/${sha256}`).expect(200);
    expect(found.body.conventions).toEqual([]);
    await call(s.manager).get(`/conventions/${id}/certificate.pdf`).expect(409);
    const bundle = (await call(s.manager).get(`/conventions/${id}/evidence`).expect(200))
      .body as EvidenceBundle;
    expect(bundle.events.at(-1)?.type).toBe('declined');
    expect(verifyEvidenceBundle(bundle).valid).toBe(true);
    const entries = await audited(id);
    expect(entries.map((e) => e.action)).toEqual([
      'convention.created',
      'convention.document_added',
      'convention.submitted_for_review',
      'convention.signers_set',
      'convention.sent',
      'convention.signed',
      'convention.declined',
    ]);
    expect(entries.at(-1)).toMatchObject({
      actor_user_id: users.researcher.id,
      data: { type: 'declined', summary: { partyTenantId: institute.id, reason: 'Clause 4 à revoir' } },
    });
  });
});
