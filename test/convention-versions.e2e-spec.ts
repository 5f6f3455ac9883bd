import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import {
  adminClient,
  createTenant,
  createUser,
  enrolTotp,
  signIn,
  testClock,
  testConfig,
  totpCode,
  type SignedIn,
  type TestTenant,
  type TestUser,
} from '@jazari/testing';
import PDFDocument from 'pdfkit';
import type pg from 'pg';
import request from 'supertest';

/** A PDF as a word processor's export would be: some pages, its own Title and Author. */
async function pdf(pages: number, info: { Title?: string; Author?: string } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  for (let n = 1; n <= pages; n++) {
    if (n > 1) doc.addPage();
    doc.text(`Article ${n}`);
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

const MANAGER_NAME = 'Salma Idrissi';
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * Issue 19 point 1: what comparing two versions of a convention's document reads — pages, the PDF's own
 * info, who uploaded it by name, when each version was sent for signature and which one was sealed —
 * the same for the owner and a party, and nothing for another tenant.
 */
describe("a convention's document versions, compared", () => {
  const config = testConfig();
  let api: NestFastifyApplication;
  let admin: pg.Client;
  let institute: TestTenant;
  let partner: TestTenant;
  let users: Record<'manager' | 'partner' | 'stranger', TestUser>;
  let s: Record<keyof typeof users, SignedIn>;

  const call = (session: SignedIn) => {
    const server = () => request(api.getHttpServer());
    const auth = { authorization: `Bearer ${session.accessToken}` };
    return {
      get: (p: string) => server().get(`/api/v1${p}`).set(auth),
      post: (p: string, body: object = {}) => server().post(`/api/v1${p}`).set(auth).send(body),
      put: (p: string, body: object) => server().put(`/api/v1${p}`).set(auth).send(body),
      upload: (p: string, content: Buffer) =>
        server()
          .post(`/api/v1${p}`)
          .set({ ...auth, 'content-type': 'application/pdf' })
          .send(content),
    };
  };

  beforeAll(async () => {
    admin = await adminClient();
    institute = await createTenant(admin, 'institute');
    partner = await createTenant(admin, 'partner');
    const other = await createTenant(admin, 'partner');
    users = {
      manager: await createUser(admin, [{ tenant: institute, role: 'institute_manager' }], {
        displayName: MANAGER_NAME,
      }),
      partner: await createUser(admin, [{ tenant: partner, role: 'partner_admin' }]),
      stranger: await createUser(admin, [{ tenant: other, role: 'partner_admin' }]),
    };
    api = await createApi(config, { clock: testClock });
    const entries = await Promise.all(
      Object.entries(users).map(async ([k, u]) => [k, await signIn(api, u.email, u.password)] as const),
    );
    s = Object.fromEntries(entries) as typeof s;
    await enrolTotp(api, s.partner.accessToken, users.partner.email);
    await enrolTotp(api, s.manager.accessToken, users.manager.email);
  });
  afterAll(async () => {
    await api?.close();
    await admin?.end();
  });

  it('records pages, PDF info and the uploader at upload; tells which version was sent and sealed', async () => {
    const created = await call(s.manager)
      .post('/conventions', {
        title: 'Convention de recherche appliquée',
        type: 'partnership',
        parties: [
          { tenantId: institute.id, roleLabel: 'porteur' },
          { tenantId: partner.id, roleLabel: 'partenaire' },
        ],
      })
      .expect(201);
    const id = created.body.id as string;
    const v1File = await pdf(2);
    const v2File = await pdf(3, { Title: 'Convention – version finale', Author: 'مركز الجزري' });

    const v1 = await call(s.manager).upload(`/conventions/${id}/documents?filename=projet.pdf`, v1File);
    expect(v1.status).toBe(201);
    expect(v1.body).toMatchObject({
      version: 1,
      filename: 'projet.pdf',
      sizeBytes: v1File.length,
      sha256: sha(v1File),
      uploadedBy: users.manager.id,
      uploadedByName: MANAGER_NAME,
      pageCount: 2,
      pdfTitle: null,
      pdfAuthor: null,
      pdfProducer: 'PDFKit',
      sentForSignatureAt: null,
      sealed: false,
    });
    await call(s.manager).upload(`/conventions/${id}/documents?filename=final.pdf`, v2File).expect(201);

    // Signers, review, sending: version 2 is the one sent.
    await call(s.manager)
      .put(`/conventions/${id}/signers`, {
        signers: [
          { partyTenantId: institute.id, userId: users.manager.id, step: 1 },
          { partyTenantId: partner.id, userId: users.partner.id, step: 2 },
        ],
      })
      .expect(200);
    await call(s.manager).post(`/conventions/${id}/submit-for-review`).expect(200);
    await call(s.manager).post(`/conventions/${id}/send`).expect(200);
    const sentRow = await admin.query<{ occurred_at: Date }>(
      `SELECT occurred_at FROM convention_event WHERE convention_id = $1 AND type = 'sent'`,
      [id],
    );
    const sentAt = sentRow.rows[0].occurred_at.toISOString();

    const expectedV2 = {
      version: 2,
      filename: 'final.pdf',
      sizeBytes: v2File.length,
      sha256: sha(v2File),
      uploadedByName: MANAGER_NAME,
      pageCount: 3,
      pdfTitle: 'Convention – version finale',
      pdfAuthor: 'مركز الجزري',
      pdfProducer: 'PDFKit',
      sentForSignatureAt: sentAt,
    };
    // The owner's manager and the partner (whose tenant cannot read the uploader's user row) read the same.
    for (const who of ['manager', 'partner'] as const) {
      const list = await call(s[who]).get(`/conventions/${id}/documents`).expect(200);
      expect(list.body.data).toEqual([
        expect.objectContaining({ version: 1, pageCount: 2, sentForSignatureAt: null, sealed: false }),
        expect.objectContaining({ ...expectedV2, sealed: false }),
      ]);
      const detail = await call(s[who]).get(`/conventions/${id}`).expect(200);
      expect(detail.body.documents).toEqual(list.body.data);
    }

    // Both sign: the convention is active and version 2 is the one sealed.
    for (const who of ['manager', 'partner'] as const) {
      await call(s[who])
        .post(`/conventions/${id}/sign`, {
          password: users[who].password,
          secondFactorCode: await totpCode(users[who].email),
        })
        .expect(200);
    }
    const sealed = await call(s.partner).get(`/conventions/${id}`).expect(200);
    expect(sealed.body.status).toBe('active');
    expect(sealed.body.documents.map((d: { sealed: boolean }) => d.sealed)).toEqual([false, true]);
    expect(sealed.body.documents[1]).toMatchObject(expectedV2);

    // Another tenant reads none of it: not the versions, not the convention.
    for (const path of [`/conventions/${id}/documents`, `/conventions/${id}`]) {
      const refused = await call(s.stranger).get(path).expect(404);
      expect(JSON.stringify(refused.body)).not.toContain(sha(v2File));
      expect(JSON.stringify(refused.body)).not.toContain('version finale');
    }
  });

  it('answers unknown (null) for a version whose pages and info were not recorded, as before this change', async () => {
    const created = await call(s.manager)
      .post('/conventions', {
        title: 'Convention ancienne',
        type: 'mou',
        parties: [
          { tenantId: institute.id, roleLabel: 'porteur' },
          { tenantId: partner.id, roleLabel: 'partenaire' },
        ],
      })
      .expect(201);
    const id = created.body.id as string;
    await call(s.manager)
      .upload(`/conventions/${id}/documents`, await pdf(1))
      .expect(201);
    // As a row from before the migration stands: no pages, no info (the migration filled in its name).
    await admin.query(
      `UPDATE convention_document SET page_count = NULL, pdf_title = NULL, pdf_author = NULL, pdf_producer = NULL
        WHERE convention_id = $1`,
      [id],
    );
    const list = await call(s.partner).get(`/conventions/${id}/documents`).expect(200);
    expect(list.body.data).toEqual([
      expect.objectContaining({
        version: 1,
        uploadedByName: MANAGER_NAME,
        pageCount: null,
        pdfTitle: null,
        pdfAuthor: null,
        pdfProducer: null,
      }),
    ]);
  });
});
