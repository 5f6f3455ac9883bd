// @jazari-isolated-modules: this file turns OpenTelemetry tracing on for the whole process, which would
// stay on for the files run after it in the same Jest worker (test/support/native-runtime.cjs).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import {
  idle,
  startMailSink,
  testConfig,
  testWorld,
  waitFor,
  type MailSink,
  type TestWorld,
} from '@jazari/testing';
import request from 'supertest';

/**
 * Issue 23 point 4: OpenTelemetry traces from the HTTP request through the outbox to the job, posted by
 * OTLP/HTTP to the configured endpoint — here a receiver on loopback that keeps what it is sent.
 */
jest.setTimeout(60_000);

interface ReceivedSpan {
  readonly service: string;
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string;
  readonly name: string;
  readonly kind: number;
  readonly attributes: Record<string, unknown>;
}

/** OTLP/JSON: resourceSpans → scopeSpans → spans; ids are hex strings. */
function spansOf(body: unknown): ReceivedSpan[] {
  type Attribute = { key: string; value: Record<string, unknown> };
  const valueOf = (value: Record<string, unknown>): unknown => Object.values(value)[0];
  const attributes = (list: Attribute[] | undefined) =>
    Object.fromEntries((list ?? []).map((a) => [a.key, valueOf(a.value)]));
  const document = body as {
    resourceSpans: {
      resource: { attributes: Attribute[] };
      scopeSpans: {
        spans: {
          traceId: string;
          spanId: string;
          parentSpanId?: string;
          name: string;
          kind: number;
          attributes?: Attribute[];
        }[];
      }[];
    }[];
  };
  return document.resourceSpans.flatMap((resource) =>
    resource.scopeSpans.flatMap((scope) =>
      scope.spans.map((span) => ({
        service: String(attributes(resource.resource.attributes)['service.name']),
        traceId: span.traceId,
        spanId: span.spanId,
        parentSpanId: span.parentSpanId ?? '',
        name: span.name,
        kind: span.kind,
        attributes: attributes(span.attributes),
      })),
    ),
  );
}

describe('traces from the request through the outbox to the job', () => {
  const received: ReceivedSpan[] = [];
  const contentTypes = new Set<string>();
  let receiver: Server;
  let smtp: MailSink;
  let world: TestWorld<'lab', 'manager'>;

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        if (req.method === 'POST' && req.url === '/v1/traces') {
          contentTypes.add(String(req.headers['content-type']));
          received.push(...spansOf(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const { port } = receiver.address() as AddressInfo;
    smtp = await startMailSink();
    world = await testWorld({
      config: testConfig({
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}/`,
        SMTP_URL: smtp.url,
        PUBLIC_URL: 'https://jazari.test',
      }),
      tenants: { lab: 'institute' },
      users: { manager: { tenant: 'lab', role: 'institute_manager', locale: 'fr' } },
      worker: true,
    });
  });
  afterAll(async () => {
    await world?.close();
    await smtp?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it('makes one trace of the request, the relay’s publication and the job', async () => {
    // The caller's own trace: the server continues it (W3C traceparent).
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpanId = '00f067aa0ba902b7';
    const email = world.users.manager.email;
    await request(world.api.getHttpServer())
      .post('/api/v1/auth/password-reset')
      .set('traceparent', `00-${traceId}-${callerSpanId}-01`)
      .send({ email })
      .expect(202);
    await waitFor('the reset e-mail', () => smtp.to(email).length === 1, 20_000);
    await idle(world.worker);

    // The event kept the request's trace context.
    const { rows } = await world.admin.query<{ trace_context: string | null }>(
      `SELECT trace_context FROM outbox_event WHERE type = 'identity.password_reset_requested'`,
    );
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0].trace_context ?? '{}')).toEqual({
      traceparent: expect.stringMatching(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`)),
    });

    const inTrace = (name: (n: string) => boolean) =>
      received.find((span) => span.traceId === traceId && name(span.name));
    const job = await waitFor('the job’s span', () => inTrace((n) => n === 'process notifications'), 15_000);
    const server = inTrace((n) => n === 'POST /api/v1/auth/password-reset');
    const publish = inTrace((n) => n === 'outbox publish identity.password_reset_requested');
    expect(server).toMatchObject({
      parentSpanId: callerSpanId,
      kind: 2, // SERVER
      attributes: { 'http.route': '/api/v1/auth/password-reset', 'http.response.status_code': 202 },
    });
    expect(publish).toMatchObject({
      parentSpanId: server?.spanId,
      kind: 4, // PRODUCER
      attributes: { 'jazari.event.type': 'identity.password_reset_requested' },
    });
    expect(job).toMatchObject({ parentSpanId: publish?.spanId, kind: 5 }); // CONSUMER
    expect(JSON.parse(rows[0].trace_context ?? '{}').traceparent).toContain(server?.spanId);
    expect(new Set([server?.service, publish?.service, job.service]).size).toBe(1);
    expect(server?.service).toMatch(/^jazari-(api|worker)$/);
    expect([...contentTypes]).toEqual(['application/json']);
  });

  it('starts a trace of its own for a request that brings none', async () => {
    const before = new Set(received.map((span) => span.traceId));
    await world.as('manager').get('/projects').expect(200);
    const span = await waitFor(
      'the request’s span',
      () => received.find((s) => s.name === 'GET /api/v1/projects' && !before.has(s.traceId)),
      15_000,
    );
    expect(span.parentSpanId).toBe('');
    expect(span.traceId).toMatch(/^[0-9a-f]{32}$/);
  });
});
