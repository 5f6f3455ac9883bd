import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { AppConfig } from '@jazari/config';
import { Logger } from 'nestjs-pino';
import { ProblemFilter } from './problem.filter.js';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id.js';
import { securityHeaders } from './security-headers.js';
import { clientErrorHandler, frameworkErrorHandler } from './framework-errors.js';
import { InputGuardPipe } from './input-guard.js';
import { createValidationPipe } from './validation.js';
import { APP_CSP_DIRECTIVES, LEGACY_PAGE_CSP, resolveWebDir, serveWebApp } from './web-app.js';

export const API_PREFIX = 'api/v1';

export interface HttpAppOptions {
  /** Serve the OpenAPI document and UI (the API does; the worker's health server does not). */
  readonly openApi: boolean;
  readonly bodyLimitBytes?: number;
  /** Serve the browser app (apps/web's build) at this origin: the API does. */
  readonly webApp?: boolean;
}

/** The OpenAPI document of an application's routes (the web app's client types are generated from it). */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  return withErrorResponses(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Jazari API')
        .setDescription(
          'Coordination platform of the Jazari network of AI centres of excellence. Errors are RFC 9457 ' +
            '`application/problem+json` documents with a stable `type`.',
        )
        .setVersion('1')
        .addBearerAuth()
        .build(),
    ),
  );
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
type OpenApiOperation = NonNullable<OpenAPIObject['paths'][string]['get']>;

/**
 * Every operation lists the errors it can answer, each an RFC 9457 problem document: the ones its
 * decorators name, plus those every route of its kind shares — 400 `validation-failed` when it takes
 * input, 401 and 403 when it needs a credential, 404 when a path names an object — and a `default`
 * problem for the rest (429, 5xx).
 */
export function withErrorResponses(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas.Problem = {
    type: 'object',
    description: "RFC 9457 problem details; `type` is stable, `title` and `detail` in the caller's language",
    required: ['type', 'title', 'status'],
    properties: {
      type: { type: 'string', example: 'https://jazari.ma/problems/validation-failed' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      instance: { type: 'string' },
      requestId: { type: 'string' },
      errors: {
        type: 'array',
        description: 'validation-failed: the offending fields',
        items: {
          type: 'object',
          required: ['field', 'messages'],
          properties: { field: { type: 'string' }, messages: { type: 'array', items: { type: 'string' } } },
        },
      },
    },
  };
  const content = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation: OpenApiOperation | undefined = item[method];
      if (!operation) continue;
      const responses = operation.responses;
      const add = (status: string, description: string): void => {
        responses[status] ??= { description };
      };
      // A POST that creates (201) with a credential: a client may retry it safely (docs/problems.md).
      // File uploads stream outside the request's transaction, where no key can be kept with the effect.
      const body = operation.requestBody as { content?: Record<string, unknown> } | undefined;
      const jsonOrNoBody = !body?.content || 'application/json' in body.content;
      if (method === 'post' && responses['201'] && jsonOrNoBody && (operation.security ?? []).length > 0) {
        operation.parameters = [
          ...(operation.parameters ?? []),
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            description:
              'Retry safely: the same key (1–255 visible ASCII characters, per caller, kept 24 h) with the same ' +
              'request answers the first answer without acting again (header `Idempotent-Replayed: true`).',
            schema: { type: 'string', minLength: 1, maxLength: 255 },
          },
        ];
        add('422', '`idempotency-key-reused`: this Idempotency-Key was sent with another request');
      }
      // After the Idempotency-Key: a malformed key is a 400 too.
      const parameters = (operation.parameters ?? []) as { in?: string }[];
      if (parameters.length > 0 || operation.requestBody) {
        add('400', '`validation-failed`: a field or parameter is not valid (see `errors`)');
      }
      if ((operation.security ?? []).length > 0) {
        add('401', '`unauthenticated`: no valid access token or API key');
        add('403', '`forbidden`: the caller may not do this');
      }
      if (parameters.some((parameter) => parameter.in === 'path')) {
        add('404', '`not-found`: no such object, or one the caller may not see');
      }
      add('default', 'A problem document (for instance 429 or 503)');
      for (const [status, response] of Object.entries(responses)) {
        if (!response || '$ref' in response || response.content) continue;
        if (status === 'default' || /^[45]/.test(status)) {
          response.content = content;
        }
      }
    }
  }
  return document;
}

/**
 * The OpenAPI document without running anything: Nest's preview mode reads the modules' routes and
 * decorators but instantiates no provider, so no database or Redis is needed (`npm run web:api-types`).
 */
export async function previewOpenApiDocument(module: Type<unknown> | DynamicModule): Promise<OpenAPIObject> {
  const app = await NestFactory.create<NestFastifyApplication>(module, new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/live', 'health/ready'] });
  try {
    return openApiDocument(app);
  } finally {
    await app.close();
  }
}

/** Builds a Fastify-based Nest application with the HTTP conventions every Jazari process shares. */
export async function createHttpApp(
  module: Type<unknown> | DynamicModule,
  config: AppConfig,
  options: HttpAppOptions,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    genReqId: requestIdFor,
    requestIdHeader: false,
    bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
    // Errors Fastify and Node answer before Nest's filters can: problem documents too.
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
    // Only the configured proxies may name the client address (X-Forwarded-For); by default, none.
    trustProxy: config.trustProxy === false ? false : [...config.trustProxy],
  });
  // A boot that fails (a provider that cannot be resolved or built) rejects here, so the entry point prints
  // why and exits 1, and a test world fails with the reason: Nest's default aborts the process instead.
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.flushLogs();

  const fastify = app.getHttpAdapter().getInstance();
  // Helmet's headers, worked out once (security-headers.ts), and the request id, in one hook. Two pages
  // carry inline scripts: the OpenAPI UI and the operators' board. Only they get a looser policy.
  const headers = securityHeaders({
    contentSecurityPolicy: { useDefaults: false, directives: { ...APP_CSP_DIRECTIVES } },
  });
  const legacyPageHeaders = { ...headers, 'content-security-policy': LEGACY_PAGE_CSP };
  const legacyPage = /^\/api\/(docs|v1\/operations\/board)(\/|$|\?)/;
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply
      .headers(legacyPage.test(request.url) ? legacyPageHeaders : headers)
      .header(REQUEST_ID_HEADER, request.id);
    done();
  });
  // Errors Fastify raises before a handler runs (malformed JSON, body too large) reach ProblemFilter too:
  // Nest installs Fastify's error handler and routes them through the global filters.

  app.enableCors({
    origin: config.corsOrigins.includes('*') ? true : [...config.corsOrigins],
    exposedHeaders: [
      REQUEST_ID_HEADER,
      'etag',
      'retry-after',
      'location',
      'content-disposition',
      'repr-digest',
      'digest',
    ],
  });
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/live', 'health/ready'] });
  // The input guard first: text PostgreSQL cannot hold and impossible dates never reach a DTO's validators.
  const validation = createValidationPipe();
  app.useGlobalPipes(new InputGuardPipe(validation), validation);
  app.useGlobalFilters(new ProblemFilter());

  if (options.openApi) {
    const document = openApiDocument(app);
    SwaggerModule.setup('api/docs', app, document, {
      jsonDocumentUrl: 'api/openapi.json',
      useGlobalPrefix: false,
    });
  }
  if (options.webApp) await serveWebApp(fastify, resolveWebDir(config.webDir));
  try {
    await app.init();
  } catch (error) {
    // A failed boot (say, a job without a handler) must not leave pools and connections open.
    await app.close().catch(() => undefined);
    throw error;
  }
  // Compiles Fastify's hooks now, so the app serves requests (supertest, inject) before listen() too.
  await fastify.ready();
  return app;
}
