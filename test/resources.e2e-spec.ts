import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { ManualClock } from '@jazari/config';
import { uuidv7 } from '@jazari/database';
import { ResourceSweepService } from '@jazari/resources';
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
import { JobSchedulerHost, jobDefinition, QueueProducer, type QueueName } from '@jazari/queue';
import { createWorker } from '@jazari/worker';
import type pg from 'pg';
import request from 'supertest';

/**
 * Issue 7's acceptance: institute A publishes a GPU pool with a fair share; institute B asks GPU-hours
 * for a project, A approves part, B's system records usage with an API key, B reads its balance and gets
 * the 80% notice; a request over the threshold waits for Root; approvals beyond capacity or share are 409
 * with the figures; a tenant outside the resource's visibility gets 404 on every route; expiry.
 *
 * Time is a ManualClock in March 2031 (API and worker): other suites' sweeps, on today's clock, never
 * touch these allocations, and this suite's sweeps only act on allocations of 2031 and earlier.
 */
jest.setTimeout(60_000);

/**
 * Waits for the first run of every schedule the worker upserted (they run at boot, over every tenant, on
 * the boot clock; tests boot workers with none unless JOB_SCHEDULES names some).
 */
async function bootSchedulesDone(worker: NestFastifyApplication): Promise<void> {
  const perQueue = new Map<QueueName, number>();
  for (const schedule of worker.get(JobSchedulerHost).schedules()) {
    const queue = jobDefinition(schedule.job).queue;
    perQueue.set(queue, (perQueue.get(queue) ?? 0) + 1);
  }
  const producer = worker.get(QueueProducer);
  for (const [queue, count] of perQueue) {
    await waitFor(
      `the boot runs on ${queue}`,
      async () => {
        const counts = await producer.queue(queue).getJobCounts('completed', 'failed', 'waiting', 'active');
        return counts.completed + counts.failed >= count && counts.waiting + counts.active === 0;
      },
      20_000,
    );
  }
}

describe('shared resources: catalogue, allocations, quotas, usage, expiry', () => {
  // Boots on today's clock (the boot sweeps run over every tenant), then moves to March 2031.
  const clock = new ManualClock();
  const config = testConfig();
  let api: NestFastifyApplication;
  let worker: NestFastifyApplication;
  let admin: pg.Client;
  let a: TestTenant;
  let b: TestTenant;
  let c: TestTenant;
  let people: Record<'aManager' | 'aResearcher' | 'bManager' | 'bResearcher' | 'cManager' | 'root', TestUser>;
  let s: Record<keyof typeof people, SignedIn>;
  let bProject: string;
  let aProject: string;
  let gpu: string;

  const http = () => request(api.getHttpServer());
  const as = (session: SignedIn | string) => {
    const auth = { authorization: `Bearer ${typeof session === 'string' ? session : session.accessToken}` };
    return {
      get: (p: string) => http().get(`/api/v1${p}`).set(auth),
      post: (p: string, body: object = {}) => http().post(`/api/v1${p}`).set(auth).send(body),
      put: (p: string, body: object) => http().put(`/api/v1${p}`).set(auth).send(body),
      patch: (p: string, body: object, ifMatch?: string) => {
        const req = http().patch(`/api/v1${p}`).set(auth);
        return (ifMatch ? req.set('if-match', ifMatch) : req).send(body);
      },
    };
  };
  const project = async (tenant: TestTenant, lead: TestUser): Promise<string> => {
    const id = uuidv7();
    await admin.query(
      `INSERT INTO project (tenant_id, id, type, title, lead_user_id, created_by)
       VALUES ($1, $2, 'startup_support', 'GPU project', $3, $3)`,
      [tenant.id, id, lead.id],
    );
    return id;
  };
  const requestGpu = (session: SignedIn, projectId: string, quantity: string, extra: object = {}) =>
    as(session).post(`/resources/${gpu}/allocations`, {
      projectId,
      quantity,
      startsOn: '2031-03-10',
      endsOn: '2031-03-31',
      justification: 'Training a Darija speech model',
      acceptTermsVersion: 1,
      ...extra,
    });
  const inbox = async (user: TestUser, eventType: string) =>
    (
      await admin.query<{ title: Record<string, string>; link: string }>(
        `SELECT title, link FROM notification WHERE user_id = $1 AND event_type = $2 ORDER BY id`,
        [user.id, eventType],
      )
    ).rows;

  beforeAll(async () => {
    admin = await adminClient();
    const root = await ensureRootTenant(admin);
    a = await createTenant(admin, 'institute');
    b = await createTenant(admin, 'institute');
    c = await createTenant(admin, 'institute');
    people = {
      aManager: await createUser(admin, [{ tenant: a, role: 'institute_manager' }]),
      aResearcher: await createUser(admin, [{ tenant: a, role: 'researcher' }]),
      bManager: await createUser(admin, [{ tenant: b, role: 'institute_manager' }]),
      bResearcher: await createUser(admin, [{ tenant: b, role: 'researcher' }], { locale: 'en' }),
      cManager: await createUser(admin, [{ tenant: c, role: 'institute_manager' }]),
      root: await createUser(admin, [{ tenant: root, role: 'network_admin' }]),
    };
    api = await createApi(config, { clock });
    worker = await createWorker(config, { clock });
    await bootSchedulesDone(worker);
    clock.set('2031-03-10T10:00:00Z');
    s = Object.fromEntries(
      await Promise.all(
        Object.entries(people).map(async ([k, u]) => [k, await signIn(api, u.email, u.password)] as const),
      ),
    ) as typeof s;
    bProject = await project(b, people.bResearcher);
    aProject = await project(a, people.aResearcher);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await admin?.end();
  });

  it('publishes a GPU pool with a fair share; validation and permissions say no with problems', async () => {
    const before = await admin.query(`SELECT count(*)::int AS n FROM resource WHERE tenant_id = $1`, [a.id]);
    for (const body of [
      { kind: 'spaceship', name: 'x', unit: 'gpu_hour', capacity: '10', period: 'month' },
      { kind: 'compute', name: 'x', unit: 'gpu_hour', capacity: '1e3', period: 'month' },
      { kind: 'compute', name: 'x', unit: 'gpu_hour', capacity: '10', period: 'month', tenantId: b.id },
      { kind: 'compute', name: ' ', unit: 'gpu_hour', capacity: '10', period: 'fortnight' },
      { kind: 'compute', name: 'x', unit: 'gpu_hour', capacity: '10', period: 'month', directBooking: true },
      { kind: 'compute', name: 'x', unit: 'gpu_hour', capacity: '0', period: 'month' },
      {
        kind: 'compute',
        name: 'x',
        unit: 'gpu_hour',
        capacity: '10',
        period: 'month',
        visibleTo: [uuidv7()],
        visibility: 'listed',
      },
    ]) {
      const res = await as(s.aManager).post('/resources', body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.type).toBe('https://jazari.ma/problems/validation-failed');
    }
    await as(s.aResearcher)
      .post('/resources', { kind: 'compute', name: 'x', unit: 'gpu_hour', capacity: '10', period: 'month' })
      .expect(403);
    const after = await admin.query(`SELECT count(*)::int AS n FROM resource WHERE tenant_id = $1`, [a.id]);
    expect(after.rows[0].n).toBe(before.rows[0].n);

    const created = await as(s.aManager)
      .post('/resources', {
        kind: 'compute',
        name: 'Pool GPU — 8 × H100',
        description: 'Nœuds de calcul partagés',
        unit: 'gpu_hour',
        capacity: '1000',
        period: 'month',
        visibility: 'listed',
        visibleTo: [b.id],
        terms: 'Research use only; acknowledge the institute.',
        defaultShare: '600',
        largeRequestThreshold: '300',
      })
      .expect(201);
    gpu = created.body.id;
    expect(created.headers.etag).toBe('"1"');
    expect(created.body).toMatchObject({
      ownerTenantId: a.id,
      capacity: '1000',
      defaultShare: '600',
      termsVersion: 1,
      visibleTo: [b.id],
      regionCode: 'MA-06',
      status: 'available',
    });

    // B sees it in its catalogue (search folds accents), C does not.
    const listed = await as(s.bResearcher).get('/resources?kind=compute&q=noeuds').expect(200);
    expect(listed.body.data.map((r: { id: string }) => r.id)).toContain(gpu);
    expect(listed.body.data[0]).toMatchObject({ visibleTo: [] });
    const outside = await as(s.cManager).get(`/resources?owner=${a.id}`).expect(200);
    expect(outside.body.data).toEqual([]);

    // Editing needs If-Match; B (a viewer) may not edit.
    await as(s.aManager).patch(`/resources/${gpu}`, { name: 'Pool GPU' }).expect(428);
    await as(s.aManager).patch(`/resources/${gpu}`, { name: 'Pool GPU' }, '"7"').expect(412);
    const denied = await as(s.bManager).patch(`/resources/${gpu}`, { name: 'Mine' }, '"1"').expect(403);
    expect(denied.body.type).toBe('https://jazari.ma/problems/resource-read-only');
    const edited = await as(s.aManager)
      .patch(`/resources/${gpu}`, { name: 'Pool GPU — H100' }, '"1"')
      .expect(200);
    expect(edited.headers.etag).toBe('"2"');
    expect(edited.body.termsVersion).toBe(1);
  });

  let first: string;
  it('B asks GPU-hours for its project; A approves part; B’s system records usage with an API key', async () => {
    const wrongTerms = await requestGpu(s.bResearcher, bProject, '250', { acceptTermsVersion: 2 }).expect(
      409,
    );
    expect(wrongTerms.body).toMatchObject({
      type: 'https://jazari.ma/problems/terms-not-accepted',
      termsVersion: 1,
    });
    const notMine = await requestGpu(s.bResearcher, aProject, '250').expect(400);
    expect(notMine.body.errors[0].field).toBe('projectId');
    const badDates = await requestGpu(s.bResearcher, bProject, '250', { endsOn: '2031-04-02' }).expect(400);
    expect(badDates.body.errors[0].field).toBe('endsOn');
    await requestGpu(s.bResearcher, bProject, '-3').expect(400);

    const asked = await requestGpu(s.bResearcher, bProject, '250').expect(201);
    first = asked.body.id;
    expect(asked.body).toMatchObject({
      status: 'pending',
      quantityRequested: '250',
      quantityApproved: null,
      ownerTenantId: a.id,
      requesterTenantId: b.id,
      periodStart: '2031-03-01',
      allowedActions: ['withdraw'],
    });
    // The row is A's; B reads it through the requester policy. A's managers are told.
    const row = await admin.query(`SELECT tenant_id FROM resource_allocation WHERE id = $1`, [first]);
    expect(row.rows[0].tenant_id).toBe(a.id);
    await waitFor(
      'the request notice',
      async () => (await inbox(people.aManager, 'resources.allocation_requested')).length === 1,
    );

    // B cannot decide its own request; A's researcher lacks the permission.
    await as(s.bManager).post(`/allocations/${first}/approve`, {}).expect(403);
    await as(s.aResearcher).post(`/allocations/${first}/approve`, {}).expect(403);
    await as(s.aManager).post(`/allocations/${first}/approve`, { quantity: '251' }).expect(400);

    const approved = await as(s.aManager)
      .post(`/allocations/${first}/approve`, { quantity: '200' })
      .expect(200);
    expect(approved.body).toMatchObject({ status: 'active', quantityApproved: '200', remaining: '200' });
    const again = await as(s.aManager).post(`/allocations/${first}/approve`, {}).expect(409);
    expect(again.body).toMatchObject({
      type: 'https://jazari.ma/problems/illegal-transition',
      currentStatus: 'active',
    });
    await waitFor(
      'the decision notice',
      async () => (await inbox(people.bResearcher, 'resources.allocation_decided')).length === 1,
    );

    const key = await as(s.bManager)
      .post('/api-keys', {
        name: 'B cluster accounting',
        permissions: ['resources.usage.record', 'resources.read'],
      })
      .expect(201);
    const system = key.body.key as string;
    await as(system).post(`/allocations/${first}/usage`, { quantity: '0' }).expect(400);
    const one = await as(system)
      .post(`/allocations/${first}/usage`, { quantity: '100', note: 'job 1' })
      .expect(201);
    expect(one.body).toMatchObject({
      used: '100',
      remaining: '100',
      utilisationPercent: 50,
      thresholdsReached: [],
    });
    // Five records at once crossing 80%: the notice goes out once.
    const results = await Promise.all(
      ['13', '13', '13', '13', '13'].map((q) =>
        as(system).post(`/allocations/${first}/usage`, { quantity: q }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(results.flatMap((r) => r.body.thresholdsReached)).toEqual([80]);
    const over = await as(system).post(`/allocations/${first}/usage`, { quantity: '40' }).expect(409);
    expect(over.body).toMatchObject({
      type: 'https://jazari.ma/problems/allocation-exhausted',
      remaining: '35',
    });
    // C's key-less manager cannot even see it.
    await as(s.cManager).post(`/allocations/${first}/usage`, { quantity: '1' }).expect(404);

    // B sees its balance, on the allocation and per resource and period.
    const mine = await as(s.bResearcher).get(`/allocations/${first}`).expect(200);
    expect(mine.body).toMatchObject({ quantityUsed: '165', remaining: '35', utilisationPercent: 82.5 });
    const balances = await as(s.bResearcher).get('/allocations/balances').expect(200);
    expect(balances.body.nextCursor).toBeNull();
    expect(balances.body.data).toContainEqual(
      expect.objectContaining({
        resourceId: gpu,
        periodStart: '2031-03-01',
        approved: '200',
        used: '165',
        remaining: '35',
      }),
    );
    const usageRows = await admin.query(
      `SELECT tenant_id, recorded_by_tenant_id, recorded_by_api_key_id FROM resource_usage WHERE allocation_id = $1`,
      [first],
    );
    expect(usageRows.rows).toHaveLength(6);
    expect(
      usageRows.rows.every(
        (r) =>
          r.tenant_id === a.id &&
          r.recorded_by_tenant_id === b.id &&
          r.recorded_by_api_key_id === key.body.id,
      ),
    ).toBe(true);

    // …and gets the 80% notice, once, in its inbox.
    await waitFor(
      'the 80% notice',
      async () => (await inbox(people.bResearcher, 'resources.usage_threshold')).length >= 1,
    );
    const notices = await inbox(people.bResearcher, 'resources.usage_threshold');
    expect(notices).toHaveLength(1);
    expect(notices[0].title.en).toBe('80% used: Pool GPU — H100');
    const listed = await as(s.bResearcher).get('/me/notifications').expect(200);
    expect(JSON.stringify(listed.body)).toContain('80');
  });

  let large: string;
  it('a request over the threshold waits for Root after the owner agrees', async () => {
    large = (await requestGpu(s.bResearcher, bProject, '350').expect(201)).body.id;
    expect((await as(s.bResearcher).get(`/allocations/${large}`).expect(200)).body.needsRoot).toBe(true);
    const agreed = await as(s.aManager).post(`/allocations/${large}/approve`, {}).expect(200);
    expect(agreed.body).toMatchObject({
      status: 'awaiting_root',
      quantityApproved: '350',
      allowedActions: [],
    });
    // A cannot finish it; Root sees it in its queue and approves.
    await as(s.aManager).post(`/allocations/${large}/approve`, {}).expect(403);
    const queue = await as(s.root).get('/allocations?view=awaiting-root').expect(200);
    expect(queue.body.data.map((x: { id: string }) => x.id)).toContain(large);
    await as(s.aManager).get('/allocations?view=awaiting-root').expect(403);
    await waitFor(
      'Root is told',
      async () => (await inbox(people.root, 'resources.allocation_requested')).length >= 1,
    );
    const done = await as(s.root).post(`/allocations/${large}/approve`, {}).expect(200);
    expect(done.body).toMatchObject({ status: 'active', quantityApproved: '350' });
    expect(done.body.rootDecidedAt).not.toBeNull();
  });

  it('refuses approvals beyond the tenant’s share or the remaining capacity with the figures, race-free', async () => {
    // B holds 200 + 350 of its 600 share this month.
    const more = (await requestGpu(s.bResearcher, bProject, '100').expect(201)).body.id;
    const share = await as(s.aManager).post(`/allocations/${more}/approve`, {}).expect(409);
    expect(share.body).toMatchObject({
      type: 'https://jazari.ma/problems/share-exceeded',
      share: '600',
      allocated: '550',
      remaining: '50',
      requested: '100',
      unit: 'gpu_hour',
      periodStart: '2031-03-01',
    });
    expect(
      (await as(s.aManager).post(`/allocations/${more}/approve`, { quantity: '50' }).expect(200)).body.status,
    ).toBe('active');

    // 600 of 1000 are taken; A asks twice 250 for itself: each fits alone, not both.
    const x = (await requestGpu(s.aResearcher, aProject, '250').expect(201)).body.id;
    const y = (await requestGpu(s.aResearcher, aProject, '250').expect(201)).body.id;
    const both = await Promise.all([x, y].map((id) => as(s.aManager).post(`/allocations/${id}/approve`, {})));
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const refused = both.find((r) => r.status === 409)!;
    expect(refused.body).toMatchObject({
      type: 'https://jazari.ma/problems/capacity-exceeded',
      capacity: '1000',
      allocated: '850',
      remaining: '150',
      requested: '250',
    });
    const util = await as(s.aManager).get(`/resources/${gpu}/utilisation?date=2031-03-15`).expect(200);
    expect(util.body).toMatchObject({
      capacity: '1000',
      allocated: '850',
      remaining: '150',
      periodStart: '2031-03-01',
      periodEnd: '2031-03-31',
    });
    expect(util.body.tenants).toHaveLength(2);
    const bView = await as(s.bResearcher).get(`/resources/${gpu}/utilisation?date=2031-03-15`).expect(200);
    expect(bView.body).toMatchObject({ yourShare: '600', yourAllocated: '600', yourRemaining: '0' });
    expect(bView.body.tenants.map((t: { tenantId: string }) => t.tenantId)).toEqual([b.id]);

    // The refused one can be rejected, with a reason; B's shares can be set by Root.
    const lost = refused === both[0] ? x : y;
    await as(s.aManager).post(`/allocations/${lost}/reject`, {}).expect(400);
    expect(
      (await as(s.aManager).post(`/allocations/${lost}/reject`, { reason: 'Pool full' }).expect(200)).body
        .status,
    ).toBe('rejected');
    await as(s.bManager)
      .put(`/resources/${gpu}/shares`, { shares: [{ tenantId: b.id, quantity: '900' }] })
      .expect(403);
    const shares = await as(s.root)
      .put(`/resources/${gpu}/shares`, { shares: [{ tenantId: b.id, quantity: '700' }] })
      .expect(200);
    expect(shares.body).toEqual({
      data: [expect.objectContaining({ tenantId: b.id, quantity: '700' })],
      nextCursor: null,
    });
    expect((await as(s.bResearcher).get(`/resources/${gpu}/shares`).expect(200)).body.data).toHaveLength(1);
  });

  it('lets the requesting tenant withdraw a request that waits, tells whoever would have decided, and frees what it held', async () => {
    // Pending: only B (the requester) may withdraw; A's managers are told.
    const pending = (await requestGpu(s.bResearcher, bProject, '10').expect(201)).body.id;
    expect((await as(s.bResearcher).get(`/allocations/${pending}`).expect(200)).body.allowedActions).toEqual([
      'withdraw',
    ]);
    expect((await as(s.aManager).get(`/allocations/${pending}`).expect(200)).body.allowedActions).toEqual([
      'approve',
      'reject',
    ]);
    const notYours = await as(s.aManager).post(`/allocations/${pending}/withdraw`, {}).expect(403);
    expect(notYours.body.type).toBe('https://jazari.ma/problems/resource-read-only');
    await as(s.bResearcher)
      .post(`/allocations/${pending}/withdraw`, { reason: 'x'.repeat(2001) })
      .expect(400);
    await as(s.bResearcher).post(`/allocations/${pending}/withdraw`, {}).set('if-match', '"99"').expect(412);
    const withdrawn = await as(s.bResearcher)
      .post(`/allocations/${pending}/withdraw`, { reason: 'Run moved to April' })
      .set('if-match', '"1"')
      .expect(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', allowedActions: [], quantityApproved: null });
    await waitFor(
      "A's managers told",
      async () => (await inbox(people.aManager, 'resources.allocation_withdrawn')).length === 1,
    );
    expect((await inbox(people.aManager, 'resources.allocation_withdrawn'))[0]).toMatchObject({
      title: expect.objectContaining({ en: 'Request withdrawn: Pool GPU — H100' }),
      link: `/allocations/${pending}`,
    });
    const again = await as(s.bResearcher).post(`/allocations/${pending}/withdraw`, {}).expect(409);
    expect(again.body).toMatchObject({
      type: 'https://jazari.ma/problems/illegal-transition',
      allowedActions: [],
    });
    await as(s.aManager).post(`/allocations/${pending}/approve`, {}).expect(409);

    // Awaiting Root (the owner's 350 reserved in April): withdrawn, the quantity is free again, Root is told.
    const april = { startsOn: '2031-04-02', endsOn: '2031-04-30' };
    const large2 = (await requestGpu(s.bResearcher, bProject, '350', april).expect(201)).body.id;
    await as(s.aManager).post(`/allocations/${large2}/approve`, {}).expect(200);
    const held = await as(s.aManager).get(`/resources/${gpu}/utilisation?date=2031-04-15`).expect(200);
    expect(held.body.allocated).toBe('350');
    const rootTold = (await inbox(people.root, 'resources.allocation_withdrawn')).length;
    const ownerTold = (await inbox(people.aManager, 'resources.allocation_withdrawn')).length;
    expect(
      (await as(s.bResearcher).post(`/allocations/${large2}/withdraw`, {}).expect(200)).body.status,
    ).toBe('withdrawn');
    const freed = await as(s.aManager).get(`/resources/${gpu}/utilisation?date=2031-04-15`).expect(200);
    expect(freed.body.allocated).toBe('0');
    await waitFor(
      'Root told',
      async () => (await inbox(people.root, 'resources.allocation_withdrawn')).length === rootTold + 1,
    );
    // The owner's managers, who agreed to it, hear of it too.
    await waitFor(
      "A's managers told again",
      async () => (await inbox(people.aManager, 'resources.allocation_withdrawn')).length === ownerTold + 1,
    );
    const queue = await as(s.root).get('/allocations?view=awaiting-root').expect(200);
    expect(queue.body.data.map((x: { id: string }) => x.id)).not.toContain(large2);
    await as(s.aManager).post(`/allocations/${large2}/approve`, {}).expect(409);
  });

  it('answers 404 on every resource route to a tenant outside the visibility, and changes nothing', async () => {
    const bookingId = uuidv7();
    const snapshot = async () =>
      (
        await admin.query(
          `SELECT r.version, (SELECT count(*) FROM resource_allocation WHERE resource_id = r.id) AS allocations,
                  (SELECT count(*) FROM resource_usage u WHERE u.tenant_id = r.tenant_id) AS usage,
                  (SELECT count(*) FROM resource_share WHERE resource_id = r.id) AS shares
             FROM resource r WHERE r.id = $1`,
          [gpu],
        )
      ).rows;
    const before = await snapshot();
    const c = as(s.cManager);
    const calls = [
      c.get(`/resources/${gpu}`),
      c.patch(`/resources/${gpu}`, { name: 'x' }, '"2"'),
      c.get(`/resources/${gpu}/shares`),
      c.put(`/resources/${gpu}/shares`, { shares: [] }),
      c.get(`/resources/${gpu}/utilisation`),
      c.get(`/resources/${gpu}/allocations`),
      c.post(`/resources/${gpu}/allocations`, {
        projectId: uuidv7(),
        quantity: '1',
        startsOn: '2031-03-10',
        endsOn: '2031-03-20',
        justification: 'x',
        acceptTermsVersion: 1,
      }),
      c.get(`/resources/${gpu}/bookings`),
      c.post(`/resources/${gpu}/bookings`, {
        startsAt: '2031-03-12T08:00:00Z',
        endsAt: '2031-03-12T09:00:00Z',
      }),
      c.post(`/resources/${gpu}/bookings/${bookingId}/cancel`),
      c.get(`/resources/${gpu}/calendar.ics`),
      c.get(`/allocations/${first}`),
      c.post(`/allocations/${first}/approve`, {}),
      c.post(`/allocations/${first}/reject`, { reason: 'x' }),
      c.post(`/allocations/${first}/revoke`, { reason: 'x' }),
      c.post(`/allocations/${first}/withdraw`, {}),
      c.post(`/allocations/${first}/usage`, { quantity: '1' }),
      c.get(`/allocations?resourceId=${gpu}`),
    ];
    const statuses = (await Promise.all(calls)).map((r, i) => `${i}: ${r.status} ${r.type}`);
    expect(statuses).toEqual(calls.map((_, i) => `${i}: 404 application/problem+json`));
    expect(await snapshot()).toEqual(before);
  });

  it('sends the 7-day notice once, and expires allocations after their last day', async () => {
    const sweeps = worker.get(ResourceSweepService);
    const sweepAt = (at: string) => {
      clock.set(at);
      return sweeps.sweep({ tenantIds: [a.id] });
    };
    expect((await sweepAt('2031-03-20T10:00:00Z')).expiryNotices).toBe(0);
    const noticed = await sweepAt('2031-03-24T10:00:00Z'); // 7 days before 31 March
    expect(noticed.expiryNotices).toBe(4); // first, large, more, and A's own
    const again = await Promise.all([sweepAt('2031-03-24T10:15:00Z'), sweeps.sweep({ tenantIds: [a.id] })]);
    expect(again.map((r) => r.expiryNotices)).toEqual([0, 0]);
    await waitFor(
      'the expiring notice',
      async () => (await inbox(people.bResearcher, 'resources.allocation_expiring')).length >= 3,
    );
    expect((await inbox(people.bResearcher, 'resources.allocation_expiring'))[0].title.en).toBe(
      'Allocation ending in 7 days: Pool GPU — H100',
    );

    expect((await sweepAt('2031-03-31T20:00:00Z')).expired).toBe(0); // still 31 March in Casablanca
    const expired = await sweepAt('2031-04-01T10:00:00Z');
    expect(expired.expired).toBe(4);
    expect((await as(s.bResearcher).get(`/allocations/${first}`).expect(200)).body.status).toBe('expired');
    const late = await as(s.bManager).post(`/allocations/${first}/usage`, { quantity: '1' }).expect(409);
    expect(late.body.type).toBe('https://jazari.ma/problems/allocation-not-active');
    const revoke = await as(s.aManager).post(`/allocations/${first}/revoke`, { reason: 'late' }).expect(409);
    expect(revoke.body.type).toBe('https://jazari.ma/problems/illegal-transition');
  });
});
