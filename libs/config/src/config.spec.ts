import { describe, expect, it } from '@jest/globals';
import { ConfigError, DEVELOPMENT_AUTH_SECRET, loadConfig, PRODUCTION_PASSWORD_HASH } from './config.js';

describe('loadConfig', () => {
  it('applies development defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.env).toBe('development');
    expect(config.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.redis.queuePrefix).toBe('{jazari}');
    expect(config.seedDemo).toBe(true);
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', QUEUE_PREFIX: 'jazari' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT must be an integer');
    expect(message).toContain('DATABASE_URL must be a postgres: or postgresql: URL');
    expect(message).toContain('QUEUE_PREFIX must be a Redis Cluster hash tag');
  });

  it('requires external services in production and never seeds the demo there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /DATABASE_URL is required[\s\S]*REDIS_URL is required[\s\S]*AUTH_SECRET is required/,
    );
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://app@db/jazari',
      DATABASE_OWNER_URL: 'postgres://owner@db/jazari',
      REDIS_URL: 'redis://cache:6379',
      AUTH_SECRET: 'a'.repeat(48),
      SEED_DEMO: 'true',
    });
    expect(config.seedDemo).toBe(false);
  });

  it('refuses a short AUTH_SECRET and never uses the development secret in production', () => {
    expect(() => loadConfig({ AUTH_SECRET: 'short' })).toThrow('AUTH_SECRET must be at least 32 characters');
    expect(loadConfig({}).auth.secret).toBe(DEVELOPMENT_AUTH_SECRET);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://a@b/c', REDIS_URL: 'redis://r' }),
    ).toThrow('AUTH_SECRET is required');
  });

  it("hashes passwords at OWASP's minimum unless told otherwise, and never below it in production", () => {
    expect(PRODUCTION_PASSWORD_HASH).toEqual({ memoryKib: 19_456, timeCost: 2 });
    expect(loadConfig({}).auth.passwordHash).toEqual(PRODUCTION_PASSWORD_HASH);
    const cheap = { PASSWORD_HASH_MEMORY_KIB: '1024', PASSWORD_HASH_TIME_COST: '1' };
    expect(loadConfig({ NODE_ENV: 'test', ...cheap }).auth.passwordHash).toEqual({
      memoryKib: 1024,
      timeCost: 1,
    });
    expect(() => loadConfig({ PASSWORD_HASH_MEMORY_KIB: '4' })).toThrow(
      'PASSWORD_HASH_MEMORY_KIB must be an integer from 8',
    );
    expect(() => loadConfig({ PASSWORD_HASH_TIME_COST: '0' })).toThrow(
      'PASSWORD_HASH_TIME_COST must be an integer from 1',
    );
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://app@db/jazari',
      DATABASE_OWNER_URL: 'postgres://owner@db/jazari',
      REDIS_URL: 'redis://cache:6379',
      AUTH_SECRET: 'a'.repeat(48),
    };
    for (const lowered of [cheap, { PASSWORD_HASH_MEMORY_KIB: '19455' }, { PASSWORD_HASH_TIME_COST: '1' }]) {
      expect(() => loadConfig({ ...production, ...lowered })).toThrow(
        /PASSWORD_HASH_MEMORY_KIB and PASSWORD_HASH_TIME_COST may not go below 19456 and 2 when NODE_ENV=production/,
      );
    }
    // Raising it is production's to choose.
    expect(
      loadConfig({ ...production, PASSWORD_HASH_MEMORY_KIB: '65536', PASSWORD_HASH_TIME_COST: '3' }).auth
        .passwordHash,
    ).toEqual({ memoryKib: 65_536, timeCost: 3 });
    expect(loadConfig(production).auth.passwordHash).toEqual(PRODUCTION_PASSWORD_HASH);
  });

  it('reads the evidence sealing key, or keeps a generated one under DATA_DIR', () => {
    expect(loadConfig({}).evidence).toEqual({
      privateKeyPem: undefined,
      keyFile: '.data/evidence-ed25519.pem',
    });
    expect(loadConfig({ DATA_DIR: '/var/lib/jazari/' }).evidence.keyFile).toBe(
      '/var/lib/jazari/evidence-ed25519.pem',
    );
    const pem = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----';
    expect(loadConfig({ EVIDENCE_SIGNING_KEY: pem.replace(/\n/g, '\\n') }).evidence.privateKeyPem).toBe(pem);
    expect(() => loadConfig({ EVIDENCE_SIGNING_KEY: 'not a key' })).toThrow(
      'EVIDENCE_SIGNING_KEY must be a PKCS#8 PEM',
    );
  });

  it('trusts no proxy by default, and only the proxies it is told about', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1, fd00::/8, loopback' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      'fd00::/8',
      'loopback',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow('TRUST_PROXY=true would let any client');
    // Fastify ignores hop counts (it cannot tell the proxy from a client): refused rather than inert.
    expect(() => loadConfig({ TRUST_PROXY: '1' })).toThrow('TRUST_PROXY=1 is a hop count');
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33, proxy.local' })).toThrow(
      'TRUST_PROXY has "10.0.0.0/33", "proxy.local"',
    );
  });

  it('does not reuse the runtime URL for migrations in production', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://app@db/j',
      REDIS_URL: 'redis://r',
      AUTH_SECRET: 'a'.repeat(48),
    });
    expect(config.database.ownerUrl).toBeUndefined();
  });

  it('keeps uploads under DATA_DIR/files, up to 25 MiB, unless told otherwise', () => {
    expect(loadConfig({}).storage).toEqual({ dir: '.data/files', maxUploadBytes: 25 * 1024 * 1024 });
    expect(loadConfig({ DATA_DIR: '/var/lib/jazari/' }).storage.dir).toBe('/var/lib/jazari/files');
    expect(loadConfig({ STORAGE_DIR: '/srv/files', UPLOAD_MAX_BYTES: '1048576' }).storage).toEqual({
      dir: '/srv/files',
      maxUploadBytes: 1_048_576,
    });
    expect(() => loadConfig({ UPLOAD_MAX_BYTES: '25MB' })).toThrow('UPLOAD_MAX_BYTES must be an integer');
    expect(() => loadConfig({ UPLOAD_MAX_BYTES: '0' })).toThrow('UPLOAD_MAX_BYTES must be an integer');
  });

  it('keeps reports downloadable for 168 hours by default, and compresses their PDFs', () => {
    expect(loadConfig({}).reports).toEqual({
      downloadTtlHours: 168,
      pdfCompress: true,
      scheduleEveryMs: undefined,
    });
    expect(
      loadConfig({
        REPORT_DOWNLOAD_TTL_HOURS: '24',
        REPORT_PDF_COMPRESS: 'false',
        REPORT_SCHEDULE_EVERY_MS: '2000',
      }).reports,
    ).toEqual({ downloadTtlHours: 24, pdfCompress: false, scheduleEveryMs: 2_000 });
    expect(() => loadConfig({ REPORT_DOWNLOAD_TTL_HOURS: '0' })).toThrow('REPORT_DOWNLOAD_TTL_HOURS');
  });

  it('sends mail through SMTP_URL, or writes it under <DATA_DIR>/mail', () => {
    const local = loadConfig({ DATA_DIR: '/var/jazari/' });
    expect(local.mail).toEqual({
      smtpUrl: undefined,
      from: 'Jazari <no-reply@jazari.ma>',
      dir: '/var/jazari/mail',
      timeoutMs: 30_000,
    });
    const smtp = loadConfig({
      SMTP_URL: 'smtps://u:p@mail.example.ma:465',
      MAIL_FROM: 'X <x@example.ma>',
      SMTP_TIMEOUT_MS: '5000',
    });
    expect(smtp.mail.timeoutMs).toBe(5_000);
    expect(smtp.mail.smtpUrl).toBe('smtps://u:p@mail.example.ma:465');
    expect(smtp.mail.from).toBe('X <x@example.ma>');
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.ma' })).toThrow(
      /SMTP_URL must be a smtp: or smtps: URL/,
    );
  });

  it('configures webhooks: timeout, retry base, and the signing key (AUTH_SECRET by default)', () => {
    const defaults = loadConfig({ AUTH_SECRET: 'x'.repeat(40) });
    expect(defaults.webhooks).toEqual({
      timeoutMs: 10_000,
      retryBaseMs: 60_000,
      signingSecret: 'x'.repeat(40),
    });
    const set = loadConfig({
      WEBHOOK_TIMEOUT_MS: '2500',
      WEBHOOK_RETRY_BASE_MS: '50',
      WEBHOOK_SIGNING_SECRET: 'w'.repeat(32),
    });
    expect(set.webhooks).toEqual({ timeoutMs: 2_500, retryBaseMs: 50, signingSecret: 'w'.repeat(32) });
    expect(() => loadConfig({ WEBHOOK_SIGNING_SECRET: 'short' })).toThrow(
      'WEBHOOK_SIGNING_SECRET must be at least 32 characters',
    );
    expect(() => loadConfig({ WEBHOOK_TIMEOUT_MS: '0' })).toThrow('WEBHOOK_TIMEOUT_MS must be an integer');
  });

  it("binds passkeys to PUBLIC_URL's host and origin, or to a parent domain named by WEBAUTHN_RP_ID", () => {
    expect(loadConfig({}).webauthn).toEqual({ rpId: 'localhost', origin: 'http://localhost:3000' });
    expect(loadConfig({ PUBLIC_URL: 'https://app.jazari.ma/base/' }).webauthn).toEqual({
      rpId: 'app.jazari.ma',
      origin: 'https://app.jazari.ma',
    });
    expect(
      loadConfig({ PUBLIC_URL: 'https://app.jazari.ma', WEBAUTHN_RP_ID: 'Jazari.ma' }).webauthn.rpId,
    ).toBe('jazari.ma');
    // A browser refuses an RP id that is not the page's host or a parent of it.
    expect(() => loadConfig({ PUBLIC_URL: 'https://app.jazari.ma', WEBAUTHN_RP_ID: 'evil.example' })).toThrow(
      'WEBAUTHN_RP_ID must be',
    );
    expect(() => loadConfig({ PUBLIC_URL: 'https://app.jazari.ma', WEBAUTHN_RP_ID: 'ari.ma' })).toThrow(
      'WEBAUTHN_RP_ID must be',
    );
  });
});
