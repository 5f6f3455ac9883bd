import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Something read when Prometheus scrapes (a pool's counts, the outbox backlog, queue depths). */
export type MetricsSampler = () => Promise<void> | void;

/** A sampler that does not answer in this time is left out of that scrape (its gauges keep their value). */
const SAMPLE_TIMEOUT_MS = 2_000;

/** Seconds; from a fast route's few milliseconds to a report export's tens of seconds. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/**
 * Every series a Jazari process exports (docs/observability.md lists them). One registry per application,
 * so an API and a worker in one process (the tests) keep their own. Counters and histograms are updated
 * where the work happens; gauges are sampled at scrape time by the samplers the libraries register.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram({
    name: 'jazari_http_request_duration_seconds',
    help: 'HTTP requests by method, route template and status code: time to the last byte of the answer',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly dbPoolConnections = new Gauge({
    name: 'jazari_db_pool_connections',
    help: 'Runtime PostgreSQL pool: connections open (total), idle, and callers waiting for one (waiting)',
    labelNames: ['state'] as const,
    registers: [this.registry],
  });

  readonly dbPoolMax = new Gauge({
    name: 'jazari_db_pool_max_connections',
    help: 'Runtime PostgreSQL pool: its size (DATABASE_POOL_SIZE)',
    registers: [this.registry],
  });

  readonly dbReads = new Counter({
    name: 'jazari_db_reads_total',
    help: 'Read-only units of work (dashboards, report figures, exports) by the server that ran them: replica or primary',
    labelNames: ['server'] as const,
    registers: [this.registry],
  });

  readonly dbReplicaLag = new Gauge({
    name: 'jazari_db_replica_lag_seconds',
    help: 'The read replica’s replay lag at the last look (DATABASE_READ_URL); -1 when unreachable or not a standby',
    registers: [this.registry],
  });

  readonly outboxPending = new Gauge({
    name: 'jazari_outbox_pending_events',
    help: 'Outbox events not done, every tenant (state: pending = not done, unpublished = never published)',
    labelNames: ['state'] as const,
    registers: [this.registry],
  });

  readonly outboxOldestPendingAge = new Gauge({
    name: 'jazari_outbox_oldest_pending_age_seconds',
    help: 'Age of the oldest outbox event not done (0 when none is pending)',
    registers: [this.registry],
  });

  readonly outboxRelayLag = new Histogram({
    name: 'jazari_outbox_relay_lag_seconds',
    help: 'Time from an outbox event being written to the relay putting it on its queue',
    labelNames: ['queue'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly outboxPublished = new Counter({
    name: 'jazari_outbox_published_total',
    help: 'Outbox events put on their queue by the relay (republished: a publication again after a timeout)',
    labelNames: ['queue', 'republished'] as const,
    registers: [this.registry],
  });

  readonly queueJobs = new Gauge({
    name: 'jazari_queue_jobs',
    help: 'BullMQ jobs per queue and state (waiting, active, delayed, failed)',
    labelNames: ['queue', 'state'] as const,
    registers: [this.registry],
  });

  readonly queueOldestWaitingAge = new Gauge({
    name: 'jazari_queue_oldest_waiting_age_seconds',
    help: 'Per queue, how long the oldest waiting job has waited (0 when none waits)',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });

  readonly jobDuration = new Histogram({
    name: 'jazari_job_duration_seconds',
    help: 'Jobs run by this worker, by queue, job name and outcome (completed, failed, or deferred: a payload newer than this release knows)',
    labelNames: ['queue', 'job', 'outcome'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly jobFailures = new Counter({
    name: 'jazari_job_failures_total',
    help: 'Job runs that failed, by queue and job name; final = no attempt left (copied to failed_job)',
    labelNames: ['queue', 'job', 'final'] as const,
    registers: [this.registry],
  });

  readonly emailDeliveries = new Counter({
    name: 'jazari_email_deliveries_total',
    help: 'E-mails handed to SMTP (or written as .eml without SMTP_URL), by outcome (sent or failed)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly webhookDeliveries = new Counter({
    name: 'jazari_webhook_attempts_total',
    help: 'Webhook delivery attempts by outcome: delivered, retrying (will be tried again) or failed (gave up)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly scrapeErrors = new Counter({
    name: 'jazari_metrics_sampler_errors_total',
    help: 'Scrape-time samplers that failed or did not answer in time (their gauges keep their last value)',
    labelNames: ['sampler'] as const,
    registers: [this.registry],
  });

  private readonly samplers = new Map<string, MetricsSampler>();

  constructor(readonly app: 'api' | 'worker') {
    this.registry.setDefaultLabels({ app });
    collectDefaultMetrics({ register: this.registry, prefix: 'jazari_' });
  }

  /** Runs `sampler` before each scrape (a name registered twice replaces the first). */
  sample(name: string, sampler: MetricsSampler): void {
    this.samplers.set(name, sampler);
  }

  /** The Prometheus text exposition, after the samplers ran (each bounded in time). */
  async scrape(): Promise<string> {
    await Promise.all(
      [...this.samplers].map(async ([name, sampler]) => {
        let timer: NodeJS.Timeout | undefined;
        try {
          await Promise.race([
            sampler(),
            new Promise((_, reject) => {
              timer = setTimeout(() => reject(new Error('timeout')), SAMPLE_TIMEOUT_MS);
            }),
          ]);
        } catch {
          this.scrapeErrors.inc({ sampler: name });
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
