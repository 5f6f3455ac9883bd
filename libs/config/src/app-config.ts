import type { RedisTarget } from './redis-target.js';

/** The parsed configuration (`loadConfig` in config.ts is its only producer). */
export type NodeEnv = 'development' | 'test' | 'production';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface AppConfig {
  readonly env: NodeEnv;
  readonly host: string;
  readonly port: number;
  readonly workerHealthPort: number;
  readonly logLevel: LogLevel;
  readonly logPretty: boolean;
  readonly corsOrigins: readonly string[];
  /**
   * Which proxies' `X-Forwarded-For` to believe for the client address (sign-in throttling, sessions):
   * false (none, the default), a hop count, or a list of proxy addresses/CIDRs.
   */
  /** The proxies whose X-Forwarded-For names the client: addresses, CIDRs or proxy-addr's names; none: false. */
  readonly trustProxy: false | readonly string[];
  readonly dataDir: string;
  /**
   * `npm start` and the test harness, when DATABASE_URL / REDIS_URL are unset: the port of the embedded
   * PostgreSQL (EMBEDDED_POSTGRES_PORT) and of the spawned Redis (EMBEDDED_REDIS_PORT). Unset: a free
   * port chosen at random, so several checkouts run side by side.
   */
  readonly embedded: {
    readonly postgresPort: number | undefined;
    readonly redisPort: number | undefined;
  };
  /** Uploaded files (deliverable files): where the local-disk store keeps them, and how big one may be. */
  readonly storage: {
    readonly dir: string;
    readonly maxUploadBytes: number;
  };
  readonly database: {
    /** Runtime role: owns nothing, NOBYPASSRLS. Unset in development means "start an embedded PostgreSQL". */
    readonly url: string | undefined;
    /** Owner role that runs migrations. Defaults to `url` only outside production. */
    readonly ownerUrl: string | undefined;
    readonly poolSize: number;
    readonly statementTimeoutMs: number;
    /**
     * DATABASE_READ_URL: a streaming replica (hot standby), same runtime role, for the heavy reads
     * (dashboards, reports' figures, exports); unset means every read goes to `url`. Reads fall back to
     * `url` while the replica is unreachable or lags more than `readMaxLagMs` (DATABASE_READ_MAX_LAG_MS);
     * docs/adr/0019-read-replica-routing.md.
     */
    readonly readUrl: string | undefined;
    readonly readMaxLagMs: number;
  };
  /**
   * Where BullMQ keeps the queues (docs/adr/0010-start-anywhere.md): `redis` (production, and whenever
   * REDIS_URL is set) or `postgres` (BullMQ's PostgreSQL backend, in the schema named after the queue
   * prefix, reached through `postgresUrl`: QUEUE_DATABASE_URL, else the owner role's URL, which may create
   * that schema). QUEUE_BACKEND chooses explicitly; production requires `redis`.
   */
  readonly queue: {
    readonly backend: 'redis' | 'postgres';
    readonly postgresUrl: string | undefined;
    /**
     * How a job held by a dead worker is found again (docs/adr/0013-jobs-survive-their-workers.md): its
     * lock lasts QUEUE_LOCK_DURATION_MS (renewed at half of it while the job runs), the stalled check runs
     * every QUEUE_STALLED_INTERVAL_MS, and a job may be found stalled QUEUE_MAX_STALLED_COUNT times before
     * BullMQ gives up on it (then the outbox relay publishes it again: a stall never parks an event).
     */
    readonly lockDurationMs: number;
    readonly stalledIntervalMs: number;
    readonly maxStalledCount: number;
    /**
     * QUEUE_BATCH_SIZE: at most this many notice events (queue `notifications`) run together in one
     * transaction per tenant, and travel in one BullMQ job from the outbox relay (a carrier, ADR 0029); 1
     * runs and publishes each on its own (docs/notifications.md#throughput).
     */
    readonly batchSize: number;
    /**
     * QUEUE_NEWER_VERSION_DELAY_MS: how long a worker puts off a job whose payload version is newer than
     * the one it knows (emitted by a newer release during a rolling deploy): the job waits, delayed, for a
     * worker of that release, and no attempt is used.
     */
    readonly newerVersionDelayMs: number;
  };
  /**
   * SHUTDOWN_TIMEOUT_MS: after SIGTERM, how long the API drains its requests and the worker lets its running
   * jobs finish before the process exits anyway (what is left is re-run by another worker).
   */
  readonly shutdownTimeoutMs: number;
  readonly redis: {
    /** Unset outside production means "queues on PostgreSQL" (npm start) unless QUEUE_BACKEND=redis. */
    readonly url: string | undefined;
    /**
     * REDIS_URL read: one server (`redis://`), a primary found through Sentinels (`redis+sentinel://`)
     * or a Redis Cluster (`redis+cluster://`); every connection is made from it (libs/queue's createRedis).
     */
    readonly target: RedisTarget | undefined;
    /** Prefix of every BullMQ key; braces make it a Redis Cluster hash tag. */
    readonly queuePrefix: string;
  };
  /**
   * Which job schedules the worker upserts at boot (JOB_SCHEDULES): `all` (the default), or the listed
   * schedule ids (`none` for none). Tests boot workers with none, unless a suite tests a schedule.
   */
  readonly jobSchedules: 'all' | readonly string[];
  readonly outbox: {
    readonly pollIntervalMs: number;
    readonly republishAfterMs: number;
    readonly batchSize: number;
  };
  /** Housekeeping: how long done outbox events and ended sessions are kept before the worker prunes them. */
  readonly retention: {
    readonly outboxDays: number;
    readonly sessionDays: number;
  };
  readonly auth: {
    /** Signs access tokens (HS256) and invitation links; at least 32 characters. */
    readonly secret: string;
    readonly issuer: string;
    readonly audience: string;
    readonly accessTokenTtlSeconds: number;
    readonly refreshTokenTtlSeconds: number;
    /** A session (refresh-token family) ends this long after sign-in, however often it is refreshed. */
    readonly sessionMaxAgeSeconds: number;
    readonly invitationTtlSeconds: number;
    /** argon2id's cost for new password hashes (`PRODUCTION_PASSWORD_HASH` unless lowered outside production). */
    readonly passwordHash: { readonly memoryKib: number; readonly timeCost: number };
    readonly throttle: {
      readonly windowSeconds: number;
      /** Wrong passwords per account per window before login answers 429. */
      readonly loginFailuresPerAccount: number;
      /** Login attempts per client IP per window. */
      readonly loginAttemptsPerIp: number;
      /** Refresh attempts per client IP per window. */
      readonly refreshAttemptsPerIp: number;
      /** Refreshes per account per window (a client in a refresh loop, or a stolen token being farmed). */
      readonly refreshesPerAccount: number;
      /** The window of the password-reset request counters (longer: each request may send an e-mail). */
      readonly passwordResetWindowSeconds: number;
      /** Reset requests per e-mail address per reset window (known or not). */
      readonly passwordResetsPerAccount: number;
      /** Reset requests per client IP per reset window. */
      readonly passwordResetRequestsPerIp: number;
    };
  };
  /**
   * The platform's Ed25519 key that seals conventions' evidence chains (docs/convention-evidence.md).
   * `privateKeyPem` (EVIDENCE_SIGNING_KEY, PKCS#8 PEM) is required in production by the API, which seals;
   * elsewhere the key is read from, or generated into, `keyFile`.
   */
  readonly evidence: {
    readonly privateKeyPem: string | undefined;
    readonly keyFile: string;
  };
  /**
   * Outgoing e-mail (docs/notifications.md): through `smtpUrl` (SMTP_URL, smtp: or smtps:) when set,
   * otherwise each message is written as an `.eml` file under `dir` (`<DATA_DIR>/mail`).
   */
  readonly mail: {
    readonly smtpUrl: string | undefined;
    readonly from: string;
    readonly dir: string;
    /**
     * How long one SMTP exchange may take (connect, greeting, each reply). An e-mail claimed longer ago
     * than twice this, still `sending`, is taken to be abandoned (a crashed worker) and may be sent again.
     */
    readonly timeoutMs: number;
  };
  /**
   * Outgoing webhooks (docs/notifications.md#webhooks): how long one attempt may take, the base of the
   * retries' exponential backoff, and the key every endpoint's signing secret is derived from
   * (WEBHOOK_SIGNING_SECRET; AUTH_SECRET when unset).
   */
  readonly webhooks: {
    readonly timeoutMs: number;
    readonly retryBaseMs: number;
    readonly signingSecret: string;
  };
  /**
   * Reports (docs/reports.md): how long a finished report may be downloaded (REPORT_DOWNLOAD_TTL_HOURS),
   * whether PDF content streams are compressed (REPORT_PDF_COMPRESS; tests turn it off to read the text),
   * and, for tests only, an interval that replaces every recurring report's cron pattern
   * (REPORT_SCHEDULE_EVERY_MS; unset in real deployments).
   */
  readonly reports: {
    readonly downloadTtlHours: number;
    readonly pdfCompress: boolean;
    readonly scheduleEveryMs: number | undefined;
  };
  /**
   * Metrics and traces (docs/observability.md). `metricsToken` (METRICS_TOKEN, at least 16 characters):
   * the bearer token a Prometheus scrape of `/metrics` must send; unset, `/metrics` is not served.
   * `otlpEndpoint` (OTEL_EXPORTER_OTLP_ENDPOINT): where traces are posted (OTLP/HTTP, `/v1/traces` is
   * appended); unset, nothing is traced. `serviceName` (OTEL_SERVICE_NAME): the traces' service name,
   * `jazari-api` or `jazari-worker` when unset.
   */
  readonly telemetry: {
    readonly metricsToken: string | undefined;
    readonly otlpEndpoint: string | undefined;
    readonly serviceName: string | undefined;
  };
  /**
   * Single sign-on (docs/identity.md#single-sign-on-openid-connect): the secret the key that encrypts
   * tenants' OIDC client secrets is derived from (SSO_SECRET_KEY; AUTH_SECRET when unset), and whether an
   * issuer may be a plain-http URL (SSO_ALLOW_HTTP_ISSUERS: tests and local providers; never in production).
   */
  readonly sso: {
    readonly secretKey: string;
    readonly allowHttpIssuers: boolean;
  };
  /**
   * Passkeys (docs/identity.md#passkeys-webauthn): the relying party's id, WEBAUTHN_RP_ID (the host name of
   * PUBLIC_URL when unset; it may be a parent domain of that host), and the one origin ceremonies must come
   * from (PUBLIC_URL's). A passkey is bound to its RP id: changing it orphans every passkey made before.
   */
  readonly webauthn: {
    readonly rpId: string;
    readonly origin: string;
  };
  /** Where people open Jazari: links in invitations point here. */
  readonly publicUrl: string;
  /** The browser app's build that the API serves (WEB_DIR; apps/web/dist of the checkout when unset). */
  readonly webDir: string | undefined;
  readonly seedDemo: boolean;
}
