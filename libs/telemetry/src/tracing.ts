import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

export const TRACER_NAME = 'jazari';

/** The process's tracer provider, once tracing is on; undefined otherwise (then nothing is traced). */
let provider: NodeTracerProvider | undefined;
let providerEndpoint: string | undefined;

/**
 * Turns tracing on for this process: spans are batched and posted to `<endpoint>/v1/traces` (OTLP/HTTP,
 * JSON), the W3C trace context propagates, and the active span follows async calls (AsyncLocalStorage).
 * Once per process: an API and a worker in one process (the tests) share the provider; the service name
 * is the first caller's.
 */
export function startTracing(endpoint: string, serviceName: string): void {
  if (provider) {
    if (providerEndpoint !== endpoint) {
      throw new Error(`Tracing already posts to ${providerEndpoint}; one OTLP endpoint per process`);
    }
    return;
  }
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint}/v1/traces` }), {
        scheduledDelayMillis: 1_000,
      }),
    ],
  });
  provider.register();
  providerEndpoint = endpoint;
}

/** Posts the spans ended so far (at shutdown, so the last requests' traces are not lost). */
export async function flushTraces(): Promise<void> {
  await provider?.forceFlush();
}

/** Whether this process traces: every helper below is a no-op when it does not. */
export function tracingEnabled(): boolean {
  return provider !== undefined;
}

export function tracer(): Tracer {
  return trace.getTracer(TRACER_NAME);
}

/**
 * The active trace context as the text an outbox event keeps (`{"traceparent":"00-…"}`), or null when
 * nothing is traced here (tracing off, or no span active).
 */
export function activeTraceContext(): string | null {
  if (!provider || !trace.getActiveSpan()) return null;
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ? JSON.stringify(carrier) : null;
}

/** A context whose parent is the trace context an event kept (null or unreadable: a root context). */
export function contextFrom(traceContext: string | null): Context {
  if (!traceContext) return ROOT_CONTEXT;
  try {
    const carrier = JSON.parse(traceContext) as unknown;
    if (typeof carrier !== 'object' || carrier === null) return ROOT_CONTEXT;
    return propagation.extract(ROOT_CONTEXT, carrier as Record<string, string>);
  } catch {
    return ROOT_CONTEXT;
  }
}

/**
 * A span for one outbox event's publication, child of the trace the event was written in; returns the
 * span (ended by the caller) and the context a job continues from, as BullMQ's telemetry metadata.
 */
export function startPublishSpan(
  traceContext: string | null,
  name: string,
  attributes: Record<string, string | number>,
): { span: Span; metadata: string } | undefined {
  if (!provider || !traceContext) return undefined;
  const parent = contextFrom(traceContext);
  const span = tracer().startSpan(name, { kind: SpanKind.PRODUCER, attributes }, parent);
  const carrier: Record<string, string> = {};
  propagation.inject(trace.setSpan(parent, span), carrier);
  return { span, metadata: JSON.stringify(carrier) };
}

/** Ends a span, marking it failed when `error` is given. */
export function endSpan(span: Span, error?: unknown): void {
  if (error !== undefined) {
    span.recordException(error instanceof Error ? error : { message: JSON.stringify(error) });
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end();
}
