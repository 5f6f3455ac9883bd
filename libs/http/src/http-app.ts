import helmet from '@fastify/helmet';
import type { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from '@jazari/config';
import { Logger } from 'nestjs-pino';
import { ProblemFilter } from './problem.filter.js';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id.js';
import { createValidationPipe } from './validation.js';

export const API_PREFIX = 'api/v1';

export interface HttpAppOptions {
  /** Serve the OpenAPI document and UI (the API does; the worker's health server does not). */
  readonly openApi: boolean;
  readonly bodyLimitBytes?: number;
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
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // The OpenAPI UI needs inline styles and scripts and data: images.
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'validator.swagger.io'],
      },
    },
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
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());

  if (options.openApi) {
    const document = SwaggerModule.createDocument(
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
    SwaggerModule.setup('api/docs', app, document, {
      jsonDocumentUrl: 'api/openapi.json',
      useGlobalPrefix: false,
    });
  }
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
