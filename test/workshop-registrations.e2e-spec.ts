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
} from '@jazari/testing';
import type pg from 'pg';
import request from 'supertest';

/**
 * Issue 8: the capacity holds under concurrency. The registering transaction locks the workshop row
 * (`SELECT … FOR UPDATE`), counts the seats taken, then registers or waitlists: 40 people registering at
 * once for 25 seats get exactly 25 seats and 15 waitlist places, and nobody is lost.
 */
jest.setTimeout(120_000);

describe('workshop registrations under concurrency', () => {
  // 40 people sign in from one address: lift the per-address sign-in throttle for this suite.
  const config = testConfig({ THROTTLE_LOGIN_ATTEMPTS_PER_IP: '1000', DATABASE_POOL_SIZE: '8' });
  let api: NestFastifyApplication;
  let admin: pg.Client;
  let organiser: TestTenant;
  let manager: SignedIn;
  const people: { id: string; session: SignedIn }[] = [];
  let workshopId: string;

  const counts = async () =>
    (
      await admin.query<{ status: string; n: number }>(
        `SELECT status, count(*)::int AS n FROM workshop_registration WHERE workshop_id = $1 GROUP BY status ORDER BY status`,
        [workshopId],
      )
    ).rows;

  beforeAll(async () => {
    admin = await adminClient();
    organiser = await createTenant(admin, 'institute');
    const others = [await createTenant(admin, 'institute'), await createTenant(admin, 'partner')];
    const m = await createUser(admin, [{ tenant: organiser, role: 'institute_manager' }]);
    api = await createApi(config);
    manager = await signIn(api, m.email, m.password);
    for (let i = 0; i < 40; i++) {
      const tenant = others[i % 2];
      const user = await createUser(admin, [
        { tenant, role: tenant.kind === 'partner' ? 'partner_member' : 'researcher' },
      ]);
      people.push({ id: user.id, session: await signIn(api, user.email, user.password) });
    }
    const start = new Date(Date.now() + 30 * 86_400_000);
    const created = await request(api.getHttpServer())
      .post('/api/v1/workshops')
      .auth(manager.accessToken, { type: 'bearer' })
      .send({
        kind: 'seminar',
        title: 'Seminar: foundation models in Arabic',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3 * 3600_000).toISOString(),
        venue: 'Amphi A',
        capacity: 25,
        audience: 'network',
      })
      .expect(201);
    workshopId = created.body.id;
    await request(api.getHttpServer())
      .post(`/api/v1/workshops/${workshopId}/publish`)
      .auth(manager.accessToken, { type: 'bearer' })
      .expect(200);
  });
  afterAll(async () => {
    await api?.close();
    await admin?.end();
  });

  it('gives 25 seats and 15 waitlist places to 40 concurrent registrations, losing none', async () => {
    const responses = await Promise.all(
      people.map((p) =>
        request(api.getHttpServer())
          .post(`/api/v1/workshops/${workshopId}/register`)
          .auth(p.session.accessToken, { type: 'bearer' }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(40).fill(200));
    const statuses = responses.map((r) => r.body.status as string);
    expect(statuses.filter((s) => s === 'registered')).toHaveLength(25);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(15);
    expect(await counts()).toEqual([
      { status: 'registered', n: 25 },
      { status: 'waitlisted', n: 15 },
    ]);
    const distinct = await admin.query(
      `SELECT count(DISTINCT user_id)::int AS n FROM workshop_registration WHERE workshop_id = $1`,
      [workshopId],
    );
    expect(distinct.rows[0].n).toBe(40);
  });

  it('promotes exactly one waitlisted person per seat freed, even when cancellations race', async () => {
    const ids = async (status: string) =>
      (
        await admin.query<{ user_id: string }>(
          `SELECT user_id FROM workshop_registration WHERE workshop_id = $1 AND status = $2 ORDER BY queued_at, id`,
          [workshopId, status],
        )
      ).rows.map((r) => r.user_id);
    const seated = await ids('registered');
    const firstWaiting = (await ids('waitlisted')).slice(0, 5);
    const leaving = people.filter((p) => seated.includes(p.id)).slice(0, 5);
    expect(leaving).toHaveLength(5);
    const responses = await Promise.all(
      leaving.map((p) =>
        request(api.getHttpServer())
          .post(`/api/v1/workshops/${workshopId}/cancel-registration`)
          .auth(p.session.accessToken, { type: 'bearer' }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(5).fill(200));
    expect(await counts()).toEqual([
      { status: 'cancelled', n: 5 },
      { status: 'registered', n: 25 },
      { status: 'waitlisted', n: 10 },
    ]);
    // The first five who waited are the ones promoted (first come, first promoted).
    const nowSeated = await ids('registered');
    expect(firstWaiting.every((id) => nowSeated.includes(id))).toBe(true);
    const outbox = await admin.query(
      `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'workshops.waitlist_promoted' AND payload->>'workshopId' = $1`,
      [workshopId],
    );
    expect(outbox.rows[0].n).toBe(5);
  });

  it('tells each person seats left and their place on the waitlist, in the workshop and in the list', async () => {
    const waiting = (
      await admin.query<{ user_id: string }>(
        `SELECT user_id FROM workshop_registration WHERE workshop_id = $1 AND status = 'waitlisted' ORDER BY queued_at, id`,
        [workshopId],
      )
    ).rows.map((r) => r.user_id);
    expect(waiting).toHaveLength(10);
    const third = people.find((p) => p.id === waiting[2])!;
    const get = (who: SignedIn, path: string) =>
      request(api.getHttpServer())
        .get(`/api/v1${path}`)
        .auth(who.accessToken, { type: 'bearer' })
        .expect(200);

    const one = await get(third.session, `/workshops/${workshopId}`);
    expect(one.body.seats).toEqual({ registered: 25, waitlisted: 10, left: 0 });
    expect(one.body.myRegistration).toMatchObject({ status: 'waitlisted', waitlistPosition: 3 });

    const upcoming = await get(third.session, '/workshops?when=upcoming');
    const row = upcoming.body.data.find((w: { id: string }) => w.id === workshopId);
    expect(row).toMatchObject({
      seats: { registered: 25, waitlisted: 10, left: 0 },
      myRegistration: { status: 'waitlisted', waitlistPosition: 3 },
      canManage: false,
    });
    expect((await get(third.session, '/workshops?when=past')).body.data).toEqual([]);

    // The first on the waitlist leaves: everyone behind moves up one place.
    const first = people.find((p) => p.id === waiting[0])!;
    await request(api.getHttpServer())
      .post(`/api/v1/workshops/${workshopId}/cancel-registration`)
      .auth(first.session.accessToken, { type: 'bearer' })
      .expect(200);
    const after = await get(third.session, `/workshops/${workshopId}`);
    expect(after.body.myRegistration).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
    expect(after.body.seats).toEqual({ registered: 25, waitlisted: 9, left: 0 });
    // A seated person has no waitlist place; the organiser sees the same seats and may manage.
    const seated = await get(manager, '/workshops?when=upcoming');
    expect(seated.body.data.find((w: { id: string }) => w.id === workshopId)).toMatchObject({
      seats: { registered: 25, waitlisted: 9, left: 0 },
      myRegistration: null,
      canManage: true,
    });
  });
});
