import { isIP } from 'node:net';
import { parseRedisUrl, type RedisTarget } from './redis-target.js';

export type { AppConfig, LogLevel, NodeEnv } from './app-config.js';
import type { AppConfig, LogLevel, NodeEnv } from './app-config.js';

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
