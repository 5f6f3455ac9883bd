import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import {
  adminClient,
  createTenant,
  createUser,
  signIn,
  testConfig,
  type SignedIn,
  type TestTenant,
  type TestUser,
} from '@jazari/testing';
import type pg from 'pg';
import request from 'supertest';

/**
 * Issue 16, points 1–3: text PostgreSQL cannot store (NUL, lone UTF-16 surrogates) and impossible dates
 * are a 400 `validation-failed` naming the field on every kind of input — body, query, path — and nothing
 * is written. Before the input guard, each request below answered 500.
 */
jest.setTimeout(120_000);

const NUL = 'bad\u0000text';
const SURROGATE = 'bad\ud800text';

describe('input guard: text and dates PostgreSQL would refuse', () => {
  const config = testConfig();
  let api: NestFastifyApplication;
  let admin: pg.Client;
  let institute: TestTenant;
  let manager: TestUser;
  let session: SignedIn;
  let projectId: string;
  let workshopId: string;

  const server = () => request(api.getHttpServer());
  const auth = () => ({ authorization: `Bearer ${session.accessToken}` });

  function expectFieldRefused(res: request.Response, field: string): void {
    expect({ status: res.status, type: res.body.type }).toEqual({
      status: 400,
      type: 'https://jazari.ma/problems/validation-failed',
    });
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((res.body.errors as { field: string }[]).map((e) => e.field)).toContain(field);
  }

  beforeAll(async () => {
    admin = await adminClient();
    institute = await createTenant(admin, 'institute');
    manager = await createUser(admin, [{ tenant: institute, role: 'institute_manager' }]);
    api = await createApi(config);
    session = await signIn(api, manager.email, manager.password);
    const project = await server()
      .post('/api/v1/projects')
      .set(auth())
      .send({
        type: 'research',
        title: 'Guarded project',
        summary: 'Input guard',
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        budgetMad: '1000.00',
        leadUserId: manager.id,
        team: [manager.id],
        priorityCodes: ['research_innovation'],
      });
    expect(project.status).toBe(201);
    projectId = project.body.id;
    const workshop = await server().post('/api/v1/workshops').set(auth()).send({
      kind: 'seminar',
      title: 'Guarded seminar',
      startsAt: '2026-12-10T08:30:00.000Z',
      endsAt: '2026-12-10T15:00:00.000Z',
      venue: 'Main hall',
    });
    expect(workshop.status).toBe(201);
    workshopId = workshop.body.id;
  });
  afterAll(async () => {
    await api?.close();
    await admin?.end();
  });

  it.each(['/resources', '/projects', '/directory', '/beneficiaries'])(
    'refuses a NUL in the search of %s, and takes undecodable bytes as they are',
    async (path) => {
      expectFieldRefused(await server().get(`/api/v1${path}?q=bad%00text`).set(auth()), 'q');
      // UTF-8 cannot carry a lone surrogate: its bytes stay undecoded and are searched for as written.
      expect((await server().get(`/api/v1${path}?q=%ED%A0%80`).set(auth())).status).toBe(200);
    },
  );

  it('refuses NUL and lone surrogates in body text, writing nothing', async () => {
    for (const bad of [NUL, SURROGATE]) {
      expectFieldRefused(
        await server().patch('/api/v1/me').set(auth()).send({ displayName: bad }),
        'displayName',
      );
      const project = await server().get(`/api/v1/projects/${projectId}`).set(auth());
      expectFieldRefused(
        await server()
          .patch(`/api/v1/projects/${projectId}`)
          .set(auth())
          .set('if-match', project.headers.etag ?? '"1"')
          .send({ title: bad }),
        'title',
      );
    }
    const { rows } = await admin.query(`SELECT title FROM project WHERE id = $1`, [projectId]);
    expect(rows[0].title).toBe('Guarded project');
  });

  it('refuses a lone surrogate in every e-mail field instead of crashing in the e-mail check', async () => {
    expectFieldRefused(
      await server()
        .post('/api/v1/auth/login')
        .send({ email: `a${SURROGATE}@x.ma`, password: 'x' }),
      'email',
    );
    expectFieldRefused(
      await server()
        .post('/api/v1/invitations')
        .set(auth())
        .send({ email: `\ud800@x.ma`, role: 'researcher' }),
      'email',
    );
    expectFieldRefused(
      await server().put('/api/v1/directory/profile').set(auth()).send({ contactEmail: `\udfff@x.ma` }),
      'contactEmail',
    );
  });

  it('refuses a NUL in a path parameter', async () => {
    expectFieldRefused(await server().get('/api/v1/projects/%00').set(auth()), 'id');
    expectFieldRefused(
      await server().patch(`/api/v1/projects/${projectId}/milestones/a%00b`).set(auth()).send({}),
      'milestoneId',
    );
  });

  it.each(['0000-00-00', '2026-02-30', '2026-13-01'])(
    'refuses the impossible date %s as a date, writing nothing',
    async (dueDate) => {
      const created = await server()
        .post(`/api/v1/workshops/${workshopId}/action-items`)
        .set(auth())
        .send({ title: 'Share the corpus', dueDate });
      expectFieldRefused(created, 'dueDate');
      const { rows } = await admin.query(
        `SELECT count(*)::int AS n FROM workshop_action_item WHERE workshop_id = $1`,
        [workshopId],
      );
      expect(rows[0].n).toBe(0);
    },
  );

  it('refuses an impossible date-time', async () => {
    expectFieldRefused(
      await server().post('/api/v1/workshops').set(auth()).send({
        kind: 'seminar',
        title: 'Never',
        startsAt: '2026-02-30T08:30:00Z',
        endsAt: '2026-03-01T08:30:00Z',
        venue: 'Hall',
      }),
      'startsAt',
    );
  });

  it('still accepts right-to-left text, emoji and real dates', async () => {
    const item = await server()
      .post(`/api/v1/workshops/${workshopId}/action-items`)
      .set(auth())
      .send({ title: '\u200fمشاركة المدونة 😀', dueDate: '2028-02-29' });
    expect(item.status).toBe(201);
    expect(item.body).toMatchObject({ title: '\u200fمشاركة المدونة 😀', dueDate: '2028-02-29' });
  });

  it('lets the organiser edit its workshop (issue 16, point 5: it answered 500 for want of a grant)', async () => {
    const current = await server().get(`/api/v1/workshops/${workshopId}`).set(auth());
    const renamed = await server()
      .patch(`/api/v1/workshops/${workshopId}`)
      .set(auth())
      .set('if-match', current.headers.etag ?? '"1"')
      .send({ title: 'Renamed' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.title).toBe('Renamed');
  });
});
