import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { AppConfig } from '@jazari/config';
import { Metrics } from './metrics.js';
import { TelemetryHttp } from './telemetry.http.js';
import { startTracing } from './tracing.js';

/**
 * Metrics and traces for one application (docs/observability.md). Global: the libraries that record
 * (database pool, outbox, queues, e-mail, webhooks) inject `Metrics`; tracing starts here when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set, before any other provider is built.
 */
@Global()
@Module({})
export class TelemetryModule {
  static forRoot(config: AppConfig, app: 'api' | 'worker'): DynamicModule {
    const endpoint = config.telemetry.otlpEndpoint;
    if (endpoint) startTracing(endpoint, config.telemetry.serviceName ?? `jazari-${app}`);
    return {
      module: TelemetryModule,
      providers: [{ provide: Metrics, useFactory: () => new Metrics(app) }, TelemetryHttp],
      exports: [Metrics],
    };
  }
}
