import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createHash } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import type { AppConfig } from '@jazari/config';
import { signDownloadToken } from '@jazari/reports';
import {
  adminClient,
  createTenant,
  createUser,
  signIn,
  testConfig,
  waitFor,
  type SignedIn,
  type TestTenant,
} from '@jazari/testing';
import { createWorker } from '@jazari/worker';
import type pg from 'pg';
import request from 'supertest';

/**
 * Issue 18, point 3: a report is downloaded by a plain link click, never with a bearer header. The
 * signed link works without credentials for a few minutes; an expired, altered or forged one is refused
 * with problem+json, and it never reaches another tenant's report.
 */
jest.setTimeout(90_000);

interface Report {
  id: string;
  status: string;
  error: string | null;
}
interface Link {
  url: string;
  expiresAt: string;
}

const binary = (res: request.Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('report download links', () => {
  let config: AppConfig;
  let api: NestFastifyApplication;
  let worker: NestFastifyApplication;
  let admin: pg.Client;
  let institute: TestTenant;
  let otherInstitute: TestTenant;
  let manager: SignedIn;
  let otherManager: SignedIn;
  let mine: Report;
  let theirs: Report;

  const server = () => request(api.getHttpServer());
  const as = (session: SignedIn) => ({ authorization: `Bearer ${session.accessToken}` });
  /** A GET without any credentials, as a browser following a link. */
  const follow = (url: string) => server().get(url).buffer(true).parse(binary);

  async function readyReport(session: SignedIn): Promise<Report> {
    const res = await server()
      .post('/api/v1/reports')
      .set(as(session))
      .send({ scope: 'institute', period: '2026-Q3', format: 'csv' });
    expect(res.status).toBe(202);
    const id = (res.body as Report).id;
    return waitFor(
      `report ${id} ready`,
      async () => {
        const report = (await server().get(`/api/v1/reports/${id}`).set(as(session))).body as Report;
        if (report.status === 'failed') throw new Error(`report failed: ${report.error}`);
        return report.status === 'ready' ? report : undefined;
      },
      60_000,
      25,
    );
  }

  async function linkFor(session: SignedIn, id: string): Promise<request.Response> {
    return server().post(`/api/v1/reports/${id}/download-link`).set(as(session));
  }

  beforeAll(async () => {
    config = testConfig();
    admin = await adminClient();
    institute = await createTenant(admin, 'institute');
    otherInstitute = await createTenant(admin, 'institute');
    const users = {
      manager: await createUser(admin, [{ tenant: institute, role: 'institute_manager' }], { locale: 'en' }),
      otherManager: await createUser(admin, [{ tenant: otherInstitute, role: 'institute_manager' }]),
    };
    api = await createApi(config);
    worker = await createWorker(config);
    manager = await signIn(api, users.manager.email, users.manager.password);
    otherManager = await signIn(api, users.otherManager.email, users.otherManager.password);
    [mine, theirs] = await Promise.all([readyReport(manager), readyReport(otherManager)]);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await admin?.end();
  });

  it('gives a link that downloads the file without credentials while it is valid', async () => {
    const before = Date.now();
    const res = await linkFor(manager, mine.id);
    expect(res.status).toBe(200);
    const link = res.body as Link;
    expect(link.url).toMatch(/^\/api\/v1\/report-downloads\/[A-Za-z0-9_-]{48}\.[A-Za-z0-9_-]{22}$/);
    // Valid a few minutes, not more.
    const validFor = Date.parse(link.expiresAt) - before;
    expect(validFor).toBeGreaterThan(60_000);
    expect(validFor).toBeLessThanOrEqual(10 * 60_000);

    const file = await follow(link.url);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toContain('text/csv');
    expect(file.headers['content-disposition']).toMatch(
      /^attachment; filename="jazari-institute-report-2026-Q3\.csv"$/,
    );
    expect(file.headers['cache-control']).toBe('private, no-store');
    const body = file.body as Buffer;
    const digest = createHash('sha256').update(body).digest('base64');
    expect(file.headers['repr-digest']).toBe(`sha-256=:${digest}:`);
    // The same file as the authenticated download.
    const direct = await server()
      .get(`/api/v1/reports/${mine.id}/download`)
      .set(as(manager))
      .buffer(true)
      .parse(binary);
    expect(Buffer.compare(direct.body as Buffer, body)).toBe(0);
    // It may be followed again while it is valid (a retried download).
    expect((await follow(link.url)).status).toBe(200);
  });

  it('refuses an expired link with 410 problem+json, in the reader’s language', async () => {
    const token = signDownloadToken(config.auth.secret, {
      reportId: mine.id,
      tenantId: institute.id,
      expiresAt: Math.floor(Date.now() / 1000) - 1,
    });
    const res = await server().get(`/api/v1/report-downloads/${token}`).set('accept-language', 'fr');
    expect(res.status).toBe(410);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({
      type: 'https://jazari.ma/problems/download-link-expired',
      status: 410,
      title: 'Ce lien de téléchargement a expiré',
    });
  });

  it('refuses an altered or forged link with 403 problem+json', async () => {
    const { url } = (await linkFor(manager, mine.id)).body as Link;
    const token = url.split('/').at(-1)!;
    const [payload, signature] = token.split('.') as [string, string];
    const flipped = signature.slice(0, -2) + (signature.at(-2) === 'A' ? 'B' : 'A') + signature.at(-1);
    // The other tenant's report and tenant under this link's signature; a later expiry; a foreign key.
    const otherPayload = signDownloadToken('x'.repeat(32), {
      reportId: theirs.id,
      tenantId: otherInstitute.id,
      expiresAt: Math.floor(Date.now() / 1000) + 300,
    }).split('.')[0];
    const bytes = Buffer.from(payload, 'base64url');
    bytes.writeUInt32BE(bytes.readUInt32BE(32) + 86_400, 32);
    const longer = bytes.toString('base64url');
    const foreign = signDownloadToken('another-server-secret-of-at-least-32-chars', {
      reportId: mine.id,
      tenantId: institute.id,
      expiresAt: Math.floor(Date.now() / 1000) + 300,
    });
    for (const bad of [
      `${payload}.${flipped}`,
      `${otherPayload}.${signature}`,
      `${longer}.${signature}`,
      foreign,
      'not-a-link',
      `${payload}`,
    ]) {
      const res = await server().get(`/api/v1/report-downloads/${bad}`);
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({
        type: 'https://jazari.ma/problems/download-link-invalid',
        status: 403,
      });
      expect(res.headers['content-disposition']).toBeUndefined();
    }
  });

  it('never reaches another tenant’s report', async () => {
    // Another institute may not have a link to this report…
    const refused = await linkFor(otherManager, mine.id);
    expect(refused.status).toBe(404);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    // …and a link bound to its own tenant that names this report finds nothing there.
    const crossed = signDownloadToken(config.auth.secret, {
      reportId: mine.id,
      tenantId: otherInstitute.id,
      expiresAt: Math.floor(Date.now() / 1000) + 300,
    });
    const res = await server().get(`/api/v1/report-downloads/${crossed}`);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    // Each tenant's own link gives its own file only.
    const theirLink = ((await linkFor(otherManager, theirs.id)).body as Link).url;
    const mineLink = ((await linkFor(manager, mine.id)).body as Link).url;
    expect(theirLink).not.toBe(mineLink);
    const a = await follow(theirLink);
    const b = await follow(mineLink);
    expect(a.status).toBe(200);
    expect(Buffer.compare(a.body as Buffer, b.body as Buffer)).not.toBe(0);
    const theirsDirect = await server()
      .get(`/api/v1/reports/${theirs.id}/download`)
      .set(as(otherManager))
      .buffer(true)
      .parse(binary);
    expect(Buffer.compare(a.body as Buffer, theirsDirect.body as Buffer)).toBe(0);
  });

  it('refuses a link to a report that is not ready or past its download period', async () => {
    await admin.query(`UPDATE report SET expires_at = now() - interval '1 minute' WHERE id = $1`, [mine.id]);
    const link = await linkFor(manager, mine.id);
    expect(link.status).toBe(410);
    expect(link.body).toMatchObject({ type: 'https://jazari.ma/problems/report-expired' });
    // A link given before then stops working with the report.
    const token = signDownloadToken(config.auth.secret, {
      reportId: mine.id,
      tenantId: institute.id,
      expiresAt: Math.floor(Date.now() / 1000) + 300,
    });
    const res = await server().get(`/api/v1/report-downloads/${token}`);
    expect(res.status).toBe(410);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
