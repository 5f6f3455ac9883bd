import { isIP } from 'node:net';
import { parseRedisUrl, type RedisTarget } from './redis-target.js';

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
     * transaction per tenant; 1 runs each on its own (docs/notifications.md#throughput).
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

/** Outside production a fixed secret lets `npm start` and the tests run with no setup; never in production. */
export const DEVELOPMENT_AUTH_SECRET = 'jazari-development-secret-do-not-use-in-production';

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The only reader of environment variables. Every value is parsed and checked here; a bad value stops
 * the process with a message naming the variable.
 */
export function loadConfig(env: Env): AppConfig {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = read(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    return fallback;
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const value = read(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      problems.push(`${name} must be an integer from ${min} to ${max} (got "${value}")`);
      return fallback;
    }
    return parsed;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const value = read(name);
    if (value === undefined) return fallback;
    if (['true', '1', 'yes'].includes(value.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(value.toLowerCase())) return false;
    problems.push(`${name} must be true or false (got "${value}")`);
    return fallback;
  };
  const url = (name: string, protocols: readonly string[]): string | undefined => {
    const value = read(name);
    if (value === undefined) return undefined;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) {
        problems.push(`${name} must be a ${protocols.join(' or ')} URL (got protocol "${parsed.protocol}")`);
      }
    } catch {
      problems.push(`${name} is not a valid URL`);
    }
    return value;
  };

  const nodeEnv = oneOf<NodeEnv>('NODE_ENV', ['development', 'test', 'production'], 'development');
  const production = nodeEnv === 'production';
  const databaseUrl = url('DATABASE_URL', ['postgres:', 'postgresql:']);
  const ownerUrl = url('DATABASE_OWNER_URL', ['postgres:', 'postgresql:']);
  const readUrl = url('DATABASE_READ_URL', ['postgres:', 'postgresql:']);
  const redisUrl = read('REDIS_URL');
  let redisTarget: RedisTarget | undefined;
  if (redisUrl !== undefined) {
    try {
      redisTarget = parseRedisUrl(redisUrl);
    } catch (error) {
      problems.push(`REDIS_URL ${(error as Error).message}`);
    }
  }
  if (production && !databaseUrl) problems.push('DATABASE_URL is required when NODE_ENV=production');
  if (production && !redisUrl) problems.push('REDIS_URL is required when NODE_ENV=production');

  const queueBackend = oneOf<'redis' | 'postgres'>(
    'QUEUE_BACKEND',
    ['redis', 'postgres'],
    redisUrl || production ? 'redis' : 'postgres',
  );
  if (production && queueBackend !== 'redis')
    problems.push('QUEUE_BACKEND must be redis when NODE_ENV=production');
  const queueDatabaseUrl = url('QUEUE_DATABASE_URL', ['postgres:', 'postgresql:']);

  const queuePrefix = read('QUEUE_PREFIX') ?? '{jazari}';
  if (!/^\{[A-Za-z0-9_.:-]+\}$/.test(queuePrefix)) {
    problems.push(`QUEUE_PREFIX must be a Redis Cluster hash tag such as "{jazari}" (got "${queuePrefix}")`);
  }
  const jobSchedulesValue = read('JOB_SCHEDULES') ?? 'all';
  const jobSchedules: AppConfig['jobSchedules'] =
    jobSchedulesValue === 'all'
      ? 'all'
      : jobSchedulesValue === 'none'
        ? []
        : jobSchedulesValue
            .split(',')
            .map((id) => id.trim())
            .filter((id) => id !== '');
  if (jobSchedules !== 'all' && jobSchedules.some((id) => !/^[a-z0-9_]+\.[a-z0-9_]+$/.test(id))) {
    problems.push(
      `JOB_SCHEDULES must be all, none or schedule ids such as "maintenance.prune,conventions.sweep" (got "${jobSchedulesValue}")`,
    );
  }
  const corsOrigins = (read('CORS_ORIGINS') ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of corsOrigins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      problems.push(`CORS_ORIGINS has "${origin}", which is not an origin such as https://app.example.ma`);
    }
  }

  const trustProxyValue = read('TRUST_PROXY');
  let trustProxy: AppConfig['trustProxy'] = false;
  if (trustProxyValue !== undefined && !['', 'false', 'no'].includes(trustProxyValue.toLowerCase())) {
    if (trustProxyValue.toLowerCase() === 'true') {
      problems.push(
        'TRUST_PROXY=true would let any client choose its address: give the proxies’ addresses or CIDRs',
      );
    } else if (/^[0-9]+$/.test(trustProxyValue)) {
      // Fastify (5.8 and later) ignores a hop count: it cannot tell a proxy from a client that sends
      // X-Forwarded-For itself, so every address would silently stay the proxy's.
      problems.push(
        `TRUST_PROXY=${trustProxyValue} is a hop count, which cannot tell the proxy from a client: give the proxies’ addresses or CIDRs (e.g. 10.0.0.0/8), or "loopback", "uniquelocal"`,
      );
    } else {
      const entries = trustProxyValue
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
      const invalid = entries.filter((entry) => !isProxyAddress(entry));
      if (invalid.length > 0) {
        problems.push(
          `TRUST_PROXY has ${invalid.map((e) => `"${e}"`).join(', ')}: give IP addresses, CIDRs (10.0.0.0/8) or "loopback", "linklocal", "uniquelocal"`,
        );
      } else trustProxy = entries;
    }
  }
  const authSecret = read('AUTH_SECRET');
  if (production && !authSecret) problems.push('AUTH_SECRET is required when NODE_ENV=production');
  if (production && authSecret === DEVELOPMENT_AUTH_SECRET) {
    problems.push(
      'AUTH_SECRET is the published development secret: generate one with `openssl rand -base64 48`',
    );
  }
  if (authSecret !== undefined && authSecret.length < 32) {
    problems.push('AUTH_SECRET must be at least 32 characters (use `openssl rand -base64 48`)');
  }
  // A PEM in an environment variable often arrives with its newlines escaped.
  const evidenceKey = read('EVIDENCE_SIGNING_KEY')?.replace(/\\n/g, '\n');
  if (
    evidenceKey !== undefined &&
    !/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----$/.test(evidenceKey)
  ) {
    problems.push(
      'EVIDENCE_SIGNING_KEY must be a PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"), e.g. from `openssl genpkey -algorithm ed25519`',
    );
  }
  const webhookSigningSecret = read('WEBHOOK_SIGNING_SECRET');
  if (webhookSigningSecret !== undefined && webhookSigningSecret.length < 32) {
    problems.push('WEBHOOK_SIGNING_SECRET must be at least 32 characters (use `openssl rand -base64 48`)');
  }
  const metricsToken = read('METRICS_TOKEN');
  if (metricsToken !== undefined && !/^[\x21-\x7e]{16,}$/.test(metricsToken)) {
    problems.push('METRICS_TOKEN must be at least 16 visible ASCII characters (use `openssl rand -hex 24`)');
  }
  const ssoSecretKey = read('SSO_SECRET_KEY');
  if (ssoSecretKey !== undefined && ssoSecretKey.length < 32) {
    problems.push('SSO_SECRET_KEY must be at least 32 characters (use `openssl rand -base64 48`)');
  }
  const port = int('PORT', 3000, 0, 65535);
  const publicUrl = url('PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port || 3000}`;
  const publicHost = URL.canParse(publicUrl) ? new URL(publicUrl).hostname : 'localhost';
  const rpId = read('WEBAUTHN_RP_ID')?.toLowerCase() ?? publicHost;
  // The browser accepts an RP id that is the page's host or a parent domain of it, nothing else.
  if (rpId !== publicHost && !publicHost.endsWith(`.${rpId}`)) {
    problems.push(`WEBAUTHN_RP_ID must be PUBLIC_URL's host name or a parent domain of it (got "${rpId}")`);
  }

  const config: AppConfig = {
    env: nodeEnv,
    host: read('HOST') ?? (production ? '0.0.0.0' : '127.0.0.1'),
    port,
    workerHealthPort: int('WORKER_HEALTH_PORT', 3001, 0, 65535),
    logLevel: oneOf<LogLevel>(
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      nodeEnv === 'test' ? 'silent' : 'info',
    ),
    logPretty: bool('LOG_PRETTY', false),
    corsOrigins,
    trustProxy,
    dataDir: read('DATA_DIR') ?? '.data',
    embedded: {
      postgresPort: read('EMBEDDED_POSTGRES_PORT') ? int('EMBEDDED_POSTGRES_PORT', 0, 1, 65535) : undefined,
      redisPort: read('EMBEDDED_REDIS_PORT') ? int('EMBEDDED_REDIS_PORT', 0, 1, 65535) : undefined,
    },
    storage: {
      dir: read('STORAGE_DIR') ?? `${(read('DATA_DIR') ?? '.data').replace(/\/+$/, '')}/files`,
      // Uploads are streamed to storage, never held in memory, so the bound is about disk and time.
      maxUploadBytes: int('UPLOAD_MAX_BYTES', 25 * 1024 * 1024, 1, 5 * 1024 * 1024 * 1024),
    },
    database: {
      url: databaseUrl,
      ownerUrl: ownerUrl ?? (production ? undefined : databaseUrl),
      poolSize: int('DATABASE_POOL_SIZE', 10, 1, 500),
      statementTimeoutMs: int('DATABASE_STATEMENT_TIMEOUT_MS', 15_000, 0, 3_600_000),
      readUrl,
      readMaxLagMs: int('DATABASE_READ_MAX_LAG_MS', 5_000, 0, 3_600_000),
    },
    queue: {
      backend: queueBackend,
      postgresUrl: queueDatabaseUrl ?? ownerUrl ?? (production ? undefined : databaseUrl),
      lockDurationMs: int('QUEUE_LOCK_DURATION_MS', 30_000, 1_000, 600_000),
      stalledIntervalMs: int('QUEUE_STALLED_INTERVAL_MS', 15_000, 500, 600_000),
      maxStalledCount: int('QUEUE_MAX_STALLED_COUNT', 20, 1, 1_000),
      batchSize: int('QUEUE_BATCH_SIZE', 25, 1, 500),
      newerVersionDelayMs: int('QUEUE_NEWER_VERSION_DELAY_MS', 60_000, 10, 3_600_000),
    },
    shutdownTimeoutMs: int('SHUTDOWN_TIMEOUT_MS', 20_000, 500, 600_000),
    redis: { url: redisUrl, target: redisTarget, queuePrefix },
    jobSchedules,
    reports: {
      downloadTtlHours: int('REPORT_DOWNLOAD_TTL_HOURS', 168, 1, 24 * 366),
      pdfCompress: bool('REPORT_PDF_COMPRESS', true),
      scheduleEveryMs: read('REPORT_SCHEDULE_EVERY_MS')
        ? int('REPORT_SCHEDULE_EVERY_MS', 60_000, 1_000, 86_400_000)
        : undefined,
    },
    outbox: {
      pollIntervalMs: int('OUTBOX_POLL_INTERVAL_MS', 1_000, 10, 600_000),
      republishAfterMs: int('OUTBOX_REPUBLISH_AFTER_MS', 300_000, 1_000, 86_400_000),
      batchSize: int('OUTBOX_BATCH_SIZE', 200, 1, 5_000),
    },
    retention: {
      outboxDays: int('OUTBOX_RETENTION_DAYS', 7, 1, 3_650),
      sessionDays: int('SESSION_RETENTION_DAYS', 30, 1, 3_650),
    },
    auth: {
      secret: authSecret ?? DEVELOPMENT_AUTH_SECRET,
      issuer: read('AUTH_ISSUER') ?? 'https://jazari.ma',
      audience: read('AUTH_AUDIENCE') ?? 'jazari-api',
      accessTokenTtlSeconds: int('ACCESS_TOKEN_TTL_SECONDS', 900, 30, 3_600),
      refreshTokenTtlSeconds: int('REFRESH_TOKEN_TTL_SECONDS', 14 * 86_400, 60, 90 * 86_400),
      sessionMaxAgeSeconds: int('SESSION_MAX_AGE_SECONDS', 30 * 86_400, 60, 365 * 86_400),
      invitationTtlSeconds: int('INVITATION_TTL_SECONDS', 7 * 86_400, 60, 30 * 86_400),
      throttle: {
        windowSeconds: int('THROTTLE_WINDOW_SECONDS', 60, 1, 3_600),
        loginFailuresPerAccount: int('THROTTLE_LOGIN_FAILURES_PER_ACCOUNT', 10, 1, 1_000),
        loginAttemptsPerIp: int('THROTTLE_LOGIN_ATTEMPTS_PER_IP', 30, 1, 100_000),
        refreshAttemptsPerIp: int('THROTTLE_REFRESH_ATTEMPTS_PER_IP', 60, 1, 100_000),
        refreshesPerAccount: int('THROTTLE_REFRESHES_PER_ACCOUNT', 30, 1, 100_000),
        passwordResetWindowSeconds: int('THROTTLE_RESET_WINDOW_SECONDS', 3_600, 1, 86_400),
        passwordResetsPerAccount: int('THROTTLE_RESETS_PER_ACCOUNT', 3, 1, 1_000),
        passwordResetRequestsPerIp: int('THROTTLE_RESET_REQUESTS_PER_IP', 30, 1, 100_000),
      },
    },
    evidence: {
      privateKeyPem: evidenceKey,
      keyFile: `${(read('DATA_DIR') ?? '.data').replace(/\/+$/, '')}/evidence-ed25519.pem`,
    },
    mail: {
      smtpUrl: url('SMTP_URL', ['smtp:', 'smtps:']),
      from: read('MAIL_FROM') ?? 'Jazari <no-reply@jazari.ma>',
      dir: `${(read('DATA_DIR') ?? '.data').replace(/\/+$/, '')}/mail`,
      timeoutMs: int('SMTP_TIMEOUT_MS', 30_000, 100, 300_000),
    },
    webhooks: {
      timeoutMs: int('WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
      retryBaseMs: int('WEBHOOK_RETRY_BASE_MS', 60_000, 10, 3_600_000),
      signingSecret: webhookSigningSecret ?? authSecret ?? DEVELOPMENT_AUTH_SECRET,
    },
    telemetry: {
      metricsToken,
      otlpEndpoint: url('OTEL_EXPORTER_OTLP_ENDPOINT', ['http:', 'https:'])?.replace(/\/+$/, ''),
      serviceName: read('OTEL_SERVICE_NAME'),
    },
    sso: {
      secretKey: ssoSecretKey ?? authSecret ?? DEVELOPMENT_AUTH_SECRET,
      // An issuer reached over plain http could be impersonated on the way: only outside production.
      allowHttpIssuers: !production && bool('SSO_ALLOW_HTTP_ISSUERS', true),
    },
    webauthn: {
      rpId,
      origin: URL.canParse(publicUrl) ? new URL(publicUrl).origin : 'http://localhost:3000',
    },
    publicUrl: publicUrl.replace(/\/+$/, ''),
    webDir: read('WEB_DIR'),
    // The demo network never exists in production, whatever the variable says.
    seedDemo: !production && bool('SEED_DEMO', nodeEnv === 'development'),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Reads the process environment once; used by entry points only. */
export function configFromProcessEnv(): AppConfig {
  return loadConfig(process.env);
}

/** An address, a CIDR or one of proxy-addr's named ranges: what Fastify's `trustProxy` list accepts. */
function isProxyAddress(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^[0-9]{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}
