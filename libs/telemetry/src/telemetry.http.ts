import { createHash, timingSafeEqual } from 'node:crypto';
import {
  HttpException,
  Inject,
  Injectable,
  NotFoundException,
  UnauthorizedException,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { SpanKind, SpanStatusCode, context, propagation, trace, type Span } from '@opentelemetry/api';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { PROBLEM_CONTENT_TYPE, toProblem } from '@jazari/http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Metrics } from './metrics.js';
import { flushTraces, tracer, tracingEnabled } from './tracing.js';

/** Where Prometheus scrapes, outside the API prefix (like /health). */
export const METRICS_PATH = '/metrics';

/** A request's server span, kept on the request between its hooks. */
const SPAN = Symbol('jazari.span');
type TracedRequest = FastifyRequest & { [SPAN]?: Span };

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/**
 * The HTTP side of telemetry, on Fastify directly (no guard, pipe or interceptor runs for it):
 * - one histogram observation per answered request, in an onResponse hook (route template, status);
 * - `GET /metrics` for a scrape that sends `Authorization: Bearer <METRICS_TOKEN>` (a 404 problem when
 *   METRICS_TOKEN is unset: metrics are off);
 * - when tracing is on, a server span per request, made the active context for everything the request
 *   does (its transaction's outbox events carry it); when off, no hook at all.
 */
@Injectable()
export class TelemetryHttp implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return; // an application context without HTTP
    const histogram = this.metrics.httpRequestDuration;
    fastify.addHook('onResponse', (request, reply, done) => {
      histogram.observe(
        { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: reply.statusCode },
        reply.elapsedTime / 1_000,
      );
      done();
    });
    if (tracingEnabled()) this.traceRequests(fastify);
    const token = this.config.telemetry.metricsToken;
    this.serveMetrics(fastify, token ? digest(`Bearer ${token}`) : undefined);
  }

  /** Without a token the route still exists (so the web app's fallback never answers it): a 404 problem. */
  private serveMetrics(fastify: FastifyInstance, expected: Buffer | undefined): void {
    fastify.get(METRICS_PATH, async (request: FastifyRequest, reply: FastifyReply) => {
      if (!expected) return this.problem(request, reply, new NotFoundException());
      const given = request.headers.authorization;
      if (typeof given !== 'string' || !timingSafeEqual(digest(given), expected)) {
        void reply.header('www-authenticate', 'Bearer realm="metrics"');
        return this.problem(request, reply, new UnauthorizedException());
      }
      const body = await this.metrics.scrape();
      return reply.header('cache-control', 'no-store').type(this.metrics.contentType).send(body);
    });
  }

  private problem(request: FastifyRequest, reply: FastifyReply, error: HttpException): FastifyReply {
    return reply
      .code(error.getStatus())
      .header('cache-control', 'no-store')
      .type(PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify(toProblem(error, request)));
  }

  private traceRequests(fastify: FastifyInstance): void {
    fastify.addHook('onRequest', (request: TracedRequest, _reply, done) => {
      const parent = propagation.extract(context.active(), request.headers);
      const span = tracer().startSpan(
        request.method,
        {
          kind: SpanKind.SERVER,
          attributes: { 'http.request.method': request.method, 'url.path': request.url.split('?')[0] },
        },
        parent,
      );
      request[SPAN] = span;
      // The rest of the request (Nest's middleware, guards, handler, transaction) runs in this context.
      context.with(trace.setSpan(parent, span), done);
    });
    fastify.addHook('onResponse', (request: TracedRequest, reply, done) => {
      const span = request[SPAN];
      if (span) {
        const route = request.routeOptions.url;
        if (route) {
          span.updateName(`${request.method} ${route}`);
          span.setAttribute('http.route', route);
        }
        span.setAttribute('http.response.status_code', reply.statusCode);
        if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      }
      done();
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await flushTraces().catch(() => undefined);
  }
}
