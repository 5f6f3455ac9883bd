import { type DynamicModule, RequestMethod } from '@nestjs/common';
import type { AppConfig } from '@jazari/config';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import type { Options } from 'pino-http';

/** Structured JSON logs; each line of a request carries its request id (`req.id`). */
export function loggerModule(config: AppConfig, service: string): DynamicModule {
  const options = {
    level: config.logLevel,
    base: { service },
    ...(config.logPretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-api-key"]',
        'res.headers["set-cookie"]',
      ],
      censor: '[redacted]',
    },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    autoLogging: {
      ignore: (req) =>
        ((req as { originalUrl?: string }).originalUrl ?? req.url ?? '').startsWith('/health/'),
    },
  } satisfies Options;
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
