import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { APP_CONFIG, ManualClock, type AppConfig } from '@jazari/config';
import { TransactionRunner, uuidv7 } from '@jazari/database';
import { publicLink } from '@jazari/notifications';
import { verifyWebhookSignature, WebhookFanOut } from '@jazari/webhooks';
import type { JobEnvelope } from '@jazari/queue';
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

interface Received {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly raw: string;
  /** What the receiver answered. */
  readonly status: number;
}

interface Endpoint {
  readonly id: string;
  readonly secret: string;
  readonly url: string;
}

/**
 * Issue 6, webhooks: a receiver on loopback gets correctly signed deliveries; one that fails twice then
 * succeeds has three attempts logged and one success; a tampered body or signature fails the documented
 * check; a redirect is a failure and is not followed; an endpoint failing for 24 h is disabled and its
 * admins told; manual redelivery; the routes' validation, permissions and tenancy; the secret shown once.
 */
jest.setTimeout(60_000);

describe('webhooks', () => {
  const received: Received[] = [];
  /** Requests per path so far (the receiver's behaviour depends on it). */
  const seen = new Map<string, number>();
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const n = (seen.get(path) ?? 0) + 1;
      seen.set(path, n);
      let status = 200;
      if (path.startsWith('/flaky/') && n <= 2) status = 503;
      if (path.startsWith('/down/')) status = 500;
      if (path.startsWith('/redirect/')) {
        status = 302;
        res.setHeader('location', `${base}/target${path}`);
      }
      received.push({ path, headers: req.headers, raw: Buffer.concat(chunks).toString('utf8'), status });
      res.statusCode = status;
      res.end(status === 200 ? 'ok' : 'no');
    });
  });
  let base: string;
  const clock = new ManualClock();
  let api: NestFastifyApplication;
  let worker: NestFastifyApplication;
  let admin: pg.Client;

  const call = (session: SignedIn) => {
    const server = () => request(api.getHttpServer());
    const auth = { authorization: `Bearer ${session.accessToken}` };
    return {
      get: (p: string) => server().get(`/api/v1${p}`).set(auth),
      post: (p: string, body: object = {}) => server().post(`/api/v1${p}`).set(auth).send(body),
      patch: (p: string, body: object) => server().patch(`/api/v1${p}`).set(auth).send(body),
      delete: (p: string) => server().delete(`/api/v1${p}`).set(auth),
    };
  };

  /** A tenant of its own per scenario, with its manager (an admin) signed in. */
  async function tenantWithManager(): Promise<{ tenant: TestTenant; manager: SignedIn; userId: string }> {
    const tenant = await createTenant(admin, 'institute');
    const user = await createUser(admin, [{ tenant, role: 'institute_manager' }], { locale: 'en' });
    return { tenant, manager: await signIn(api, user.email, user.password), userId: user.id };
  }

  async function register(session: SignedIn, path: string): Promise<Endpoint> {
    const url = `${base}${path}`;
    const { body } = await call(session)
      .post('/webhooks', { url, eventTypes: ['identity.invitation_created'], description: path })
      .expect(201);
    return { id: body.id as string, secret: body.secret as string, url };
  }

  /** An event of the catalogue, through the API: an invitation (`identity.invitation_created`). */
  async function invite(session: SignedIn): Promise<string> {
    const email = `invitee-${uuidv7()}@test.jazari.ma`;
    const { body } = await call(session).post('/invitations', { email, role: 'researcher' }).expect(201);
    return body.id as string;
  }

  const at = (path: string) => received.filter((r) => r.path === path);

  async function deliveries(session: SignedIn, endpointId: string) {
    const { body } = await call(session).get(`/webhooks/${endpointId}/deliveries`).expect(200);
    return body.data as Record<string, unknown>[];
  }

  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    const config = testConfig({ WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_TIMEOUT_MS: '3000' });
    admin = await adminClient();
    api = await createApi(config);
    // Only the worker's clock is moved: failure streaks and disabling are decided there.
    worker = await createWorker(config, { clock });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await admin?.end();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  it('delivers a correctly signed POST; a tampered body or signature fails the documented check', async () => {
    const { tenant, manager } = await tenantWithManager();
    const endpoint = await register(manager, `/ok/${uuidv7()}`);
    expect(endpoint.secret).toMatch(/^whsec_/);
    const invitationId = await invite(manager);

    const [got] = await waitFor('the delivery', () =>
      at(new URL(endpoint.url).pathname).length ? at(new URL(endpoint.url).pathname) : undefined,
    );
    const body = JSON.parse(got.raw) as Record<string, unknown>;
    expect(body).toEqual({
      id: got.headers['jazari-event-id'],
      type: 'identity.invitation_created',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      tenantId: tenant.id,
      // The accept link carries the invitation's secret: it is not sent to a tenant's systems.
      data: { invitationId, link: null },
    });
    expect(got.headers['content-type']).toBe('application/json');
    expect(got.headers['jazari-event-type']).toBe('identity.invitation_created');
    expect(got.headers['jazari-delivery-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(got.headers['user-agent']).toMatch(/^Jazari-Webhooks\//);
    const signature = got.headers['jazari-signature'] as string;
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(signature.startsWith(`t=${got.headers['jazari-timestamp'] as string},`)).toBe(true);

    // The documented check.
    expect(verifyWebhookSignature(endpoint.secret, signature, got.raw)).toBe(true);
    expect(verifyWebhookSignature(endpoint.secret, signature, got.raw.replace(invitationId, uuidv7()))).toBe(
      false,
    );
    const flipped = signature.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a'));
    expect(verifyWebhookSignature(endpoint.secret, flipped, got.raw)).toBe(false);
    expect(verifyWebhookSignature(`${endpoint.secret}x`, signature, got.raw)).toBe(false);

    const [delivery] = await waitFor('the delivery recorded as delivered', async () => {
      const list = await deliveries(manager, endpoint.id);
      return list[0]?.status === 'delivered' ? list : undefined;
    });
    expect(delivery).toMatchObject({
      eventId: body.id,
      eventType: 'identity.invitation_created',
      attempts: 1,
      lastStatusCode: 200,
      lastError: null,
      latencyMs: expect.any(Number),
    });
    expect(delivery.id).toBe(got.headers['jazari-delivery-id']);
    // The receiver's dedupe key (docs/notifications.md#recognising-a-redelivery).
    expect(got.headers['idempotency-key']).toBe(delivery.id);

    // Manual redelivery: a new attempt cycle, the same event and delivery ids, signed again.
    const redelivered = await call(manager)
      .post(`/webhooks/${endpoint.id}/deliveries/${delivery.id as string}/redeliver`)
      .expect(202);
    expect(redelivered.body).toMatchObject({ status: 'pending', cycle: 2 });
    const second = await waitFor('the redelivery', () =>
      at(new URL(endpoint.url).pathname).length === 2 ? at(new URL(endpoint.url).pathname)[1] : undefined,
    );
    expect(second.headers['jazari-event-id']).toBe(body.id);
    expect(second.headers['jazari-delivery-id']).toBe(delivery.id);
    expect(second.headers['idempotency-key']).toBe(delivery.id);
    expect(JSON.parse(second.raw)).toEqual(body);
    expect(
      verifyWebhookSignature(endpoint.secret, second.headers['jazari-signature'] as string, second.raw),
    ).toBe(true);
    await waitFor('the redelivery recorded', async () => {
      const [d] = await deliveries(manager, endpoint.id);
      return d.status === 'delivered' && d.attempts === 2;
    });
    const attempts = await call(manager)
      .get(`/webhooks/${endpoint.id}/deliveries/${delivery.id as string}/attempts`)
      .expect(200);
    expect(
      attempts.body.data.map((a: { cycle: number; statusCode: number }) => [a.cycle, a.statusCode]),
    ).toEqual([
      [1, 200],
      [2, 200],
    ]);
  });

  it('retries with backoff: fails twice, then succeeds — three attempts logged, one success', async () => {
    const { manager } = await tenantWithManager();
    const path = `/flaky/${uuidv7()}`;
    const endpoint = await register(manager, path);
    await invite(manager);

    const [delivery] = await waitFor('the third attempt to succeed', async () => {
      const list = await deliveries(manager, endpoint.id);
      return list[0]?.status === 'delivered' ? list : undefined;
    });
    expect(delivery).toMatchObject({ attempts: 3, lastStatusCode: 200, lastError: 'HTTP 503' });
    const { body } = await call(manager)
      .get(`/webhooks/${endpoint.id}/deliveries/${delivery.id as string}/attempts`)
      .expect(200);
    expect(body.data).toEqual([
      expect.objectContaining({
        number: 1,
        statusCode: 503,
        error: 'HTTP 503',
        latencyMs: expect.any(Number),
      }),
      expect.objectContaining({ number: 2, statusCode: 503, error: 'HTTP 503' }),
      expect.objectContaining({ number: 3, statusCode: 200, error: null }),
    ]);
    // The receiver saw three requests of the same event, and accepted exactly one.
    const requests = at(path);
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((r) => r.headers['jazari-event-id'])).size).toBe(1);
    expect(requests.filter((r) => r.status === 200)).toHaveLength(1);
    // The streak ended with the success.
    const ep = await call(manager).get(`/webhooks/${endpoint.id}`).expect(200);
    expect(ep.body).toMatchObject({ enabled: true, failingSince: null, lastSuccessAt: expect.any(String) });
    // One delivery row for (event, endpoint).
    const rows = await admin.query(`SELECT count(*)::int AS n FROM webhook_delivery WHERE endpoint_id = $1`, [
      endpoint.id,
    ]);
    expect(rows.rows[0].n).toBe(1);
  });

  it('never follows a redirect: a 3xx is a failed attempt with a clear error', async () => {
    const { manager } = await tenantWithManager();
    const path = `/redirect/${uuidv7()}`;
    const endpoint = await register(manager, path);
    await invite(manager);

    const [delivery] = await waitFor('a failed attempt', async () => {
      const list = await deliveries(manager, endpoint.id);
      return list[0]?.lastStatusCode === 302 ? list : undefined;
    });
    expect(delivery.status).toBe('pending'); // retrying
    expect(delivery.lastError).toMatch(
      /^Redirect \(HTTP 302\) to http:\/\/127\.0\.0\.1:\d+\/target\/redirect\/.+ not followed$/,
    );
    expect(received.filter((r) => r.path === `/target${path}`)).toHaveLength(0);

    // Disabled by hand: the retries stop and the delivery ends failed; redelivery is refused.
    await call(manager).patch(`/webhooks/${endpoint.id}`, { enabled: false }).expect(200);
    await waitFor('the delivery to end failed', async () => {
      const [d] = await deliveries(manager, endpoint.id);
      return d.status === 'failed' && d.lastError === 'The endpoint is disabled';
    });
    const refused = await call(manager)
      .post(`/webhooks/${endpoint.id}/deliveries/${delivery.id as string}/redeliver`)
      .expect(409);
    expect(refused.body.type).toBe('https://jazari.ma/problems/webhook-endpoint-disabled');
    expect(received.filter((r) => r.path === `/target${path}`)).toHaveLength(0);
  });

  it('disables an endpoint failing for 24 hours and tells its admins', async () => {
    const { manager } = await tenantWithManager();
    const path = `/down/${uuidv7()}`;
    const endpoint = await register(manager, path);
    const started = clock.now();
    await invite(manager);

    await waitFor('the first failure', async () => {
      const { body } = await call(manager).get(`/webhooks/${endpoint.id}`).expect(200);
      return body.failingSince === started.toISOString();
    });
    clock.advance(24 * 3_600_000 + 1_000);
    const disabled = await waitFor('the endpoint disabled', async () => {
      const { body } = await call(manager).get(`/webhooks/${endpoint.id}`).expect(200);
      return body.enabled === false ? body : undefined;
    });
    expect(disabled).toMatchObject({ disabledReason: 'failing', failingSince: started.toISOString() });
    const [delivery] = await deliveries(manager, endpoint.id);
    expect(delivery).toMatchObject({ status: 'failed', lastError: 'The endpoint is disabled' });

    const notice = await waitFor('the admin notified', async () => {
      const { body } = await call(manager).get('/me/notifications').expect(200);
      return (body.data as { eventType: string }[]).find((n) => n.eventType === 'webhooks.endpoint_disabled');
    });
    expect(notice).toMatchObject({
      category: 'integrations',
      link: `/webhooks/${endpoint.id}`,
      title: expect.objectContaining({ en: `Webhook disabled: ${endpoint.url}` }),
    });
    const audit = await admin.query(
      `SELECT action FROM audit_event WHERE target_id = $1 AND action = 'webhook.disabled'`,
      [endpoint.id],
    );
    expect(audit.rowCount).toBe(1);

    // Enabled again: the streak starts afresh.
    const enabled = await call(manager).patch(`/webhooks/${endpoint.id}`, { enabled: true }).expect(200);
    expect(enabled.body).toMatchObject({
      enabled: true,
      failingSince: null,
      disabledAt: null,
      disabledReason: null,
    });
  });

  it("fans out to the recipients' tenants' endpoints, once per (event, endpoint), in the endpoint's tenant", async () => {
    const owner = await tenantWithManager();
    const party = await tenantWithManager();
    const path = `/ok/${uuidv7()}`;
    const { body } = await call(party.manager)
      .post('/webhooks', { url: `${base}${path}`, eventTypes: ['conventions.activated'] })
      .expect(201);
    const envelope = {
      v: 1,
      eventId: uuidv7(),
      tenantId: owner.tenant.id,
      payload: { conventionId: uuidv7(), partyTenantIds: [party.tenant.id] },
    } as JobEnvelope;
    const fanOut = () =>
      worker.get(TransactionRunner).run({ tenantId: owner.tenant.id, tenantKind: null, userId: null }, (tx) =>
        // As notifications' dispatcher offers a catalogue event: its recipients' tenants, and its link
        // joined to PUBLIC_URL in each receiving tenant.
        worker.get(WebhookFanOut).fanOut(tx, {
          type: 'conventions.activated',
          envelope,
          tenantIds: [party.tenant.id],
          link: (tenantId) =>
            publicLink(worker.get<AppConfig>(APP_CONFIG).publicUrl, '/conventions/x', tenantId),
        }),
      );
    expect(await fanOut()).toBe(1);
    expect(await fanOut()).toBe(0); // a re-delivered event adds nothing

    const [got] = await waitFor('the party delivery', () => (at(path).length ? at(path) : undefined));
    expect(JSON.parse(got.raw)).toMatchObject({
      id: envelope.eventId,
      type: 'conventions.activated',
      tenantId: owner.tenant.id,
      // The link opens the convention in the tenant the receiving system belongs to.
      data: {
        partyTenantIds: [party.tenant.id],
        link: expect.stringMatching(new RegExp(`/conventions/x\\?tenant=${party.tenant.id}$`)),
      },
    });
    expect(
      verifyWebhookSignature(body.secret as string, got.headers['jazari-signature'] as string, got.raw),
    ).toBe(true);
    const rows = await admin.query(`SELECT tenant_id FROM webhook_delivery WHERE event_id = $1`, [
      envelope.eventId,
    ]);
    expect(rows.rows).toEqual([{ tenant_id: party.tenant.id }]);
  });

  it('shows the secret only at creation and rotation, and stores none', async () => {
    const { manager } = await tenantWithManager();
    const created = await call(manager)
      .post('/webhooks', { url: `${base}/ok/${uuidv7()}`, eventTypes: ['conventions.expired'] })
      .expect(201);
    const { id, secret } = created.body as { id: string; secret: string };
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);

    const one = await call(manager).get(`/webhooks/${id}`).expect(200);
    const list = await call(manager).get('/webhooks').expect(200);
    const patched = await call(manager).patch(`/webhooks/${id}`, { description: 'ERP' }).expect(200);
    for (const shown of [one.body, list.body.data[0], patched.body]) {
      expect(shown.id).toBe(id);
      expect(shown).not.toHaveProperty('secret');
      expect(JSON.stringify(shown)).not.toContain(secret);
    }
    const rotated = await call(manager).post(`/webhooks/${id}/rotate-secret`).expect(200);
    expect(rotated.body).toMatchObject({ id, secretVersion: 2, secret: expect.stringMatching(/^whsec_/) });
    expect(rotated.body.secret).not.toBe(secret);
    const after = await call(manager).get(`/webhooks/${id}`).expect(200);
    expect(after.body).not.toHaveProperty('secret');

    const stored = await admin.query(
      `SELECT row_to_json(e)::text AS j FROM webhook_endpoint e WHERE id = $1`,
      [id],
    );
    expect(stored.rows[0].j).not.toContain(secret.slice(6));
    expect(stored.rows[0].j).not.toContain((rotated.body.secret as string).slice(6));
    const audit = await admin.query(`SELECT action FROM audit_event WHERE target_id = $1 ORDER BY seq`, [id]);
    expect(audit.rows.map((r) => r.action)).toEqual([
      'webhook.created',
      'webhook.updated',
      'webhook.secret_rotated',
    ]);
  });

  it('answers 400 problems for unknown event types, refused URLs and invalid bodies', async () => {
    const { manager } = await tenantWithManager();
    const problem = async (body: object, type: string) => {
      const response = await call(manager).post('/webhooks', body).expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.type).toBe(`https://jazari.ma/problems/${type}`);
      return response.body as Record<string, unknown>;
    };
    const url = `${base}/ok/x`;
    const unknown = await problem({ url, eventTypes: ['no.such_event'] }, 'webhook-unknown-event-types');
    expect(unknown.unknown).toEqual(['no.such_event']);
    await problem(
      { url: 'http://example.com/hook', eventTypes: ['conventions.expired'] },
      'webhook-url-not-allowed',
    );
    await problem(
      { url: 'http://10.0.0.1/hook', eventTypes: ['conventions.expired'] },
      'webhook-url-not-allowed',
    );
    await problem(
      { url: 'ftp://127.0.0.1/hook', eventTypes: ['conventions.expired'] },
      'webhook-url-not-allowed',
    );
    await problem(
      { url: 'https://u:p@example.com/', eventTypes: ['conventions.expired'] },
      'webhook-url-not-allowed',
    );
    await problem({ url, eventTypes: [] }, 'validation-failed');
    await problem({ eventTypes: ['conventions.expired'] }, 'validation-failed');
    await problem({ url, eventTypes: ['conventions.expired'], tenantId: uuidv7() }, 'validation-failed');

    const created = await call(manager)
      .post('/webhooks', { url, eventTypes: ['conventions.expired'] })
      .expect(201);
    const bad = await call(manager)
      .patch(`/webhooks/${created.body.id as string}`, { eventTypes: ['nope'] })
      .expect(400);
    expect(bad.body.type).toBe('https://jazari.ma/problems/webhook-unknown-event-types');
    await call(manager).get('/webhooks/not-a-uuid').expect(400);
    await call(manager)
      .get(`/webhooks/${created.body.id as string}/deliveries?status=lost`)
      .expect(400);

    const types = await call(manager).get('/webhooks/event-types').expect(200);
    expect(types.body.data).toEqual(
      expect.arrayContaining(['identity.invitation_created', 'webhooks.endpoint_disabled']),
    );
  });

  it('hides every endpoint route from another tenant (404), and refuses non-admins (403)', async () => {
    const { tenant, manager } = await tenantWithManager();
    const other = await tenantWithManager();
    const endpoint = await register(manager, `/ok/${uuidv7()}`);
    await invite(manager);
    const [delivery] = await waitFor('a delivery', async () => {
      const list = await deliveries(manager, endpoint.id);
      return list.length ? list : undefined;
    });
    const id = endpoint.id;
    const d = delivery.id as string;
    const intruder = call(other.manager);
    const answers = [
      await intruder.get(`/webhooks/${id}`),
      await intruder.patch(`/webhooks/${id}`, { description: 'mine' }),
      await intruder.delete(`/webhooks/${id}`),
      await intruder.post(`/webhooks/${id}/rotate-secret`),
      await intruder.get(`/webhooks/${id}/deliveries`),
      await intruder.get(`/webhooks/${id}/deliveries/${d}`),
      await intruder.get(`/webhooks/${id}/deliveries/${d}/attempts`),
      await intruder.post(`/webhooks/${id}/deliveries/${d}/redeliver`),
    ];
    expect(answers.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404, 404, 404]);
    const listed = await intruder.get('/webhooks').expect(200);
    expect(listed.body.data.map((e: { id: string }) => e.id)).not.toContain(id);
    const still = await call(manager).get(`/webhooks/${id}`).expect(200);
    expect(still.body.description).not.toBe('mine');

    const researcher = await createUser(admin, [{ tenant, role: 'researcher' }]);
    const member = call(await signIn(api, researcher.email, researcher.password));
    await member.get('/webhooks').expect(403);
    await member.get(`/webhooks/${id}`).expect(403);
    await member.post('/webhooks', { url: `${base}/ok/x`, eventTypes: ['conventions.expired'] }).expect(403);
    await member.post(`/webhooks/${id}/deliveries/${d}/redeliver`).expect(403);

    // Deleting removes the endpoint and its log.
    await call(manager).delete(`/webhooks/${id}`).expect(204);
    await call(manager).get(`/webhooks/${id}`).expect(404);
    const left = await admin.query(`SELECT count(*)::int AS n FROM webhook_delivery WHERE endpoint_id = $1`, [
      id,
    ]);
    expect(left.rows[0].n).toBe(0);
  });
});
