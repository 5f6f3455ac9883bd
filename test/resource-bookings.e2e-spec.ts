import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { ManualClock } from '@jazari/config';
import { uuidv7 } from '@jazari/database';
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
import ICAL from 'ical.js';
import type pg from 'pg';
import request from 'supertest';

/**
 * Bookings never collide: the database's exclusion constraint decides between concurrent requests for
 * one slot (exactly one commits), cancelling frees the slot, and the resource's iCalendar feed parses.
 * The API's clock stands in January 2032, so no other suite's sweep touches these allocations.
 */
jest.setTimeout(60_000);

describe('resource bookings', () => {
  const clock = new ManualClock('2032-01-05T10:00:00Z');
  const config = testConfig();
  let api: NestFastifyApplication;
  let admin: pg.Client;
  let a: TestTenant;
  let b: TestTenant;
  let c: TestTenant;
  let people: Record<'aManager' | 'bResearcher' | 'bColleague' | 'bManager' | 'cManager', TestUser>;
  let s: Record<keyof typeof people, SignedIn>;
  let lab: string;
  let instrument: string;

  const http = () => request(api.getHttpServer());
  const as = (session: SignedIn) => {
    const auth = { authorization: `Bearer ${session.accessToken}` };
    return {
      get: (p: string) => http().get(`/api/v1${p}`).set(auth),
      post: (p: string, body: object = {}) => http().post(`/api/v1${p}`).set(auth).send(body),
    };
  };
  const at = (day: string, hour: number, minute = 0) =>
    new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);
  const book = (session: SignedIn, resource: string, start: Date, end: Date, extra: object = {}) =>
    as(session).post(`/resources/${resource}/bookings`, {
      startsAt: start.toISOString(),
      endsAt: end.toISOString(),
      ...extra,
    });
  const live = async (resource: string) =>
    (
      await admin.query<{ id: string; lower: Date; upper: Date }>(
        `SELECT id, lower(during), upper(during) FROM resource_booking
          WHERE resource_id = $1 AND status = 'confirmed' ORDER BY lower(during)`,
        [resource],
      )
    ).rows;

  beforeAll(async () => {
    admin = await adminClient();
    a = await createTenant(admin, 'institute');
    b = await createTenant(admin, 'institute');
    c = await createTenant(admin, 'institute');
    people = {
      aManager: await createUser(admin, [{ tenant: a, role: 'institute_manager' }]),
      bResearcher: await createUser(admin, [{ tenant: b, role: 'researcher' }]),
      bColleague: await createUser(admin, [{ tenant: b, role: 'researcher' }]),
      bManager: await createUser(admin, [{ tenant: b, role: 'institute_manager' }]),
      cManager: await createUser(admin, [{ tenant: c, role: 'institute_manager' }]),
    };
    api = await createApi(config, { clock });
    s = Object.fromEntries(
      await Promise.all(
        Object.entries(people).map(async ([k, u]) => [k, await signIn(api, u.email, u.password)] as const),
      ),
    ) as typeof s;
    const publish = async (body: object) =>
      (
        await as(s.aManager)
          .post('/resources', {
            unit: 'slot',
            capacity: '200',
            period: 'month',
            visibility: 'listed',
            visibleTo: [b.id],
            bookable: true,
            ...body,
          })
          .expect(201)
      ).body.id as string;
    lab = await publish({ kind: 'lab', name: 'Robotics lab', directBooking: true });
    instrument = await publish({ kind: 'equipment', name: 'Cryo-EM microscope' });
  });
  afterAll(async () => {
    await api?.close();
    await admin?.end();
  });

  it('lets exactly one of 50 concurrent overlapping requests book the lab; the rest get 409', async () => {
    const day = '2032-01-12';
    // Each slot is an hour starting i minutes after 08:00: every two of them overlap.
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => book(s.bResearcher, lab, at(day, 8, i), at(day, 9, i))),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((x) => x === 201)).toHaveLength(1);
    expect(statuses.filter((x) => x === 409)).toHaveLength(49);
    for (const r of responses.filter((x) => x.status === 409)) {
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.body.type).toBe('https://jazari.ma/problems/slot-taken');
    }
    const winner = responses.find((r) => r.status === 201)!.body;
    expect(await live(lab)).toEqual([
      { id: winner.id, lower: new Date(winner.startsAt), upper: new Date(winner.endsAt) },
    ]);
    const rows = await admin.query(`SELECT count(*)::int AS n FROM resource_booking WHERE resource_id = $1`, [
      lab,
    ]);
    expect(rows.rows[0].n).toBe(1);
    // The row is the owner's; the booker's tenant is recorded on it.
    const owner = await admin.query(
      `SELECT tenant_id, booker_tenant_id FROM resource_booking WHERE id = $1`,
      [winner.id],
    );
    expect(owner.rows[0]).toEqual({ tenant_id: a.id, booker_tenant_id: b.id });

    // Back to back is not an overlap: ranges are [start, end).
    await book(
      s.bResearcher,
      lab,
      new Date(winner.endsAt),
      new Date(new Date(winner.endsAt).getTime() + 3_600_000),
    ).expect(201);
  });

  it('frees the slot when the booking is cancelled; only the booker, their managers or the owner cancel', async () => {
    const day = '2032-01-13';
    const first = (
      await book(s.bResearcher, lab, at(day, 14), at(day, 16), { note: 'Arm calibration' }).expect(201)
    ).body;
    await book(s.bColleague, lab, at(day, 15), at(day, 17)).expect(409);

    const cancel = (session: SignedIn, id: string) =>
      as(session).post(`/resources/${lab}/bookings/${id}/cancel`);
    const colleague = await cancel(s.bColleague, first.id).expect(403);
    expect(colleague.body.type).toBe('https://jazari.ma/problems/resource-read-only');
    await cancel(s.cManager, first.id).expect(404);
    await cancel(s.bResearcher, uuidv7()).expect(404);
    const cancelled = await cancel(s.bResearcher, first.id).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
    expect((await cancel(s.bResearcher, first.id).expect(409)).body.type).toBe(
      'https://jazari.ma/problems/illegal-transition',
    );

    // The slot is free again.
    const second = (await book(s.bColleague, lab, at(day, 15), at(day, 17)).expect(201)).body;
    // The owner's managers cancel anyone's booking, and the booker's managers theirs.
    const third = (await book(s.bResearcher, lab, at(day, 18), at(day, 19)).expect(201)).body;
    await cancel(s.aManager, second.id).expect(200);
    await cancel(s.bManager, third.id).expect(200);
    const listed = await as(s.bResearcher)
      .get(`/resources/${lab}/bookings?from=2032-01-13T00:00:00Z&to=2032-01-14T00:00:00Z`)
      .expect(200);
    expect(listed.body).toEqual({ data: [], nextCursor: null });
    const all = await as(s.bResearcher)
      .get(
        `/resources/${lab}/bookings?from=2032-01-13T00:00:00Z&to=2032-01-14T00:00:00Z&includeCancelled=true`,
      )
      .expect(200);
    expect(all.body.data.map((x: { status: string }) => x.status)).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    expect(all.body.nextCursor).toBeNull();

    // Like every list, in cursor pages: one at a time, in start order, the last page says there is no more.
    const window = 'from=2032-01-13T00:00:00Z&to=2032-01-14T00:00:00Z&includeCancelled=true';
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `${window}&limit=1${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await as(s.bResearcher).get(`/resources/${lab}/bookings?${query}`).expect(200);
      expect(page.body.data).toHaveLength(1);
      seen.push(page.body.data[0].id as string);
      cursor = page.body.nextCursor as string | null;
    } while (cursor);
    expect(seen).toEqual(all.body.data.map((x: { id: string }) => x.id));
    const badCursor = await as(s.bResearcher).get(`/resources/${lab}/bookings?cursor=nope`).expect(400);
    expect(badCursor.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'cursor' })]),
    );
  });

  it('books an instrument only inside an approved allocation of the booker’s tenant', async () => {
    const day = '2032-01-20';
    const refused = await book(s.bResearcher, instrument, at(day, 9), at(day, 10)).expect(409);
    expect(refused.body.type).toBe('https://jazari.ma/problems/allocation-required');

    const projectId = uuidv7();
    await admin.query(
      `INSERT INTO project (tenant_id, id, type, title, lead_user_id, created_by)
       VALUES ($1, $2, 'startup_support', 'Cryo project', $3, $3)`,
      [b.id, projectId, people.bResearcher.id],
    );
    const allocation = (
      await as(s.bResearcher)
        .post(`/resources/${instrument}/allocations`, {
          projectId,
          quantity: '5',
          startsOn: '2032-01-19',
          endsOn: '2032-01-23',
          justification: 'Protein structures',
          acceptTermsVersion: 1,
        })
        .expect(201)
    ).body.id as string;
    // Pending: not yet bookable within.
    await book(s.bResearcher, instrument, at(day, 9), at(day, 10), { allocationId: allocation }).expect(400);
    await as(s.aManager).post(`/allocations/${allocation}/approve`, {}).expect(200);
    await book(s.bResearcher, instrument, at(day, 9), at(day, 10), { allocationId: allocation }).expect(201);
    const outside = await book(s.bResearcher, instrument, at('2032-01-25', 9), at('2032-01-25', 10), {
      allocationId: allocation,
    }).expect(409);
    expect(outside.body).toMatchObject({
      type: 'https://jazari.ma/problems/outside-allocation',
      startsOn: '2032-01-19',
      endsOn: '2032-01-23',
    });
    // Revoking the allocation gives its slots back.
    await as(s.aManager)
      .post(`/allocations/${allocation}/revoke`, { reason: 'Instrument recalled' })
      .expect(200);
    expect(await live(instrument)).toEqual([]);
    await book(s.bResearcher, instrument, at(day, 9), at(day, 10), { allocationId: allocation }).expect(400);
    // Another tenant's allocation is not one to book in.
    await book(s.cManager, instrument, at(day, 11), at(day, 12), { allocationId: allocation }).expect(404);
  });

  it('refuses bad slots with 400 problems and nothing written', async () => {
    const before = (
      await admin.query(`SELECT count(*)::int AS n FROM resource_booking WHERE tenant_id = $1`, [a.id])
    ).rows[0].n;
    for (const body of [
      { startsAt: '2032-01-14T10:00:00Z', endsAt: '2032-01-14T09:00:00Z' },
      { startsAt: '2032-01-14T10:00:00Z', endsAt: '2032-01-14T10:00:00Z' },
      { startsAt: 'tomorrow', endsAt: '2032-01-14T10:00:00Z' },
      { startsAt: '2032-01-14T10:00:00Z', endsAt: '2032-03-14T10:00:00Z' },
      { startsAt: '2031-12-14T10:00:00Z', endsAt: '2031-12-14T11:00:00Z' },
      { startsAt: '2032-01-14T10:00:00Z', endsAt: '2032-01-14T11:00:00Z', tenantId: a.id },
    ]) {
      const res = await as(s.bResearcher).post(`/resources/${lab}/bookings`, body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const after = (
      await admin.query(`SELECT count(*)::int AS n FROM resource_booking WHERE tenant_id = $1`, [a.id])
    ).rows[0].n;
    expect(after).toBe(before);
  });

  it('serves the bookings as an iCalendar feed that ical.js parses', async () => {
    const res = await as(s.bResearcher).get(`/resources/${lab}/calendar.ics`).expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(res.text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Robotics lab');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const bookings = await admin.query<{ id: string; lower: Date; upper: Date; status: string }>(
      `SELECT id, lower(during), upper(during), status FROM resource_booking WHERE resource_id = $1 ORDER BY lower(during), id`,
      [lab],
    );
    expect(events).toHaveLength(bookings.rows.length);
    for (const row of bookings.rows) {
      const event = events.find((e) => e.uid === `booking-${row.id}@jazari.ma`)!;
      expect(event).toBeDefined();
      expect(event.startDate.toJSDate().getTime()).toBe(row.lower.getTime());
      expect(event.endDate.toJSDate().getTime()).toBe(row.upper.getTime());
      expect(event.component.getFirstPropertyValue('status')).toBe(
        row.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
      );
      expect(event.summary).toContain('Robotics lab');
    }
    await as(s.cManager).get(`/resources/${lab}/calendar.ics`).expect(404);
  });
});
