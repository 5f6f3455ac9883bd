import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpStatus } from '@nestjs/common';
import { ProblemException } from './problem.js';

/**
 * The browser app's Content-Security-Policy: scripts only from our origin (no inline script, no eval),
 * styles from our origin plus the inline `<style>` the component library writes its CSS variables into,
 * images and workers also from `blob:` (charts exported as images, the PDF viewer's worker), no frames
 * around us. Everything the API answers carries it (helmet); only the OpenAPI UI and the operators'
 * board, two pages with inline scripts, get the looser `LEGACY_PAGE_CSP`.
 */
export const APP_CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  frameSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
} as const;

export const LEGACY_PAGE_CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data: validator.swagger.io; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/** Paths that belong to the API or the processes' health, never to the browser app. */
const SERVER_PATHS = /^\/(api|health)(\/|$)/;

/**
 * Where the built browser app is: WEB_DIR when given, else `apps/web/dist` of this checkout, found by
 * walking up from this file (it runs from `libs/http/src` under Jest and from `dist/libs/http/src` built).
 */
export function resolveWebDir(configured: string | undefined): string | undefined {
  if (configured) return path.resolve(configured);
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = path.join(dir, 'apps', 'web', 'dist');
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'apps', 'web'))) {
      return candidate;
    }
    dir = path.dirname(dir);
  }
  return undefined;
}

/**
 * Serves the browser app at the API's origin: hashed assets under `/assets/` (cached for a year,
 * precompressed copies when the client takes them), and `index.html` for every other GET that is not an
 * API or health path, so each page's URL (`/projects/…`, `/conventions/…`) opens the app, which routes it.
 * Without a build, those paths answer a 503 problem that says how to build it.
 */
export async function serveWebApp(fastify: FastifyInstance, webDir: string | undefined): Promise<void> {
  const indexFile = webDir ? path.join(webDir, 'index.html') : undefined;
  // Read again when a new build replaces it (a developer's `npm run build:web` while the API runs).
  let cached: { mtimeMs: number; body: Buffer } | undefined;
  const index = (): Buffer | undefined => {
    if (!indexFile || !existsSync(indexFile)) return undefined;
    const { mtimeMs } = statSync(indexFile);
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, body: readFileSync(indexFile) };
    return cached.body;
  };

  if (index() && webDir) {
    await fastify.register(async (instance) => {
      await instance.register(fastifyStatic, {
        root: path.join(webDir, 'assets'),
        prefix: '/assets/',
        decorateReply: false,
        preCompressed: true,
        immutable: true,
        maxAge: '365d',
        index: false,
        wildcard: true,
      });
    });
    // jazari-verify.mjs: the self-contained evidence verifier, to run with plain Node.js (convention-evidence.md).
    const TYPES: Record<string, string> = {
      'favicon.svg': 'image/svg+xml',
      'robots.txt': 'text/plain; charset=utf-8',
      'jazari-verify.mjs': 'text/javascript; charset=utf-8',
    };
    for (const [file, type] of Object.entries(TYPES)) {
      const full = path.join(webDir, file);
      if (!existsSync(full)) continue;
      const body = readFileSync(full);
      fastify.get(`/${file}`, (_request, reply) => {
        void reply.header('content-type', type).header('cache-control', 'public, max-age=86400').send(body);
      });
    }
  }

  const page = (request: FastifyRequest, reply: FastifyReply): void => {
    const pathname = request.url.split('?')[0] ?? '/';
    // Thrown problems go through the API's problem filter, like every other error.
    if (SERVER_PATHS.test(pathname)) {
      throw new ProblemException(
        HttpStatus.NOT_FOUND,
        'not-found',
        'Not found',
        `No route for GET ${pathname}`,
      );
    }
    const body = index();
    if (!body) {
      throw new ProblemException(
        HttpStatus.SERVICE_UNAVAILABLE,
        'web-app-not-built',
        'The web app is not built',
        'Run `npm run build:web` (npm start does it for you), then reload.',
      );
    }
    // The page itself is never cached: it names the current hashed assets.
    void reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(body);
  };
  fastify.get('/', page);
  fastify.get('/*', page);
}
