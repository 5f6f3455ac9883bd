import helmet from '@fastify/helmet';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { AppConfig } from '@jazari/config';
import { Logger } from 'nestjs-pino';
import { ProblemFilter } from './problem.filter.js';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id.js';
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
  return SwaggerModule.createDocument(
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
  );
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
    // Fastify takes a hop count too, though the adapter's option type omits it.
    trustProxy: (typeof config.trustProxy === 'object' ? [...config.trustProxy] : config.trustProxy) as
      boolean | string[],
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.flushLogs();

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });
  // Errors Fastify raises before a handler runs (malformed JSON, body too large) reach ProblemFilter too:
  // Nest installs Fastify's error handler and routes them through the global filters.

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: { ...APP_CSP_DIRECTIVES } },
  });
  // Two pages carry inline scripts: the OpenAPI UI and the operators' board. Only they get a looser policy.
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (/^\/api\/(docs|v1\/operations\/board)(\/|$|\?)/.test(request.url)) {
      void reply.header('content-security-policy', LEGACY_PAGE_CSP);
    }
    return payload;
  });
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
  app.useGlobalPipes(new InputGuardPipe(), createValidationPipe());
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
