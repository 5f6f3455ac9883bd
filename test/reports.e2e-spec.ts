import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { DashboardReader, DashboardRefreshService, type NationalDashboard } from '@jazari/dashboards';
import { TransactionRunner, uuidv7 } from '@jazari/database';
import { buildReportDocument, ReportPurgeService } from '@jazari/reports';
import { FILE_STORAGE, StoredObjectNotFoundError, type FileStorage } from '@jazari/storage';
import {
  adminClient,
  createTenant,
  createUser,
  ensureRootTenant,
  pdfText,
  signIn,
  testConfig,
  waitFor,
  type SignedIn,
  type TestTenant,
} from '@jazari/testing';
import { createWorker } from '@jazari/worker';
import ExcelJS from 'exceljs';
import type pg from 'pg';
import request from 'supertest';

/**
 * Issue 9, point 4: reports on the `reports` queue. Root asks for a national XLSX and PDF for a quarter;
 * the progress goes from 0 to 100; the files open and hold the dashboards' figures; the requester is
 * notified with the link; another tenant cannot see or download them; an expired one is gone (410).
 */
jest.setTimeout(90_000);

interface Report {
  id: string;
  status: string;
  progress: number;
  error: string | null;
  downloadUrl: string | null;
  period: { from: string; to: string; label: string };
  locale: string;
}

const binary = (res: request.Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('reports: requested, rendered on the worker, downloaded', () => {
  let api: NestFastifyApplication;
  let worker: NestFastifyApplication;
  let admin: pg.Client;
  let root: TestTenant;
  let institute: TestTenant;
  let otherInstitute: TestTenant;
  let partner: TestTenant;
  let s: Record<'analyst' | 'manager' | 'otherManager' | 'partnerAdmin' | 'researcher', SignedIn>;

  const call = (session: SignedIn) => {
    const server = () => request(api.getHttpServer());
    const auth = { authorization: `Bearer ${session.accessToken}` };
    return {
      get: (p: string) => server().get(`/api/v1${p}`).set(auth),
      download: (p: string) => server().get(`/api/v1${p}`).set(auth).buffer(true).parse(binary),
      post: (p: string, body: object = {}) => server().post(`/api/v1${p}`).set(auth).send(body),
    };
  };

  /** Polls the report until it is ready, recording every progress seen. */
  async function untilReady(session: SignedIn, id: string, seen: number[] = []): Promise<Report> {
    return waitFor(
      `report ${id} ready`,
      async () => {
        const res = await call(session).get(`/reports/${id}`);
        expect(res.status).toBe(200);
        const report = res.body as Report;
        if (seen.at(-1) !== report.progress) seen.push(report.progress);
        if (report.status === 'failed') throw new Error(`report failed: ${report.error}`);
        return report.status === 'ready' ? report : undefined;
      },
      60_000,
      25,
    );
  }

  beforeAll(async () => {
    const config = testConfig({ REPORT_PDF_COMPRESS: 'false' });
    admin = await adminClient();
    root = await ensureRootTenant(admin);
    institute = await createTenant(admin, 'institute');
    otherInstitute = await createTenant(admin, 'institute');
    partner = await createTenant(admin, 'partner');
    const users = {
      analyst: await createUser(admin, [{ tenant: root, role: 'ministry_analyst' }], { locale: 'en' }),
      manager: await createUser(admin, [{ tenant: institute, role: 'institute_manager' }]),
      otherManager: await createUser(admin, [{ tenant: otherInstitute, role: 'institute_manager' }]),
      partnerAdmin: await createUser(admin, [{ tenant: partner, role: 'partner_admin' }]),
      researcher: await createUser(admin, [{ tenant: institute, role: 'researcher' }]),
    };
    api = await createApi(config);
    worker = await createWorker(config);
    s = {
      analyst: await signIn(api, users.analyst.email, users.analyst.password),
      manager: await signIn(api, users.manager.email, users.manager.password),
      otherManager: await signIn(api, users.otherManager.email, users.otherManager.password),
      partnerAdmin: await signIn(api, users.partnerAdmin.email, users.partnerAdmin.password),
      researcher: await signIn(api, users.researcher.email, users.researcher.password),
    };
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await admin?.end();
  });

  /** The national figures as the dashboards' reader gives them now, in Root's scope. */
  function nationalFigures(from: string, to: string): Promise<NationalDashboard> {
    const transactions = worker.get(TransactionRunner);
    const reader = worker.get(DashboardReader, { strict: false });
    return transactions.run({ tenantId: root.id, tenantKind: 'root', userId: null }, (tx) =>
      reader.national(tx, { from, to }),
    );
  }

  let xlsxReport: Report;

  it('renders a national XLSX for a quarter, progress 0 → 100, with the dashboards’ figures in its cells', async () => {
    // The roll-ups with this suite's tenants in them (test workers run no refresh schedule).
    await worker.get(DashboardRefreshService, { strict: false }).refresh();
    const res = await call(s.analyst).post('/reports', {
      scope: 'national',
      period: '2026-Q3',
      format: 'xlsx',
    });
    expect(res.status).toBe(202);
    // The report's own address, to follow its progress.
    expect(res.headers.location).toBe(`/api/v1/reports/${(res.body as { id: string }).id}`);
    expect(res.body).toMatchObject({
      scope: 'national',
      tenantId: null,
      period: { from: '2026-07', to: '2026-09', label: '2026-Q3' },
      format: 'xlsx',
      locale: 'en',
      status: 'queued',
      progress: 0,
      downloadUrl: null,
    });
    const seen: number[] = [0];
    xlsxReport = await untilReady(s.analyst, (res.body as Report).id, seen);
    expect(xlsxReport.progress).toBe(100);
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(100);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(xlsxReport.downloadUrl).toBe(`/api/v1/reports/${xlsxReport.id}/download`);

    const file = await call(s.analyst).download(`/reports/${xlsxReport.id}/download`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(file.headers['content-disposition']).toBe(
      'attachment; filename="jazari-national-report-2026-Q3.xlsx"',
    );
    expect(file.headers['repr-digest']).toMatch(/^sha-256=:[A-Za-z0-9+/]+=*:$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body as ArrayBuffer);
    const names = book.worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'National report',
        'Network',
        'Projects by status',
        'Coverage matrix',
        'Monthly series',
      ]),
    );
    expect(names).toHaveLength(17);
    const cover = book.getWorksheet('National report')!;
    expect(cover.getRow(2).values).toEqual([undefined, 'Period', '2026-Q3']);
    const asOf = cover.getRow(3).getCell(2).text;

    // Every cell, against the reader's figures of the same roll-ups (asOf). They are refreshed every 15 s
    // and the worker's sweeps may change earlier suites' rows: when they moved on between the job's read
    // and ours, a fresh copy of the report is compared instead (and removed afterwards).
    let figures = await nationalFigures('2026-07', '2026-09');
    let compared = { book, asOf };
    for (let attempt = 1; figures.asOf !== compared.asOf; attempt++) {
      if (attempt > 3) throw new Error('the roll-ups moved on under every comparison');
      const copy = await call(s.analyst).post('/reports', {
        scope: 'national',
        period: '2026-Q3',
        format: 'xlsx',
      });
      const ready = await untilReady(s.analyst, (copy.body as Report).id);
      const again = new ExcelJS.Workbook();
      await again.xlsx.load(
        (await call(s.analyst).download(`/reports/${ready.id}/download`)).body as ArrayBuffer,
      );
      await admin.query(`DELETE FROM report WHERE id = $1`, [ready.id]);
      compared = { book: again, asOf: again.getWorksheet('National report')!.getRow(3).getCell(2).text };
      figures = await nationalFigures('2026-07', '2026-09');
    }
    expect(figures.network.institutes).toBeGreaterThanOrEqual(2);
    const expected = buildReportDocument(
      { scope: 'national', figures },
      { locale: 'en', period: xlsxReport.period, generatedAt: new Date() },
    );
    const network = book.getWorksheet('Network')!;
    expect(network.getRow(2).getCell(1).value).toBe('institutes');
    expect(Number(network.getRow(2).getCell(3).value)).toBeGreaterThanOrEqual(2);
    expect(book.getWorksheet('Monthly series')!.rowCount).toBe(1 + 3);
    expect(book.getWorksheet('Monthly series')!.getRow(2).getCell(1).value).toBe('2026-07');
    for (const section of expected.sections) {
      const sheet = compared.book.getWorksheet(section.title)!;
      expect(sheet.getRow(1).values).toEqual([undefined, ...section.columns.map((c) => c.label)]);
      const rows: unknown[][] = [];
      sheet.eachRow((row, n) => {
        if (n > 1) rows.push((row.values as unknown[]).slice(1));
      });
      expect(rows.map((r) => section.columns.map((_, i) => r[i] ?? null))).toEqual(
        section.rows.map((r) => [...r]),
      );
    }
  });

  it('tells the requester, in the inbox, with the download link', async () => {
    const notification = await waitFor(
      'the reports.ready notification',
      async () => {
        const res = await call(s.analyst).get('/me/notifications');
        const items = (res.body as { data: { eventType: string; link: string }[] }).data;
        return items.find((n) => n.eventType === 'reports.ready' && n.link.includes(xlsxReport.id));
      },
      20_000,
    );
    // The notice opens the report's page in the web app, which downloads it with the session.
    expect(notification.link).toBe(`/reports/${xlsxReport.id}`);
  });

  it('renders a national PDF: a valid PDF with the expected text', async () => {
    const res = await call(s.analyst).post('/reports', {
      scope: 'national',
      period: { from: '2026-07', to: '2026-09' },
      format: 'pdf',
      locale: 'fr',
    });
    expect(res.status).toBe(202);
    const seen: number[] = [0];
    const report = await untilReady(s.analyst, (res.body as Report).id, seen);
    expect(seen.at(-1)).toBe(100);
    expect(report.period.label).toBe('2026-07..2026-09');
    const file = await call(s.analyst).download(`/reports/${report.id}/download`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    const pdf = file.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('%%EOF');
    // The text as a PDF reader extracts it.
    const text = await pdfText(pdf);
    for (const heading of ['Rapport national', 'Projets par statut', 'Matrice de couverture']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('2026-07..2026-09');
    expect(text.split('\n').length).toBeGreaterThan(2); // pages
  });

  it("renders a CSV of section,key,column,value rows, with the institute's figures of the period", async () => {
    // A seminar the institute held in August 2026, and one in October (outside the quarter).
    await admin.query(
      `INSERT INTO workshop (tenant_id, id, kind, title, starts_at, ends_at, venue, capacity, status, check_in_code)
       VALUES ($1, $2, 'seminar', 'August seminar', '2026-08-12T09:00:00Z', '2026-08-12T12:00:00Z', 'Rabat', NULL, 'held', 'AUG001'),
              ($1, $3, 'seminar', 'October seminar', '2026-10-07T09:00:00Z', '2026-10-07T12:00:00Z', 'Rabat', NULL, 'held', 'OCT001')`,
      [institute.id, uuidv7(), uuidv7()],
    );
    await worker.get(DashboardRefreshService, { strict: false }).refresh();
    const res = await call(s.manager).post('/reports', {
      scope: 'institute',
      period: '2026-Q3',
      format: 'csv',
    });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ scope: 'institute', tenantId: institute.id, locale: 'fr' });
    const report = await untilReady(s.manager, (res.body as Report).id);
    const file = await call(s.manager).download(`/reports/${report.id}/download`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = (file.body as Buffer)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe('section,key,column,value');
    expect(lines).toContain('report,period,value,2026-Q3');
    expect(lines.some((l) => l.startsWith('network,projects_total,value,'))).toBe(true);
    // The period's figures and its months only: July to September.
    expect(lines).toContain('workshops_kind,seminar,held,1');
    expect(lines).toContain('series,2026-08,workshops_held,1');
    const months = new Set(lines.filter((l) => l.startsWith('series,')).map((l) => l.split(',')[1]));
    expect([...months]).toEqual(['2026-07', '2026-08', '2026-09']);
  });

  it('renders a failed report again on request, for those who may request it', async () => {
    const res = await call(s.manager).post('/reports', {
      scope: 'institute',
      period: '2026-Q2',
      format: 'csv',
    });
    const first = await untilReady(s.manager, (res.body as Report).id);
    // As the job leaves a report that failed: its message, no file.
    await admin.query(
      `UPDATE report SET status = 'failed', error = 'storage unavailable', storage_key = NULL, progress = 40
        WHERE id = $1`,
      [first.id],
    );
    expect((await call(s.otherManager).post(`/reports/${first.id}/retry`)).status).toBe(404);
    expect((await call(s.researcher).post(`/reports/${first.id}/retry`)).status).toBe(403);
    const retried = await call(s.manager).post(`/reports/${first.id}/retry`);
    expect(retried.status).toBe(202);
    expect(retried.body).toMatchObject({ id: first.id, status: 'queued', progress: 0, error: null });
    const again = await untilReady(s.manager, first.id);
    expect(again.period.label).toBe('2026-Q2');
    expect((await call(s.manager).download(`/reports/${first.id}/download`)).status).toBe(200);
    const notFailed = await call(s.manager).post(`/reports/${first.id}/retry`);
    expect(notFailed.status).toBe(409);
    expect(notFailed.body).toMatchObject({
      type: 'https://jazari.ma/problems/report-not-failed',
      currentStatus: 'ready',
    });
  });

  it('keeps reports to their tenant: another institute gets 404 on the report and its file', async () => {
    const other = call(s.otherManager);
    for (const path of [`/reports/${xlsxReport.id}`, `/reports/${xlsxReport.id}/download`]) {
      const res = await other.get(path);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const list = await other.get('/reports');
    expect((list.body as { data: Report[] }).data.map((r) => r.id)).not.toContain(xlsxReport.id);
  });

  it('lists the tenant’s reports, newest first, by pages', async () => {
    const first = await call(s.analyst).get('/reports?limit=1');
    expect(first.status).toBe(200);
    const page = first.body as { data: Report[]; nextCursor: string | null };
    expect(page.data).toHaveLength(1);
    expect(page.nextCursor).not.toBeNull();
    const second = await call(s.analyst).get(`/reports?limit=1&cursor=${page.nextCursor}`);
    expect((second.body as { data: Report[] }).data[0].id).toBe(xlsxReport.id);
  });

  it('answers 410 Gone once the download period is over', async () => {
    await admin.query(`UPDATE report SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      xlsxReport.id,
    ]);
    const res = await call(s.analyst).get(`/reports/${xlsxReport.id}/download`);
    expect(res.status).toBe(410);
    expect(res.body).toMatchObject({ type: 'https://jazari.ma/problems/report-expired', status: 410 });

    // The hourly purge deletes the file and marks the report expired; its download stays a 410.
    const { rows } = await admin.query<{ storage_key: string }>(
      `SELECT storage_key FROM report WHERE id = $1`,
      [xlsxReport.id],
    );
    const storage = worker.get<FileStorage>(FILE_STORAGE, { strict: false });
    await expect(storage.open(rows[0].storage_key)).resolves.toBeDefined();
    const purge = worker.get(ReportPurgeService, { strict: false });
    expect(await purge.purge()).toBeGreaterThanOrEqual(1);
    await expect(storage.open(rows[0].storage_key)).rejects.toBeInstanceOf(StoredObjectNotFoundError);
    const after = await call(s.analyst).get(`/reports/${xlsxReport.id}`);
    expect(after.body).toMatchObject({ status: 'expired', downloadUrl: null, filename: expect.any(String) });
    const gone = await call(s.analyst).get(`/reports/${xlsxReport.id}/download`);
    expect(gone.status).toBe(410);
    expect(gone.headers['content-type']).toContain('application/problem+json');
    // A report still in its download period is left alone, and a second run finds nothing more to do.
    const { rows: ready } = await admin.query<{ id: string }>(
      `SELECT id FROM report WHERE tenant_id = $1 AND status = 'ready' AND expires_at > now()`,
      [institute.id],
    );
    expect(ready.length).toBeGreaterThan(0);
    expect(await purge.purge()).toBe(0);
    for (const { id } of ready) {
      expect((await call(s.manager).download(`/reports/${id}/download`)).status).toBe(200);
    }
  });

  it('refuses what it may not do, and bad requests, with problem+json and nothing written', async () => {
    const before = await admin.query(`SELECT count(*)::int AS n FROM report`);
    const cases: [SignedIn, object, number, string][] = [
      [s.analyst, { scope: 'national', period: '2026-Q5', format: 'xlsx' }, 400, 'validation-failed'],
      [
        s.analyst,
        { scope: 'national', period: { from: '2026-09', to: '2026-07' }, format: 'pdf' },
        400,
        'validation-failed',
      ],
      [s.analyst, { scope: 'national', period: '2026-Q3', format: 'docx' }, 400, 'validation-failed'],
      [
        s.analyst,
        { scope: 'national', period: '2026-Q3', format: 'csv', status: 'ready' },
        400,
        'validation-failed',
      ],
      [
        s.analyst,
        { scope: 'national', tenantId: institute.id, period: '2026-Q3', format: 'csv' },
        400,
        'validation-failed',
      ],
      [
        s.analyst,
        { scope: 'institute', tenantId: partner.id, period: '2026-Q3', format: 'csv' },
        404,
        'not-found',
      ],
      [s.manager, { scope: 'national', period: '2026-Q3', format: 'csv' }, 403, 'forbidden'],
      [
        s.manager,
        { scope: 'institute', tenantId: otherInstitute.id, period: '2026-Q3', format: 'csv' },
        404,
        'not-found',
      ],
      [
        s.partnerAdmin,
        { scope: 'institute', tenantId: institute.id, period: '2026-Q3', format: 'csv' },
        404,
        'not-found',
      ],
      [s.researcher, { scope: 'institute', period: '2026-Q3', format: 'csv' }, 403, 'permission-denied'],
    ];
    for (const [session, body, status, type] of cases) {
      const res = await call(session).post('/reports', body);
      expect({ body, status: res.status, type: (res.body as { type?: string }).type }).toEqual({
        body,
        status,
        type: `https://jazari.ma/problems/${type}`,
      });
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const after = await admin.query(`SELECT count(*)::int AS n FROM report`);
    expect(after.rows[0]).toEqual(before.rows[0]);
    // A partner's administrator may have its own partner's report.
    const own = await call(s.partnerAdmin).post('/reports', {
      scope: 'partner',
      period: '2026-Q3',
      format: 'xlsx',
    });
    expect(own.status).toBe(202);
    await untilReady(s.partnerAdmin, (own.body as Report).id);
  });
});
