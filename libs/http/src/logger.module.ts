import { type DynamicModule, RequestMethod } from '@nestjs/common';
import type { AppConfig } from '@jazari/config';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import type { Options } from 'pino-http';

/** What stands in a log line for a credential. */
export const LOG_CENSOR = '[redacted]';
const REQUEST_SECRETS = ['authorization', 'cookie', 'x-api-key'] as const;

type Headers = Record<string, unknown>;

/** The headers with those named replaced by the censor, as a copy; the same object when none is there. */
function censored(headers: Headers | undefined, names: readonly string[]): Headers | undefined {
  if (!headers) return headers;
  let copy: Headers | undefined;
  for (const name of names) {
    if (headers[name] === undefined) continue;
    copy ??= { ...headers };
    copy[name] = LOG_CENSOR;
  }
  return copy ?? headers;
}

/**
 * pino-http's serializers (pino-std-serializers) run first; these get their output — a fresh object whose
 * `headers` is the request's own headers object (never changed here) or a copy of the response's.
 */
export function censorRequest<T extends { headers?: Headers }>(req: T): T {
  const headers = censored(req.headers, REQUEST_SECRETS);
  if (headers !== req.headers) req.headers = headers;
  return req;
}

export function censorResponse<T extends { headers?: Headers }>(res: T): T {
  const headers = censored(res.headers, ['set-cookie']);
  if (headers !== res.headers) res.headers = headers;
  return res;
}

/** pino-http's options for a service's request logs. */
export function requestLogOptions(
  config: Pick<AppConfig, 'logLevel' | 'logPretty'>,
  service: string,
): Options {
  return {
    level: config.logLevel,
    base: { service },
    ...(config.logPretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
    // Credentials never reach the logs. Censored by the request and response serializers rather than by
    // pino's `redact` paths: those clone the logged object on every line, a few per cent of the API's CPU
    // under load (ADR 0030); the lines are the same.
    serializers: { req: censorRequest, res: censorResponse },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    autoLogging: {
      ignore: (req) =>
        ((req as { originalUrl?: string }).originalUrl ?? req.url ?? '').startsWith('/health/'),
    },
  } satisfies Options;
}

/** Structured JSON logs; each line of a request carries its request id (`req.id`). */
export function loggerModule(config: AppConfig, service: string): DynamicModule {
  const options = requestLogOptions(config, service);
  return LoggerModule.forRoot({
    // One registration for every path; the default adds the prefix-excluded /health paths a second time.
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    // Lines go to standard output asynchronously: a request's line is written by libuv's thread pool, not
    // by the event loop in a system call of its own (a few per cent of the API's CPU under load; ADR 0005),
    // and lines logged while one write is in flight leave in the next one. pino flushes what is left when
    // the process exits.
    // Silent (the test suites) and pretty printing keep pino's default destination.
    pinoHttp:
      config.logPretty || config.logLevel === 'silent'
        ? options
        : [options, pino.destination({ dest: 1, sync: false })],
  });
}
