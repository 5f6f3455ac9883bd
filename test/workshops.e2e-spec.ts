import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { ManualClock } from '@jazari/config';
import { uuidv7 } from '@jazari/database';
import {
  adminClient,
  createTenant,
  createUser,
  ensureRootTenant,
  signIn,
  testConfig,
  waitFor,
  type SignedIn,
  type TestTenant,
  type TestUser,
} from '@jazari/testing';
import { WorkshopReminderService } from '@jazari/workshops';
import { createWorker } from '@jazari/worker';
import ICAL from 'ical.js';
import type pg from 'pg';
import request from 'supertest';

/**
 * Issue 8, acceptance: the joint lab (a partner) and Root co-organise a co-design session linked to a
 * convention obligation; members of two institutes register; one cancels and the first waitlisted person
 * is promoted and notified; attendees check in with the code; minutes and an action item are published;
 * the obligation shows the workshop as evidence; certificates download for attendees only.
 */
jest.setTimeout(60_000);

const START = '2026-12-10T08:30:00.000Z'; // 09:30 in Casablanca (UTC+1)
const END = '2026-12-10T15:00:00.000Z';

function binaryParser(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('workshops: a co-design session from invitation to evidence', () => {
  const clock = new ManualClock('2026-12-01T10:00:00Z');
  const config = testConfig({ PUBLIC_URL: 'https://jazari.test' });
  let api: NestFastifyApplication;
  let worker: NestFastifyApplication;
  let admin: pg.Client;
  let root: TestTenant;
  let lab: TestTenant;
  let instA: TestTenant;
  let instB: TestTenant;
  let outsider: TestTenant;
  const u = {} as Record<
    'labAdmin' | 'rootAdmin' | 'a1' | 'a2' | 'a3' | 'aManager' | 'b1' | 'b2' | 'outsider',
    TestUser
  >;
  const s = {} as Record<keyof typeof u, SignedIn>;
  let conventionId: string;
  let obligationId: string;
  let workshopId: string;

  const server = () => request(api.getHttpServer());
  const as = (who: keyof typeof u) => {
    const auth = { authorization: `Bearer ${s[who].accessToken}` };
    return {
      get: (p: string) => server().get(`/api/v1${p}`).set(auth),
      post: (p: string, body: object = {}) => server().post(`/api/v1${p}`).set(auth).send(body),
      put: (p: string, body: object) => server().put(`/api/v1${p}`).set(auth).send(body),
      patch: (p: string, body: object) => server().patch(`/api/v1${p}`).set(auth).send(body),
      delete: (p: string) => server().delete(`/api/v1${p}`).set(auth),
    };
  };
  const inbox = (user: TestUser, type: string) =>
    admin
      .query(`SELECT tenant_id FROM notification WHERE user_id = $1 AND event_type = $2`, [user.id, type])
      .then((r) => r.rows as { tenant_id: string }[]);

  beforeAll(async () => {
    admin = await adminClient();
    root = await ensureRootTenant(admin);
    lab = await createTenant(admin, 'partner');
    instA = await createTenant(admin, 'institute');
    instB = await createTenant(admin, 'institute');
    outsider = await createTenant(admin, 'institute');
    u.labAdmin = await createUser(admin, [{ tenant: lab, role: 'partner_admin' }], {
      displayName: 'Lab Admin',
    });
    u.rootAdmin = await createUser(admin, [{ tenant: root, role: 'network_admin' }]);
    u.a1 = await createUser(admin, [{ tenant: instA, role: 'researcher' }], { displayName: 'Amina A1' });
    u.a2 = await createUser(admin, [{ tenant: instA, role: 'researcher' }], { displayName: 'Anas A2' });
    u.a3 = await createUser(admin, [{ tenant: instA, role: 'researcher' }], { locale: 'en' });
    u.aManager = await createUser(admin, [{ tenant: instA, role: 'institute_manager' }]);
    u.b1 = await createUser(admin, [{ tenant: instB, role: 'researcher' }], { displayName: 'Badr B1' });
    u.b2 = await createUser(admin, [{ tenant: instB, role: 'researcher' }], { locale: 'ar' });
    u.outsider = await createUser(admin, [{ tenant: outsider, role: 'institute_manager' }]);

    // A convention owned by Root with the joint lab as a party, which owes a co-design session.
    conventionId = uuidv7();
    obligationId = uuidv7();
    const seq = Math.floor(Math.random() * 1e9);
    await admin.query(
      `INSERT INTO convention (tenant_id, id, reference, ref_year, ref_seq, title, type, status, created_by)
       VALUES ($1, $2, $3, 2026, $4, 'Joint AI lab', 'partnership', 'active', $5)`,
      [root.id, conventionId, `WS-2026-${seq}`, seq, u.rootAdmin.id],
    );
    await admin.query(
      `INSERT INTO convention_party (tenant_id, convention_id, party_tenant_id, role_label, position)
       VALUES ($1, $2, $1, 'hub', 0), ($1, $2, $3, 'partner', 1)`,
      [root.id, conventionId, lab.id],
    );
    await admin.query(
      `INSERT INTO obligation (tenant_id, id, convention_id, description, responsible_tenant_id, due_date)
       VALUES ($1, $2, $3, 'Run a co-design session with the institutes', $4, '2026-12-31')`,
      [root.id, obligationId, conventionId, lab.id],
    );

    api = await createApi(config, { clock });
    worker = await createWorker(config, { clock });
    for (const key of Object.keys(u) as (keyof typeof u)[]) {
      s[key] = await signIn(api, u[key].email, u[key].password);
    }
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await admin?.end();
  });

  const base = () => `/workshops/${workshopId}`;

  it('refuses bad input with problem+json 400 and writes nothing', async () => {
    const before = await admin.query(`SELECT count(*)::int AS n FROM workshop WHERE tenant_id = $1`, [
      lab.id,
    ]);
    for (const body of [
      { kind: 'co_design', startsAt: START, endsAt: END, venue: 'Lab' }, // no title
      { kind: 'party', title: 'x', startsAt: START, endsAt: END, venue: 'Lab' },
      { kind: 'co_design', title: 'x', startsAt: '10/12/2026 09:30', endsAt: END, venue: 'Lab' },
      { kind: 'co_design', title: 'x', startsAt: START, endsAt: END, venue: 'Lab', tenantId: lab.id },
      { kind: 'co_design', title: 'x', startsAt: END, endsAt: START, venue: 'Lab' },
      { kind: 'co_design', title: 'x', startsAt: START, endsAt: END }, // neither venue nor link
      { kind: 'co_design', title: 'x', startsAt: START, endsAt: END, venue: 'Lab', timeZone: 'Mars/Olympus' },
      { kind: 'co_design', title: 'x', startsAt: START, endsAt: END, venue: 'Lab', capacity: 0 },
    ]) {
      const res = await as('labAdmin').post('/workshops', body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.type).toBe('https://jazari.ma/problems/validation-failed');
    }
    const bad = await as('labAdmin').get('/workshops/not-a-uuid');
    expect(bad.status).toBe(400);
    const after = await admin.query(`SELECT count(*)::int AS n FROM workshop WHERE tenant_id = $1`, [lab.id]);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('lets the joint lab create a co-design session with Root, linked to its obligation', async () => {
    const res = await as('labAdmin').post('/workshops', {
      kind: 'co_design',
      title: 'Co-design: Darija speech assistant',
      description: 'Needs, prototypes, next steps',
      languages: ['fr', 'ar'],
      startsAt: START,
      endsAt: END,
      venue: 'Joint lab, Casablanca',
      capacity: 2,
      audience: 'listed',
      audienceTenantIds: [instA.id, instB.id],
      coOrganiserTenantIds: [root.id],
      obligation: { conventionId, obligationId },
    });
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    workshopId = res.body.id;
    expect(res.body).toMatchObject({
      status: 'draft',
      timeZone: 'Africa/Casablanca',
      organiser: { tenantId: lab.id },
      obligation: { tenantId: root.id, conventionId, obligationId, evidenceRecordedAt: null },
      canManage: true,
    });
    expect(res.body.checkInCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(res.body.participants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ tenantId: root.id, role: 'co_organiser' }),
        expect.objectContaining({ tenantId: instA.id, role: 'audience' }),
      ]),
    );
    // A draft: the audience does not see it yet; Root (co-organiser) does.
    expect((await as('a1').get(base())).status).toBe(404);
    expect((await as('rootAdmin').get(base())).status).toBe(200);

    // An obligation the caller may not mark met cannot be linked (institute A is no party: not found).
    const refused = await as('aManager').post('/workshops', {
      kind: 'seminar',
      title: 'x',
      startsAt: START,
      endsAt: END,
      venue: 'A',
      obligation: { conventionId, obligationId },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.type).toBe('https://jazari.ma/problems/invalid-reference');
  });

  it('lets the co-organiser (Root) set the agenda and publish; a stale If-Match is refused', async () => {
    const agenda = await as('rootAdmin').put(`${base()}/agenda`, {
      items: [
        {
          title: 'Welcome',
          startsAt: '2026-12-10T08:30:00Z',
          endsAt: '2026-12-10T09:00:00Z',
          speakerUserId: u.rootAdmin.id,
        },
        { title: 'Prototype walkthrough', speakerName: 'Dr. Guest' },
      ],
    });
    expect(agenda.status).toBe(200);
    expect(agenda.body.agenda.map((a: { title: string }) => a.title)).toEqual([
      'Welcome',
      'Prototype walkthrough',
    ]);
    expect(agenda.body.agenda[1].speakerName).toBe('Dr. Guest');
    const stale = await as('rootAdmin').post(`${base()}/publish`).set('if-match', '"1"');
    expect(stale.status).toBe(412);
    const published = await as('rootAdmin').post(`${base()}/publish`).set('if-match', agenda.headers.etag);
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    const again = await as('labAdmin').post(`${base()}/publish`);
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('https://jazari.ma/problems/illegal-transition');
  });

  it('registers two institutes’ members up to capacity, waitlists the rest, promotes on cancellation', async () => {
    expect((await as('a1').post(`${base()}/register`)).body.status).toBe('registered');
    expect((await as('b1').post(`${base()}/register`)).body.status).toBe('registered');
    expect((await as('a2').post(`${base()}/register`)).body.status).toBe('waitlisted');
    expect((await as('b2').post(`${base()}/register`)).body.status).toBe('waitlisted');
    const twice = await as('a1').post(`${base()}/register`);
    expect(twice.status).toBe(409);
    expect(twice.body.type).toBe('https://jazari.ma/problems/already-registered');
    expect(twice.body).toMatchObject({ status: 409, currentStatus: 'registered' });

    const cancelled = await as('a1').post(`${base()}/cancel-registration`);
    expect(cancelled.body.status).toBe('cancelled');
    const a2 = await as('a2').get(base());
    expect(a2.body.myRegistration.status).toBe('registered');
    expect(a2.body.seats).toEqual({ registered: 2, waitlisted: 1, left: 0 });
    expect(a2.body.checkInCode).toBeNull(); // the code is for organisers
    expect((await as('b2').get(base())).body.myRegistration).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 1,
    });

    // The promoted person is told, in their own tenant's inbox.
    const rows = await waitFor('the waitlist promotion notice', async () => {
      const r = await inbox(u.a2, 'workshops.waitlist_promoted');
      return r.length > 0 && r;
    });
    expect(rows).toEqual([{ tenant_id: instA.id }]);
    const list = await as('a2').get('/me/notifications');
    expect(list.status).toBe(200);
    await waitFor(
      'the confirmation of B1',
      async () => (await inbox(u.b1, 'workshops.registration_confirmed')).length > 0,
    );
  });

  it('invites a named person, who declines; the attendance list is for organisers', async () => {
    const invited = await as('labAdmin').post(`${base()}/invitations`, {
      invitees: [{ userId: u.a3.id, tenantId: instA.id }],
    });
    expect(invited.status).toBe(200);
    expect(invited.body.invited).toHaveLength(1);
    const notMember = await as('labAdmin').post(`${base()}/invitations`, {
      invitees: [{ userId: u.b1.id, tenantId: instA.id }],
    });
    expect(notMember.status).toBe(400);
    expect((await as('a3').post(`${base()}/invitation/decline`)).body.status).toBe('declined');
    expect((await as('a3').post(`${base()}/invitation/accept`)).status).toBe(409);
    await waitFor('the invitation notice', async () => (await inbox(u.a3, 'workshops.invited')).length > 0);

    const attendance = await as('rootAdmin').get(`${base()}/attendance`);
    expect(attendance.status).toBe(200);
    expect(attendance.body.counts).toEqual({ registered: 2, waitlisted: 1, checkedIn: 0, invited: 0 });
    expect(attendance.body.data.map((r: { name: string }) => r.name)).toEqual(
      expect.arrayContaining(['Badr B1', 'Anas A2']),
    );
  });

  it('refuses non-organisers who see the workshop with 403', async () => {
    for (const [method, path, body] of [
      ['patch', base(), { title: 'Mine now' }],
      ['put', `${base()}/agenda`, { items: [] }],
      ['post', `${base()}/cancel`, {}],
      ['get', `${base()}/attendance`, undefined],
      ['put', `${base()}/minutes`, { minutes: 'x' }],
      ['post', `${base()}/action-items`, { title: 'x' }],
    ] as const) {
      const client = as('aManager');
      const res = method === 'get' ? await client.get(path) : await client[method](path, body ?? {});
      expect({ path, method, status: res.status }).toEqual({ path, method, status: 403 });
      expect(res.body.type).toBe('https://jazari.ma/problems/workshop-read-only');
    }
  });

  it('sends the 24-hour reminder once per registration', async () => {
    clock.set('2026-12-09T10:00:00Z');
    const reminders = worker.get(WorkshopReminderService);
    expect(await reminders.sweep({ tenantIds: [lab.id] })).toEqual({ reminded: 2, failed: 0 });
    expect(await reminders.sweep({ tenantIds: [lab.id] })).toEqual({ reminded: 0, failed: 0 });
    await waitFor('the reminder', async () => (await inbox(u.b1, 'workshops.reminder')).length > 0);
  });

  it('checks attendees in with the code; wrong codes are counted', async () => {
    const code = (await as('labAdmin').get(base())).body.checkInCode as string;
    clock.set('2026-12-10T08:10:00Z');
    const wrong = await as('b1').post(`${base()}/check-in`, { code: 'AAAA2222' });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({
      type: 'https://jazari.ma/problems/wrong-check-in-code',
      attemptsLeft: 4,
    });
    const ok = await as('b1').post(`${base()}/check-in`, { code: code.toLowerCase() });
    expect(ok.status).toBe(200);
    expect(ok.body.checkedInAt).toBe('2026-12-10T08:10:00.000Z');
    const spaced = `${code.slice(0, 4)} ${code.slice(4)}`;
    expect((await as('a2').post(`${base()}/check-in`, { code: spaced })).status).toBe(200);
    const waitlisted = await as('b2').post(`${base()}/check-in`, { code });
    expect(waitlisted.status).toBe(409);
    expect(waitlisted.body.type).toBe('https://jazari.ma/problems/not-registered');
    const bad = await as('b1').post(`${base()}/check-in`, { code: '' });
    expect(bad.status).toBe(400);
  });

  it('holds the session: the obligation shows the workshop as its evidence', async () => {
    const early = await as('labAdmin').post(`${base()}/hold`);
    expect(early.status).toBe(409);
    expect(early.body.type).toBe('https://jazari.ma/problems/workshop-not-started');
    clock.set('2026-12-10T15:30:00Z');
    const held = await as('labAdmin').post(`${base()}/hold`);
    expect(held.status).toBe(200);
    expect(held.body.status).toBe('held');
    expect(held.body.obligation.evidenceRecordedAt).toBe('2026-12-10T15:30:00.000Z');

    const obligations = await as('rootAdmin').get(`/conventions/${conventionId}/obligations`);
    expect(obligations.status).toBe(200);
    expect(obligations.body.data[0]).toMatchObject({
      id: obligationId,
      status: 'met',
      evidence: { kind: 'workshop', tenantId: lab.id, id: workshopId },
    });
    const fromLab = await as('labAdmin').get(`/conventions/${conventionId}/obligations`);
    expect(fromLab.body.data[0].evidence.kind).toBe('workshop');
  });

  it('publishes minutes and an action item; the audience reads them once published', async () => {
    const minutes = await as('labAdmin').put(`${base()}/minutes`, {
      minutes: 'Needs gathered; two prototypes compared.',
      decisions: ['Pilot in two hospitals'],
    });
    expect(minutes.status).toBe(200);
    const item = await as('rootAdmin').post(`${base()}/action-items`, {
      title: 'Share the annotated corpus',
      assigneeUserId: u.rootAdmin.id,
      dueDate: '2027-01-15',
    });
    expect(item.status).toBe(201);
    expect(item.body).toMatchObject({
      status: 'open',
      dueDate: '2027-01-15',
      assigneeUserId: u.rootAdmin.id,
    });
    const badItem = await as('labAdmin').post(`${base()}/action-items`, {
      title: 'x',
      dueDate: '15/01/2027',
    });
    expect(badItem.status).toBe(400);

    const hidden = await as('b1').get(`${base()}/outcomes`);
    expect(hidden.body).toMatchObject({ minutes: null, actionItems: [] });

    expect((await as('labAdmin').post(`${base()}/minutes/publish`)).status).toBe(200);
    const updated = await as('labAdmin').patch(`${base()}/action-items/${item.body.id}`, {
      status: 'in_progress',
    });
    expect(updated.body.status).toBe('in_progress');
    const read = await as('b1').get(`${base()}/outcomes`);
    expect(read.body).toMatchObject({
      minutes: 'Needs gathered; two prototypes compared.',
      decisions: ['Pilot in two hospitals'],
      actionItems: [expect.objectContaining({ title: 'Share the annotated corpus', status: 'in_progress' })],
    });
    await waitFor(
      'the minutes notice',
      async () => (await inbox(u.a2, 'workshops.minutes_published')).length > 0,
    );
  });

  it('gives certificates to attendees only', async () => {
    const pdf = await as('b1').get(`${base()}/certificate.pdf`).buffer(true).parse(binaryParser);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await as('a2').get(`${base()}/certificate.pdf`)).status).toBe(200);
    for (const who of ['b2', 'a1', 'labAdmin'] as const) {
      const res = await as(who).get(`${base()}/certificate.pdf`);
      expect({ who, status: res.status }).toEqual({ who, status: 403 });
      expect(res.body.type).toBe('https://jazari.ma/problems/not-attended');
    }
    expect((await as('outsider').get(`${base()}/certificate.pdf`)).status).toBe(404);
  });

  it('writes an .ics that a standard parser reads, at the right local time', async () => {
    const res = await as('b1').get(`${base()}/calendar.ics`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(res.text));
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Africa/Casablanca');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Co-design: Darija speech assistant');
    expect(event.uid).toBe(`workshop-${workshopId}@jazari.ma`);
    const start = event.startDate.toJSDate();
    expect(start.toISOString()).toBe(START);
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Africa/Casablanca',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(start);
    expect(local).toBe('09:30');
  });

  it('serves a personal feed by its secret URL until it is revoked', async () => {
    const created = await as('b1').post('/me/workshop-feeds');
    expect(created.status).toBe(201);
    expect(created.body.url).toBe(`https://jazari.test/api/v1/workshop-feeds/${created.body.token}`);
    const stored = await admin.query(`SELECT token_hash FROM workshop_calendar_feed WHERE id = $1`, [
      created.body.id,
    ]);
    expect((stored.rows[0].token_hash as Buffer).toString('utf8')).not.toContain(created.body.token);
    const feed = await server().get(`/api/v1/workshop-feeds/${created.body.token}`);
    expect(feed.status).toBe(200);
    const events = new ICAL.Component(ICAL.parse(feed.text)).getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('summary'))).toContain(
      'Co-design: Darija speech assistant',
    );
    // Another tenant cannot revoke it.
    expect((await as('outsider').delete(`/me/workshop-feeds/${created.body.id}`)).status).toBe(404);
    const revoked = await as('b1').delete(`/me/workshop-feeds/${created.body.id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    const gone = await server().get(`/api/v1/workshop-feeds/${created.body.token}`);
    expect(gone.status).toBe(404);
    expect(gone.headers['content-type']).toContain('application/problem+json');
    expect((await server().get('/api/v1/workshop-feeds/not-a-token')).status).toBe(404);
  });

  it('answers 404 on every route to a tenant outside the audience, and changes nothing', async () => {
    const registration = (
      await admin.query(`SELECT id FROM workshop_registration WHERE workshop_id = $1 AND user_id = $2`, [
        workshopId,
        u.b1.id,
      ])
    ).rows[0].id as string;
    const itemId = (
      await admin.query(`SELECT id FROM workshop_action_item WHERE workshop_id = $1`, [workshopId])
    ).rows[0].id as string;
    const snapshot = () =>
      admin.query(
        `SELECT w.version, w.status, (SELECT count(*) FROM workshop_registration r WHERE r.workshop_id = w.id) AS r,
                (SELECT count(*) FROM workshop_action_item a WHERE a.workshop_id = w.id) AS a
           FROM workshop w WHERE w.id = $1`,
        [workshopId],
      );
    const before = (await snapshot()).rows;
    const routes: [string, string, object?][] = [
      ['get', base()],
      ['patch', base(), { title: 'x' }],
      ['put', `${base()}/agenda`, { items: [] }],
      ['post', `${base()}/publish`],
      ['post', `${base()}/hold`],
      ['post', `${base()}/cancel`],
      ['get', `${base()}/calendar.ics`],
      ['post', `${base()}/register`],
      ['post', `${base()}/cancel-registration`],
      ['post', `${base()}/invitations`, { invitees: [{ userId: u.outsider.id, tenantId: outsider.id }] }],
      ['post', `${base()}/invitation/accept`],
      ['post', `${base()}/invitation/decline`],
      ['post', `${base()}/check-in`, { code: 'ABCD2345' }],
      ['post', `${base()}/registrations/${registration}/check-in`],
      ['get', `${base()}/attendance`],
      ['get', `${base()}/certificate.pdf`],
      ['get', `${base()}/outcomes`],
      ['put', `${base()}/minutes`, { minutes: 'x' }],
      ['post', `${base()}/minutes/publish`],
      ['post', `${base()}/action-items`, { title: 'x' }],
      ['patch', `${base()}/action-items/${itemId}`, { status: 'done' }],
      ['post', `${base()}/deliverables`, { deliverableId: uuidv7() }],
    ];
    for (const [method, path, body] of routes) {
      const client = as('outsider');
      const res =
        method === 'get'
          ? await client.get(path)
          : await (client as unknown as Record<string, (p: string, b: object) => request.Test>)[method](
              path,
              body ?? {},
            );
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 404 });
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await as('outsider').get('/workshops')).body.data.map((w: { id: string }) => w.id)).not.toContain(
      workshopId,
    );
    expect((await as('rootAdmin').get('/workshops?limit=200')).status).toBe(200);
    expect((await snapshot()).rows).toEqual(before);
  });
});
