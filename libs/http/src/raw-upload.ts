import type { IncomingMessage } from 'node:http';
import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** The private content type a raw-upload route's body is parsed as: not at all (the stream is passed on). */
const RAW_UPLOAD_TYPE = 'application/x-jazari-raw-upload';
const declaredTypes = new WeakMap<IncomingMessage, string | undefined>();

/**
 * Marks a route whose body is a file sent as is (its own `Content-Type`, any size): the handler gets the
 * request stream unread, whatever the type — including `application/json` and `text/plain`, which
 * Fastify would otherwise parse, under its 1 MiB body limit, before the handler (and its access check)
 * ran. What a route accepts (types, size, signature) is the route's to check while it streams; it reads
 * the declared type with `declaredContentType(request)` and the body with `rawBody(request)`.
 * The module that declares such a route imports `RawUploadModule`.
 */
export const RawUploadRoute = (): MethodDecorator => RouteConfig({ rawUpload: true });

/** The `Content-Type` the client sent on a raw-upload route. */
export function declaredContentType(request: FastifyRequest): string | undefined {
  return declaredTypes.get(request.raw);
}

/** The request's body stream, unread, on a raw-upload route. */
export function rawBody(request: FastifyRequest): IncomingMessage {
  const body = request.body as IncomingMessage | undefined;
  if (!body || typeof (body as { pipe?: unknown }).pipe !== 'function') {
    throw new Error('rawBody() used on a route without @RawUploadRoute()');
  }
  return body;
}

/**
 * Installs raw uploads on the Fastify instance, once, before it is ready: a parser for the private type
 * that hands the stream over untouched (so Fastify's body limit does not apply: the route enforces its
 * own, while streaming), and an `onRequest` hook that, on marked routes only, keeps the declared type
 * aside and routes the body to that parser.
 */
@Injectable()
export class RawUploadSetup implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance | undefined>();
    if (!fastify || typeof fastify.hasContentTypeParser !== 'function') return;
    if (fastify.hasContentTypeParser(RAW_UPLOAD_TYPE)) return;
    fastify.addContentTypeParser(RAW_UPLOAD_TYPE, (_request, payload, done) => done(null, payload));
    fastify.addHook('onRequest', (request, _reply, done) => {
      if ((request.routeOptions.config as { rawUpload?: boolean } | undefined)?.rawUpload === true) {
        declaredTypes.set(request.raw, request.raw.headers['content-type']);
        request.raw.headers['content-type'] = RAW_UPLOAD_TYPE;
      }
      done();
    });
  }
}

/** Raw-body uploads (`@RawUploadRoute()`): import it in each module that declares such a route. */
@Module({ providers: [RawUploadSetup] })
export class RawUploadModule {}
