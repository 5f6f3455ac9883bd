import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { uuidv7 } from '@jazari/database';
import {
  idle,
  parsePrometheusText,
  sampleSum,
  startMailSink,
  testConfig,
  testWorld,
  waitFor,
  type MailSink,
  type PrometheusSample,
  type TestWorld,
} from '@jazari/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';

/**
 * Issue 23 point 4: Prometheus `/metrics` on the API and on the worker's health port, behind a bearer
 * token; the main series move when work happens (a request, an outbox event relayed, a job done, an
 * e-mail sent).
 */
jest.setTimeout(60_000);

const TOKEN = 'metrics-token-for-the-e2e-suite';

describe('Prometheus metrics', () => {
  let smtp: MailSink;
  let world: TestWorld<'lab', 'manager'>;

  const scrape = async (app: NestFastifyApplication): Promise<PrometheusSample[]> => {
    const response = await request(app.getHttpServer())
      .get('/metrics')
      .set('authorization', `Bearer ${TOKEN}`)
      .expect(200);
    expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    return parsePrometheusText(response.text);
  };

  beforeAll(async () => {
    smtp = await startMailSink();
    world = await testWorld({
      config: testConfig({ METRICS_TOKEN: TOKEN, SMTP_URL: smtp.url, PUBLIC_URL: 'https://jazari.test' }),
      tenants: { lab: 'institute' },
      users: { manager: { tenant: 'lab', role: 'institute_manager', locale: 'en' } },
      worker: true,
    });
  });
  afterAll(async () => {
    await world?.close();
    await smtp?.close();
  });

  it('answers only a scrape that sends the token, with a problem document otherwise', async () => {
    for (const app of [world.api, world.worker]) {
      const none = await request(app.getHttpServer()).get('/metrics').set('accept-language', 'ar');
      expect(none.status).toBe(401);
      expect(none.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(none.headers['www-authenticate']).toBe('Bearer realm="metrics"');
      expect(none.body).toMatchObject({
        type: 'https://jazari.ma/problems/unauthenticated',
        status: 401,
        title: 'يلزم تسجيل الدخول',
      });
      for (const wrong of [`Bearer ${TOKEN}x`, TOKEN, `Basic ${TOKEN}`, 'Bearer ']) {
        await request(app.getHttpServer()).get('/metrics').set('authorization', wrong).expect(401);
      }
    }
  });

  it('is off (a 404 problem) without METRICS_TOKEN', async () => {
    const bare = await testWorld({ tenants: {}, worker: false });
    try {
      const response = await request(bare.api.getHttpServer())
        .get('/metrics')
        .set('authorization', `Bearer ${TOKEN}`);
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ type: 'https://jazari.ma/problems/not-found', status: 404 });
      expect(response.text).not.toContain('jazari_http_request_duration_seconds');
    } finally {
      await bare.close();
    }
  });

  it('counts requests per route template, method and status, in the Prometheus text format', async () => {
    const route = '/api/v1/projects/:id';
    const before = await scrape(world.api);
    const missing = uuidv7();
    await world.as('manager').get(`/projects/${missing}`).expect(404);
    await world.as('manager').get(`/projects/${uuidv7()}`).expect(404);
    await world.as('manager').get('/projects').expect(200);
    // No route at all (a GET would reach the web app's page route, `/*`): the label is `unmatched`.
    await request(world.api.getHttpServer()).post('/api/v1/no/such/route').send({}).expect(404);
    const after = await scrape(world.api);

    const count = (samples: PrometheusSample[], labels: Record<string, string>) =>
      sampleSum(samples, 'jazari_http_request_duration_seconds_count', labels);
    expect(
      count(after, { route, method: 'GET', status: '404' }) - count(before, { route, status: '404' }),
    ).toBe(2);
    expect(
      count(after, { route: '/api/v1/projects', status: '200' }) -
        count(before, { route: '/api/v1/projects', status: '200' }),
    ).toBe(1);
    expect(
      count(after, { route: 'unmatched', method: 'POST', status: '404' }) -
        count(before, { route: 'unmatched', status: '404' }),
    ).toBe(1);
    // The template, never the path: no label carries the id that was asked for.
    expect(after.some((s) => Object.values(s.labels).some((v) => v.includes(missing)))).toBe(false);
    // A histogram: cumulative buckets up to +Inf, which equals the count.
    const buckets = after.filter(
      (s) =>
        s.name === 'jazari_http_request_duration_seconds_bucket' &&
        s.labels.route === route &&
        s.labels.status === '404',
    );
    expect(buckets.length).toBeGreaterThan(5);
    expect(buckets.find((b) => b.labels.le === '+Inf')?.value).toBe(count(after, { route, status: '404' }));
    for (let i = 1; i < buckets.length; i++)
      expect(buckets[i].value).toBeGreaterThanOrEqual(buckets[i - 1].value);
    expect(sampleSum(after, 'jazari_http_request_duration_seconds_sum', { route })).toBeGreaterThan(0);

    // Every sample names its process; the pool's gauges are there.
    expect(after.every((s) => s.labels.app === 'api')).toBe(true);
    expect(sampleSum(after, 'jazari_db_pool_max_connections')).toBe(world.config.database.poolSize);
    expect(sampleSum(after, 'jazari_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
    expect(after.some((s) => s.name === 'jazari_db_pool_connections' && s.labels.state === 'waiting')).toBe(
      true,
    );
    expect(sampleSum(after, 'jazari_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('moves the outbox, job and e-mail series when an event is relayed, its job done and an e-mail sent', async () => {
    await idle(world.worker);
    const before = await scrape(world.worker);
    const email = world.users.manager.email;
    await request(world.api.getHttpServer()).post('/api/v1/auth/password-reset').send({ email }).expect(202);
    await waitFor('the reset e-mail', () => smtp.to(email).length === 1, 20_000);
    await idle(world.worker);
    const after = await scrape(world.worker);
    const delta = (name: string, labels: Record<string, string> = {}) =>
      sampleSum(after, name, labels) - sampleSum(before, name, labels);

    expect(delta('jazari_outbox_published_total', { queue: 'notifications', republished: 'false' })).toBe(1);
    expect(delta('jazari_outbox_relay_lag_seconds_count', { queue: 'notifications' })).toBe(1);
    expect(
      delta('jazari_job_duration_seconds_count', {
        queue: 'notifications',
        job: 'identity.password_reset_requested',
        outcome: 'completed',
      }),
    ).toBe(1);
    expect(delta('jazari_email_deliveries_total', { outcome: 'sent' })).toBe(1);
    expect(delta('jazari_email_deliveries_total', { outcome: 'failed' })).toBe(0);
    expect(delta('jazari_job_failures_total')).toBe(0);
    // Idle again: nothing waits in the outbox or on a queue.
    expect(sampleSum(after, 'jazari_outbox_pending_events', { state: 'unpublished' })).toBe(0);
    for (const queue of ['notifications', 'webhooks', 'reports', 'maintenance']) {
      expect(after.some((s) => s.name === 'jazari_queue_jobs' && s.labels.queue === queue)).toBe(true);
      expect(sampleSum(after, 'jazari_queue_jobs', { queue, state: 'waiting' })).toBe(0);
    }
    expect(after.every((s) => s.labels.app === 'worker')).toBe(true);
    // Tracing is off here (no OTEL_EXPORTER_OTLP_ENDPOINT): the event keeps no trace context.
    const { rows } = await world.admin.query<{ trace_context: string | null }>(
      `SELECT trace_context FROM outbox_event WHERE type = 'identity.password_reset_requested'`,
    );
    expect(rows).toEqual([{ trace_context: null }]);
  });

  it('shows the outbox backlog and its oldest event’s age', async () => {
    // An event this release does not know: the relay leaves it pending (it is neither handled nor lost).
    const tenantId = world.tenants.lab.id;
    const id = uuidv7(Date.now() - 3_600_000);
    await world.admin.query(
      `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload, created_at)
       VALUES ($1, $2, 'test.metrics_unknown', 1, 'maintenance', '{}', now() - interval '1 hour')`,
      [tenantId, id],
    );
    try {
      const samples = await scrape(world.worker);
      expect(sampleSum(samples, 'jazari_outbox_pending_events', { state: 'pending' })).toBe(1);
      expect(sampleSum(samples, 'jazari_outbox_oldest_pending_age_seconds')).toBeGreaterThanOrEqual(3_600);
    } finally {
      await world.admin.query(`DELETE FROM outbox_event WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
    }
    const cleared = await scrape(world.worker);
    expect(sampleSum(cleared, 'jazari_outbox_pending_events', { state: 'pending' })).toBe(0);
    expect(sampleSum(cleared, 'jazari_outbox_oldest_pending_age_seconds')).toBe(0);
  });
});
