import { type DynamicModule, RequestMethod } from '@nestjs/common';
import type { AppConfig } from '@jazari/config';
import { LoggerModule } from 'nestjs-pino';

/** Structured JSON logs; each line of a request carries its request id (`req.id`). */
export function loggerModule(config: AppConfig, service: string): DynamicModule {
  return LoggerModule.forRoot({
    // One registration for every path; the default adds the prefix-excluded /health paths a second time.
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
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
    },
  });
}
