import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { uuidv7 } from '@jazari/database';
import {
  adminClient,
  createTenant,
  createUser,
  ensureRootTenant,
  signIn,
  testConfig,
  type SignedIn,
  type TestTenant,
  type TestUser,
} from '@jazari/testing';
import type pg from 'pg';
import request from 'supertest';

const BASE = '/api/v1/conventions';
type Body = Record<string, unknown>;

const pdf = (text: string) => Buffer.from(`%PDF-1.7\n% ${text}\n%%EOF\n`, 'latin1');

/** Collects a binary response body. */
function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('conventions core', () => {
  const config = testConfig();
  let api: NestFastifyApplication;
  let admin: pg.Client;
  let root: TestTenant;
  let institute: TestTenant;
  let partner: TestTenant;
  let outsiderInstitute: TestTenant;
  let suspended: TestTenant;
  let partnerSignerUser: TestUser;
  let partnerSecondUser: TestUser;
  let manager: SignedIn;
  let researcher: SignedIn;
  let partnerAdmin: SignedIn;
  let partnerSecond: SignedIn;
  let outsider: SignedIn;
  let rootAdmin: SignedIn;

  const http = () => request(api.getHttpServer());
  const as = (session: SignedIn, headers: Record<string, string> = {}) => {
    const auth = <T extends request.Test>(test: T) =>
      test.auth(session.accessToken, { type: 'bearer' }).set(headers);
    return {
      get: (path: string) => auth(http().get(path)),
      post: (path: string, body: object = {}) => auth(http().post(path)).send(body),
      patch: (path: string, body: object) => auth(http().patch(path)).send(body),
      upload: (path: string, content: Buffer, type = 'application/pdf') =>
        auth(http().post(path)).set('content-type', type).send(content),
    };
  };
  const body = (overrides: Body = {}): Body => ({
    title: `Convention ${Math.random().toString(36).slice(2, 8)}`,
    type: 'partnership',
    parties: [{ tenantId: partner.id, roleLabel: 'Partenaire industriel' }],
    effectiveDate: '2026-03-01',
    expiryDate: '2029-02-28',
    valueMad: '2500000',
    signingDeadline: '2026-02-15',
    priorityCodes: ['research_innovation'],
    ...overrides,
  });
  const create = async (session: SignedIn = manager, overrides: Body = {}) => {
    const response = await as(session).post(BASE, body(overrides));
    if (response.status !== 201)
      throw new Error(`create: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string; reference: string; version: number; status: string };
  };
  const events = async (conventionId: string) =>
    (
      await admin.query<{ type: string; data: Body }>(
        `SELECT type, data FROM convention_event WHERE convention_id = $1 ORDER BY seq`,
        [conventionId],
      )
    ).rows;
  /**
   * The convention's audit entries, checked against its evidence: one per event but `viewed`, in the
   * owner's chain, with the event's seq; and the owner's chain verifies (GET /audit/verify, its manager).
   */
  const audited = async (conventionId: string, owner: TestTenant = institute, session = manager) => {
    const evidence = (
      await admin.query<{ seq: number; type: string }>(
        `SELECT seq, type FROM convention_event WHERE convention_id = $1 ORDER BY seq`,
        [conventionId],
      )
    ).rows;
    const entries = (
      await admin.query<{ tenant_id: string; action: string; target_type: string; data: Body }>(
        `SELECT tenant_id, action, target_type, data FROM audit_event WHERE target_id = $1 ORDER BY seq`,
        [conventionId],
      )
    ).rows;
    expect(entries.map((e) => [e.tenant_id, e.target_type, e.action, e.data.seq, e.data.type])).toEqual(
      evidence
        .filter((e) => e.type !== 'viewed')
        .map((e) => [owner.id, 'convention', `convention.${e.type}`, Number(e.seq), e.type]),
    );
    const verify = await as(session).get('/api/v1/audit/verify').expect(200);
    expect(verify.body.valid).toBe(true);
    return entries;
  };
  const setStatus = (id: string, status: string) =>
    admin.query(`UPDATE convention SET status = $2 WHERE id = $1`, [id, status]);

  beforeAll(async () => {
    admin = await adminClient();
    root = await ensureRootTenant(admin);
    institute = await createTenant(admin, 'institute', {
      slug: `jazari-ai-test-${Math.random().toString(36).slice(2, 8)}`,
    });
    partner = await createTenant(admin, 'partner');
    outsiderInstitute = await createTenant(admin, 'institute');
    suspended = await createTenant(admin, 'partner', { status: 'suspended' });
    const managerUser = await createUser(admin, [{ tenant: institute, role: 'institute_manager' }]);
    const researcherUser = await createUser(admin, [{ tenant: institute, role: 'researcher' }]);
    partnerSignerUser = await createUser(admin, [{ tenant: partner, role: 'partner_admin' }], {
      displayName: 'Salma Bennani',
    });
    partnerSecondUser = await createUser(admin, [{ tenant: partner, role: 'partner_member' }]);
    const outsiderUser = await createUser(admin, [{ tenant: outsiderInstitute, role: 'institute_manager' }]);
    const rootUser = await createUser(admin, [{ tenant: root, role: 'network_admin' }]);
    api = await createApi(config);
    [manager, researcher, partnerAdmin, partnerSecond, outsider, rootAdmin] = await Promise.all(
      [managerUser, researcherUser, partnerSignerUser, partnerSecondUser, outsiderUser, rootUser].map((u) =>
        signIn(api, u.email, u.password),
      ),
    );
  });
  afterAll(async () => {
    await api?.close();
    await admin?.end();
  });

  it('describes its routes in OpenAPI under the conventions tag', async () => {
    const { body: doc } = await http().get('/api/openapi.json').expect(200);
    for (const [path, method] of [
      ['/api/v1/conventions', 'get'],
      ['/api/v1/conventions', 'post'],
      ['/api/v1/conventions/{id}', 'get'],
      ['/api/v1/conventions/{id}', 'patch'],
      ['/api/v1/conventions/{id}/amendments', 'post'],
      ['/api/v1/conventions/{id}/submit-for-review', 'post'],
      ['/api/v1/conventions/{id}/return-to-draft', 'post'],
      ['/api/v1/conventions/{id}/void', 'post'],
      ['/api/v1/conventions/{id}/terminate', 'post'],
      ['/api/v1/conventions/{id}/documents', 'get'],
      ['/api/v1/conventions/{id}/documents', 'post'],
      ['/api/v1/conventions/{id}/documents/{documentId}', 'get'],
    ]) {
      expect({ path, method, tags: doc.paths[path]?.[method]?.tags }).toEqual({
        path,
        method,
        tags: ['conventions'],
      });
    }
  });

  describe('creation', () => {
    it('creates a draft with its parties (the owner first), a reference, Location, ETag and evidence', async () => {
      const response = await as(manager).post(BASE, body()).expect(201);
      const c = response.body;
      expect(response.headers.location).toBe(`${BASE}/${c.id}`);
      expect(response.headers.etag).toBe('"1"');
      const year = new Date().getFullYear();
      expect(c.reference).toMatch(new RegExp(`^JAT[A-Z0-9]*-${year}-\\d{4}$`));
      expect(c).toMatchObject({
        status: 'draft',
        type: 'partnership',
        version: 1,
        valueMad: '2500000.00',
        currency: 'MAD',
        reminderIntervalDays: 3,
        priorityCodes: ['research_innovation'],
        owner: { id: institute.id, kind: 'institute' },
        isOwner: true,
        isParty: true,
        canManage: true,
        allowedTransitions: ['in_review', 'voided'],
        documents: [],
        signers: { total: 0, pending: 0, currentStep: null },
        obligations: { total: 0 },
        lineage: { ancestors: [], amendments: [] },
      });
      expect(c.parties.map((p: Body) => [p.id, p.roleLabel, p.position])).toEqual([
        [institute.id, 'Porteur', 0],
        [partner.id, 'Partenaire industriel', 1],
      ]);
      expect((await events(c.id)).map((e) => e.type)).toEqual(['created']);
      const [entry] = await audited(c.id);
      expect(entry).toMatchObject({
        action: 'convention.created',
        data: { seq: 1, type: 'created', summary: { title: c.title, partiesCount: 2 } },
      });
    });

    it('numbers 20 parallel creations without a collision', async () => {
      const own = await createTenant(admin, 'institute', {
        slug: `par-${Math.random().toString(36).slice(2, 8)}`,
      });
      const mgr = await createUser(admin, [{ tenant: own, role: 'institute_manager' }]);
      const session = await signIn(api, mgr.email, mgr.password);
      const created = await Promise.all(Array.from({ length: 20 }, () => create(session)));
      const refs = created.map((c) => c.reference);
      expect(new Set(refs).size).toBe(20);
      const seqs = refs.map((r) => Number(r.split('-').at(-1))).sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      const counter = await admin.query(`SELECT last_seq FROM convention_counter WHERE tenant_id = $1`, [
        own.id,
      ]);
      expect(counter.rows).toEqual([{ last_seq: 20 }]);
    });

    it('gives Root conventions JZR references', async () => {
      const c = await create(rootAdmin, { parties: [{ tenantId: institute.id, roleLabel: 'Institut' }] });
      expect(c.reference).toMatch(/^JZR-\d{4}-\d{4}$/);
    });

    it('refuses partners, bad parties, amendment type, unknown projects and priorities', async () => {
      await as(partnerAdmin).post(BASE, body()).expect(403);
      await as(researcher).post(BASE, body()).expect(403);
      const bad = await as(manager)
        .post(
          BASE,
          body({
            parties: [
              { tenantId: suspended.id, roleLabel: 'Suspendu' },
              { tenantId: partner.id, roleLabel: 'A' },
              { tenantId: partner.id, roleLabel: 'B' },
            ],
            projectIds: [uuidv7()],
            priorityCodes: ['no_such_priority'],
          }),
        )
        .expect(400);
      expect(bad.body.type).toContain('validation-failed');
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'parties',
        'parties',
        'priorityCodes',
        'projectIds',
      ]);
      await as(manager)
        .post(BASE, body({ type: 'amendment' }))
        .expect(400);
      await as(manager)
        .post(BASE, body({ reminderIntervalDays: 61 }))
        .expect(400);
      await as(manager)
        .post(BASE, body({ effectiveDate: '2027-01-01', expiryDate: '2026-01-01' }))
        .expect(400);
      await as(manager)
        .post(BASE, body({ status: 'active' }))
        .expect(400);
    });
  });

  describe('editing a draft', () => {
    it('requires If-Match: 428 without, 412 when stale, then bumps the version', async () => {
      const c = await create();
      const missing = await as(manager).patch(`${BASE}/${c.id}`, { title: 'Sans version' }).expect(428);
      expect(missing.body.type).toContain('precondition-required');
      const stale = await as(manager, { 'if-match': '"7"' })
        .patch(`${BASE}/${c.id}`, { title: 'Périmée' })
        .expect(412);
      expect(stale.body.type).toContain('precondition-failed');
      expect(stale.headers.etag).toBe('"1"');

      const ok = await as(manager, { 'if-match': '"1"' })
        .patch(`${BASE}/${c.id}`, {
          title: 'Convention révisée',
          valueMad: '100.5',
          reminderIntervalDays: 7,
          parties: [{ tenantId: partner.id, roleLabel: 'Partenaire' }],
        })
        .expect(200);
      expect(ok.headers.etag).toBe('"2"');
      expect(ok.body).toMatchObject({
        title: 'Convention révisée',
        valueMad: '100.50',
        reminderIntervalDays: 7,
        version: 2,
      });
      expect(ok.body.parties.map((p: Body) => [p.id, p.roleLabel])).toEqual([
        [institute.id, 'Porteur'],
        [partner.id, 'Partenaire'],
      ]);
      // The version read before this edit is now stale.
      await as(manager, { 'if-match': '"1"' }).patch(`${BASE}/${c.id}`, { title: 'Encore' }).expect(412);
      const replaced = await as(manager, { 'if-match': '"2"' })
        .patch(`${BASE}/${c.id}`, { parties: [] })
        .expect(200);
      expect(replaced.body.parties.map((p: Body) => p.id)).toEqual([institute.id]);
      expect((await events(c.id)).map((e) => e.type)).toEqual(['created', 'updated', 'updated']);
      const entries = await audited(c.id);
      // The summary names the fields that changed; the evidence keeps their values.
      expect(entries[1].data.summary).toEqual({
        changes: ['parties', 'reminderIntervalDays', 'title', 'valueMad'],
      });
    });

    it('lets a party read but not edit, and refuses edits outside draft with 409', async () => {
      const c = await create();
      const seen = await as(partnerAdmin).get(`${BASE}/${c.id}`).expect(200);
      expect(seen.body).toMatchObject({ isOwner: false, isParty: true, canManage: false });
      const ro = await as(partnerAdmin, { 'if-match': '"1"' })
        .patch(`${BASE}/${c.id}`, { title: 'x' })
        .expect(403);
      expect(ro.body.type).toContain('permission-denied');
      // Root reads every convention and holds conventions.manage, but only the owner changes one.
      const rootTry = await as(rootAdmin, { 'if-match': '"1"' })
        .patch(`${BASE}/${c.id}`, { title: 'x' })
        .expect(403);
      expect(rootTry.body.type).toContain('convention-read-only');
      await as(manager).post(`${BASE}/${c.id}/submit-for-review`).expect(200);
      const locked = await as(manager, { 'if-match': '"2"' })
        .patch(`${BASE}/${c.id}`, { title: 'x' })
        .expect(409);
      expect(locked.body.type).toContain('convention-locked');
      expect(locked.body).toMatchObject({ status: 409, currentStatus: 'in_review' });
    });
  });

  describe('lifecycle', () => {
    it('moves draft → in_review → draft → in_review → voided, refusing illegal moves with what is allowed', async () => {
      const c = await create();
      const submitted = await as(manager).post(`${BASE}/${c.id}/submit-for-review`).expect(200);
      expect(submitted.body).toMatchObject({ status: 'in_review', version: 2 });
      expect(submitted.headers.etag).toBe('"2"');
      const again = await as(manager).post(`${BASE}/${c.id}/submit-for-review`).expect(409);
      expect(again.body).toMatchObject({
        from: 'in_review',
        to: 'in_review',
        allowed: ['draft', 'out_for_signature', 'voided'],
      });
      expect(again.body.type).toContain('illegal-transition');
      await as(manager).post(`${BASE}/${c.id}/return-to-draft`).expect(200);
      const terminate = await as(manager)
        .post(`${BASE}/${c.id}/terminate`, { reason: 'Trop tôt' })
        .expect(409);
      expect(terminate.body).toMatchObject({
        from: 'draft',
        to: 'terminated',
        allowed: ['in_review', 'voided'],
      });
      await as(manager, { 'if-match': '"1"' }).post(`${BASE}/${c.id}/submit-for-review`).expect(412);
      await as(manager, { 'if-match': '"3"' }).post(`${BASE}/${c.id}/submit-for-review`).expect(200);
      await as(partnerAdmin).post(`${BASE}/${c.id}/void`).expect(403);

      // A pending signer is cancelled by the void.
      const signerId = uuidv7();
      await admin.query(
        `INSERT INTO convention_signer (tenant_id, id, convention_id, party_tenant_id, user_id, step)
         VALUES ($1, $2, $3, $4, $5, 1)`,
        [institute.id, signerId, c.id, partner.id, partnerSignerUser.id],
      );
      const voided = await as(manager).post(`${BASE}/${c.id}/void`, { reason: 'Abandon' }).expect(200);
      expect(voided.body).toMatchObject({ status: 'voided', closeReason: 'Abandon', allowedTransitions: [] });
      expect(voided.body.signers).toMatchObject({ total: 1, cancelled: 1, pending: 0 });
      const final = await as(manager).post(`${BASE}/${c.id}/return-to-draft`).expect(409);
      expect(final.body.allowed).toEqual([]);
      const types = (await events(c.id)).map((e) => e.type);
      expect(types).toEqual([
        'created',
        'submitted_for_review',
        'returned_to_draft',
        'submitted_for_review',
        'voided',
      ]);
      expect((await events(c.id)).at(-1)!.data).toMatchObject({
        cancelledSignerIds: [signerId],
        reason: 'Abandon',
      });
      const entries = await audited(c.id);
      expect(entries.map((e) => e.action)).toEqual([
        'convention.created',
        'convention.submitted_for_review',
        'convention.returned_to_draft',
        'convention.submitted_for_review',
        'convention.voided',
      ]);
      expect(entries.at(-1)!.data.summary).toEqual({
        from: 'in_review',
        to: 'voided',
        reason: 'Abandon',
        cancelledSignerIdsCount: 1,
      });
    });

    it('terminates an active convention with a reason', async () => {
      const c = await create();
      await setStatus(c.id, 'active');
      await as(manager).post(`${BASE}/${c.id}/terminate`, {}).expect(400);
      const done = await as(manager)
        .post(`${BASE}/${c.id}/terminate`, { reason: 'Accord mutuel' })
        .expect(200);
      expect(done.body).toMatchObject({ status: 'terminated', closeReason: 'Accord mutuel' });
      expect(done.body.closedAt).not.toBeNull();
      expect((await audited(c.id)).map((e) => e.action)).toEqual([
        'convention.created',
        'convention.terminated',
      ]);
    });
  });

  describe('documents', () => {
    it('keeps PDF versions, refuses other content, and lets parties and Root download', async () => {
      const c = await create();
      const v1 = await as(manager)
        .upload(`${BASE}/${c.id}/documents?filename=convention-v1.pdf`, pdf('v1'))
        .expect(201);
      expect(v1.body).toMatchObject({
        version: 1,
        filename: 'convention-v1.pdf',
        conventionStatus: 'draft',
        conventionVersion: 2,
      });
      expect(v1.body.sha256).toBe(createHash('sha256').update(pdf('v1')).digest('hex'));
      expect(v1.headers.location).toBe(`${BASE}/${c.id}/documents/${v1.body.id}`);
      const notPdf = await as(manager).upload(`${BASE}/${c.id}/documents`, Buffer.from('hello')).expect(415);
      expect(notPdf.body.type).toContain('unsupported-media-type');
      await as(manager).upload(`${BASE}/${c.id}/documents`, pdf('x'), 'text/plain').expect(415);
      await as(partnerAdmin).upload(`${BASE}/${c.id}/documents`, pdf('p')).expect(403);
      const v2 = await as(manager).upload(`${BASE}/${c.id}/documents`, pdf('v2')).expect(201);
      expect(v2.body).toMatchObject({ version: 2, filename: 'convention.pdf' });

      const list = await as(partnerAdmin).get(`${BASE}/${c.id}/documents`).expect(200);
      expect(list.body.data.map((d: Body) => d.version)).toEqual([1, 2]);
      const page = await as(manager).get(`${BASE}/${c.id}/documents?limit=1`).expect(200);
      expect(page.body.data).toHaveLength(1);
      const next = await as(manager)
        .get(`${BASE}/${c.id}/documents?limit=1&cursor=${page.body.nextCursor}`)
        .expect(200);
      expect(next.body.data[0].version).toBe(2);
      for (const reader of [partnerAdmin, rootAdmin]) {
        const file = await as(reader)
          .get(`${BASE}/${c.id}/documents/${v1.body.id}`)
          .buffer(true)
          .parse(binary)
          .expect(200);
        expect(file.headers['content-type']).toBe('application/pdf');
        expect(file.body).toEqual(pdf('v1'));
        expect(file.headers['repr-digest']).toBe(
          `sha-256=:${createHash('sha256').update(pdf('v1')).digest('base64')}:`,
        );
      }
      const detail = await as(manager).get(`${BASE}/${c.id}`).expect(200);
      expect(detail.body.documents.map((d: Body) => d.version)).toEqual([1, 2]);
      expect((await events(c.id)).map((e) => e.type)).toEqual([
        'created',
        'document_added',
        'document_added',
      ]);

      await setStatus(c.id, 'active');
      const locked = await as(manager).upload(`${BASE}/${c.id}/documents`, pdf('v3')).expect(409);
      expect(locked.body.type).toContain('convention-locked');
    });

    it('sends a convention out for signature back to draft on a new version, cancelling the signatures', async () => {
      const c = await create();
      const v1 = await as(manager).upload(`${BASE}/${c.id}/documents`, pdf('to sign')).expect(201);
      await as(manager).post(`${BASE}/${c.id}/submit-for-review`).expect(200);
      // As the signing context's /send and a signature would leave it.
      await admin.query(`UPDATE convention SET status = 'out_for_signature', sent_at = now() WHERE id = $1`, [
        c.id,
      ]);
      const signerId = uuidv7();
      const secondId = uuidv7();
      const signatureId = uuidv7();
      await admin.query(
        `INSERT INTO convention_signer (tenant_id, id, convention_id, party_tenant_id, user_id, step, status, acted_at)
         VALUES ($1, $2, $3, $4, $5, 1, 'signed', now()), ($1, $6, $3, $4, $7, 2, 'pending', NULL)`,
        [institute.id, signerId, c.id, partner.id, partnerSignerUser.id, secondId, partnerSecondUser.id],
      );
      await admin.query(
        `INSERT INTO convention_signature (tenant_id, id, convention_id, signer_id, document_id, document_sha256,
                                           user_id, party_tenant_id, method)
         VALUES ($1, $2, $3, $4, $5, decode($6, 'hex'), $7, $8, 'password')`,
        [
          institute.id,
          signatureId,
          c.id,
          signerId,
          v1.body.id,
          v1.body.sha256,
          partnerSignerUser.id,
          partner.id,
        ],
      );

      const v2 = await as(manager).upload(`${BASE}/${c.id}/documents`, pdf('changed')).expect(201);
      expect(v2.body).toMatchObject({
        version: 2,
        conventionStatus: 'draft',
        cancelledSignatureIds: [signatureId],
      });
      const signature = await admin.query(
        `SELECT cancelled_at, document_id, encode(document_sha256, 'hex') AS sha FROM convention_signature WHERE id = $1`,
        [signatureId],
      );
      expect(signature.rows[0].cancelled_at).not.toBeNull();
      // The signature still names the version it signed.
      expect(signature.rows[0]).toMatchObject({ document_id: v1.body.id, sha: v1.body.sha256 });
      const signers = await admin.query(
        `SELECT id, status, acted_at FROM convention_signer WHERE convention_id = $1 ORDER BY step`,
        [c.id],
      );
      expect(signers.rows).toEqual([
        { id: signerId, status: 'pending', acted_at: null },
        { id: secondId, status: 'pending', acted_at: null },
      ]);
      const detail = await as(manager).get(`${BASE}/${c.id}`).expect(200);
      expect(detail.body).toMatchObject({ status: 'draft', sentAt: null });
      const evidence = await events(c.id);
      expect(evidence.map((e) => e.type)).toEqual([
        'created',
        'document_added',
        'submitted_for_review',
        'document_added',
        'returned_to_draft',
      ]);
      expect(evidence.at(-1)!.data).toMatchObject({
        from: 'out_for_signature',
        reason: 'document_replaced',
        cancelledSignatureIds: [signatureId],
      });
      expect((await audited(c.id)).map((e) => e.action)).toEqual([
        'convention.created',
        'convention.document_added',
        'convention.submitted_for_review',
        'convention.document_added',
        'convention.returned_to_draft',
      ]);
    });
  });

  describe('amendments and lineage', () => {
    it('amends an active convention, copying its parties, and shows the lineage both ways', async () => {
      const c = await create();
      const refused = await as(manager).post(`${BASE}/${c.id}/amendments`, { title: 'Avenant' }).expect(409);
      expect(refused.body.type).toContain('convention-not-active');
      await setStatus(c.id, 'active');
      const a = await as(manager).post(`${BASE}/${c.id}/amendments`, { title: 'Avenant n° 1' }).expect(201);
      expect(a.headers.location).toBe(`${BASE}/${a.body.id}`);
      expect(a.body).toMatchObject({ type: 'amendment', status: 'draft', parentId: c.id });
      expect(a.body.reference).not.toBe(c.reference);
      expect(a.body.parties.map((p: Body) => p.id)).toEqual([institute.id, partner.id]);
      expect(a.body.lineage.ancestors.map((e: Body) => e.id)).toEqual([c.id]);
      await setStatus(a.body.id, 'active');
      const b = await as(manager)
        .post(`${BASE}/${a.body.id}/amendments`, { title: 'Avenant n° 2' })
        .expect(201);
      expect(b.body.lineage.ancestors.map((e: Body) => e.id)).toEqual([a.body.id, c.id]);
      const parent = await as(partnerAdmin).get(`${BASE}/${c.id}`).expect(200);
      expect(parent.body.lineage.amendments.map((e: Body) => e.id)).toEqual([a.body.id, b.body.id]);
      await as(partnerAdmin).post(`${BASE}/${c.id}/amendments`, { title: 'Avenant partenaire' }).expect(403);
      expect((await events(c.id)).map((e) => e.type)).toEqual(['created', 'amended']);
      expect((await audited(c.id)).map((e) => e.action)).toEqual([
        'convention.created',
        'convention.amended',
      ]);
      expect((await audited(a.body.id)).map((e) => e.action)).toEqual([
        'convention.created',
        'convention.amended',
      ]);
    });
  });

  describe('isolation and views', () => {
    it('answers a tenant that is neither owner, party nor Root 404 on every route', async () => {
      const c = await create();
      const doc = await as(manager).upload(`${BASE}/${c.id}/documents`, pdf('secret')).expect(201);
      const attempts = [
        as(outsider).get(`${BASE}/${c.id}`),
        as(outsider, { 'if-match': '"2"' }).patch(`${BASE}/${c.id}`, { title: 'Intrus' }),
        as(outsider).post(`${BASE}/${c.id}/amendments`, { title: 'Intrus' }),
        as(outsider).post(`${BASE}/${c.id}/submit-for-review`),
        as(outsider).post(`${BASE}/${c.id}/return-to-draft`),
        as(outsider).post(`${BASE}/${c.id}/void`),
        as(outsider).post(`${BASE}/${c.id}/terminate`, { reason: 'Intrus' }),
        as(outsider).get(`${BASE}/${c.id}/documents`),
        as(outsider).upload(`${BASE}/${c.id}/documents`, pdf('intrus')),
        as(outsider).get(`${BASE}/${c.id}/documents/${doc.body.id}`),
      ];
      for (const [i, attempt] of attempts.entries()) {
        const response = await attempt;
        expect(`attempt ${i} → ${response.status}`).toBe(`attempt ${i} → 404`);
        expect(response.body.type).toContain('not-found');
      }
      const after = await admin.query(`SELECT status, version, title FROM convention WHERE id = $1`, [c.id]);
      expect(after.rows).toEqual([{ status: 'draft', version: 2, title: expect.any(String) }]);
      const docs = await admin.query(
        `SELECT count(*)::int AS n FROM convention_document WHERE convention_id = $1`,
        [c.id],
      );
      expect(docs.rows[0].n).toBe(1);
    });

    it('lists mine (owned or party), all for Root only, by status and type, with cursors', async () => {
      const c = await create(manager, { type: 'data_sharing' });
      const ids = async (session: SignedIn, query: string) =>
        ((await as(session).get(`${BASE}?${query}`).expect(200)).body.data as { id: string }[]).map(
          (x) => x.id,
        );
      expect(await ids(manager, 'view=mine&limit=200')).toContain(c.id);
      expect(await ids(partnerAdmin, 'limit=200')).toContain(c.id);
      expect(await ids(outsider, 'limit=200')).not.toContain(c.id);
      expect(await ids(rootAdmin, 'view=all&limit=200')).toContain(c.id);
      expect(await ids(rootAdmin, 'view=mine&limit=200')).not.toContain(c.id);
      await as(manager).get(`${BASE}?view=all`).expect(403);
      expect(await ids(manager, 'type=data_sharing&limit=200')).toContain(c.id);
      expect(await ids(manager, 'type=mou&limit=200')).not.toContain(c.id);
      expect(await ids(manager, 'status=voided&limit=200')).not.toContain(c.id);
      const item = (await as(partnerAdmin).get(`${BASE}?limit=200`).expect(200)).body.data.find(
        (x: { id: string }) => x.id === c.id,
      );
      expect(item).toMatchObject({
        reference: c.reference,
        type: 'data_sharing',
        status: 'draft',
        nextDeadline: { kind: 'signing', date: '2026-02-15' },
      });
      expect(item.parties.map((p: Body) => p.id)).toEqual([institute.id, partner.id]);

      const first = await as(manager).get(`${BASE}?limit=2`).expect(200);
      expect(first.body.data).toHaveLength(2);
      const second = await as(manager).get(`${BASE}?limit=2&cursor=${first.body.nextCursor}`).expect(200);
      expect(second.body.data[0].id < first.body.data[1].id).toBe(true);
      await as(manager).get(`${BASE}?cursor=bm90LWFuLWlk`).expect(400);
    });

    it('lists what awaits my signature: out for signature, me pending in the current step', async () => {
      const c = await create();
      const first = uuidv7();
      const second = uuidv7();
      await admin.query(
        `INSERT INTO convention_signer (tenant_id, id, convention_id, party_tenant_id, user_id, step)
         VALUES ($1, $2, $3, $4, $5, 1), ($1, $6, $3, $4, $7, 2)`,
        [institute.id, first, c.id, partner.id, partnerSignerUser.id, second, partnerSecondUser.id],
      );
      const awaiting = async (session: SignedIn) =>
        (
          (await as(session).get(`${BASE}?view=awaiting-my-signature&limit=200`).expect(200)).body.data as {
            id: string;
          }[]
        ).map((x) => x.id);
      expect(await awaiting(partnerAdmin)).not.toContain(c.id); // still a draft
      await setStatus(c.id, 'out_for_signature');
      expect(await awaiting(partnerAdmin)).toContain(c.id);
      expect(await awaiting(partnerSecond)).not.toContain(c.id); // step 2 waits for step 1
      await admin.query(`UPDATE convention_signer SET status = 'signed', acted_at = now() WHERE id = $1`, [
        first,
      ]);
      expect(await awaiting(partnerAdmin)).not.toContain(c.id);
      expect(await awaiting(partnerSecond)).toContain(c.id);
      const detail = await as(rootAdmin).get(`${BASE}/${c.id}`).expect(200);
      expect(detail.body.signers).toMatchObject({ total: 2, signed: 1, pending: 1, currentStep: 2 });
      expect(detail.body.signers.signers[0]).toMatchObject({ id: first, displayName: expect.any(String) });
      expect(detail.body).toMatchObject({ isOwner: false, isParty: false, canManage: false });
    });
  });
});
