import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type AppConfig, type Clock } from '@jazari/config';
import { createApi } from '@jazari/api';
import {
  adminClient,
  rememberTotpSecret,
  TEST_PASSWORD_HASH,
  testClock,
  testServices,
  totpCode,
} from '@jazari/testing';
import { createWorker } from '@jazari/worker';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type pg from 'pg';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freePort } from '../../../scripts/lib/ports.js';
import { DEMO_PASSWORD, seedDemoNetwork } from '../../../scripts/seed/index.js';

/** Debian's Chromium, as CI installs it (`.ci/run`); CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without the network flags Chromium tries to reach Google's services from a machine that has no internet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Where the journeys' screenshots go (a CI artefact; README: "Browser tests"). */
export const SCREENSHOT_DIR = path.resolve(process.env.SCREENSHOT_DIR ?? 'artifacts/screenshots');

/** The built web app (`npm run build:web`, which `npm test` runs first). */
export const WEB_DIR = path.resolve('apps/web/dist');

export interface BrowserWorld {
  readonly baseUrl: string;
  readonly config: AppConfig;
  /** A superuser on the world's database, for assertions that must see past RLS. */
  readonly admin: pg.Client;
  readonly browser: Browser;
  /**
   * The API's and the worker's Clock: `testClock`, as in the e2e worlds, so a person's next TOTP step is
   * reached by moving it, not by waiting (docs/testing.md, "Second factors in tests").
   */
  readonly clock: Clock;
  /** `.eml` files the worker wrote (DATA_DIR/mail). */
  readonly mailDir: string;
  /** A fresh browser context (no cookies, no storage) with console errors recorded. */
  newPage(options?: {
    locale?: 'fr' | 'ar' | 'en';
    viewport?: { width: number; height: number };
  }): Promise<JourneyPage>;
  close(): Promise<void>;
}

export interface JourneyPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far (a journey ends with none). */
  readonly errors: string[];
}

/**
 * The whole platform for browser journeys: the test file's own database (cloned from the run's migrated
 * template by test/support/database-environment.mjs) with the demo network seeded (the
 * logins of the README), the API serving the built web app on a loopback port at `http://localhost:<port>`
 * (the cookie's host), the worker (notices, e-mails as .eml files), and Chromium. As the e2e worlds
 * (`testWorld()`): the API and the worker run on `testClock`, and passwords hash at the test cost
 * (`TEST_PASSWORD_HASH`, the seed's too; ADR 0024).
 */
export async function startBrowserWorld(): Promise<BrowserWorld> {
  // The browser first: when it cannot start, nothing else has been started that would outlive the suite.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jazari-browser-'));
  const port = await freePort();
  const config = loadConfig({
    // The demo seed runs in development only.
    NODE_ENV: 'development',
    DATABASE_URL: testServices.databaseUrl,
    DATABASE_OWNER_URL: testServices.ownerUrl,
    REDIS_URL: testServices.redisUrl,
    QUEUE_PREFIX: `{jazari-browser-${process.pid}-${Date.now()}}`,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    WORKER_HEALTH_PORT: '0',
    PUBLIC_URL: `http://localhost:${port}`,
    WEB_DIR,
    OUTBOX_POLL_INTERVAL_MS: '250',
    DATABASE_POOL_SIZE: '6',
    SEED_DEMO: 'true',
    THROTTLE_LOGIN_ATTEMPTS_PER_IP: '10000',
    THROTTLE_REFRESH_ATTEMPTS_PER_IP: '10000',
    // The sweeps reload the app page after page: each load restores the session with one refresh.
    THROTTLE_REFRESHES_PER_ACCOUNT: '10000',
    PASSWORD_HASH_MEMORY_KIB: String(TEST_PASSWORD_HASH.memoryKib),
    PASSWORD_HASH_TIME_COST: String(TEST_PASSWORD_HASH.timeCost),
  });
  await seedDemoNetwork(config);
  const admin = await adminClient();
  const worker: NestFastifyApplication = await createWorker(config, { clock: testClock });
  const api: NestFastifyApplication = await createApi(config, { clock: testClock });
  await api.listen({ port, host: '127.0.0.1' });
  const contexts: BrowserContext[] = [];

  return {
    baseUrl: `http://localhost:${port}`,
    config,
    admin,
    browser,
    clock: testClock,
    mailDir: path.join(dataDir, 'mail'),
    async newPage(options = {}) {
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 1280, height: 900 },
        locale: options.locale === 'ar' ? 'ar-MA' : options.locale === 'en' ? 'en-GB' : 'fr-MA',
        timezoneId: 'Africa/Casablanca',
        // No transitions (the app respects the setting): axe and screenshots see dialogs and menus as
        // they end up, not half-faded in (axe once measured a dialog's text mid-fade as low contrast).
        reducedMotion: 'reduce',
      });
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      return { page, context, errors };
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await api.close().catch(() => undefined);
      await worker.close().catch(() => undefined);
      await admin.end().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export { DEMO_PASSWORD };

/** Signs in through the sign-in page, as a person would, and waits for the page it leads to. */
export async function signInAs(
  page: Page,
  baseUrl: string,
  email: string,
  next = '/',
  lang?: string,
): Promise<void> {
  const query = new URLSearchParams();
  if (next !== '/') query.set('next', next);
  if (lang) query.set('lang', lang);
  await page.goto(`${baseUrl}/sign-in${query.size ? `?${query.toString()}` : ''}`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await secondStep(page, email);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/**
 * Sign-in's second step, when the page asks for it, as the person would answer it with their phone: a
 * code computed from the secret the page showed when they set their app up (Root's administrators set
 * one up at their first sign-in). Nothing to do when the page moves on without it. For a world of
 * `startBrowserWorld` (its API on `testClock`).
 */
export async function secondStep(page: Page, email: string): Promise<void> {
  const secret = page.getByTestId('totp-secret');
  const code = page.locator('input[name="code"]');
  await Promise.race([
    page.waitForURL((url) => !url.pathname.startsWith('/sign-in')),
    code.waitFor({ state: 'visible' }),
  ]);
  if (!new URL(page.url()).pathname.startsWith('/sign-in')) return;
  if (await secret.isVisible()) {
    rememberTotpSecret(email, (await secret.innerText()).trim(), testClock);
    await code.fill(await totpCode(email));
    await page.locator('button[type="submit"]').click();
    await page.getByTestId('recovery-codes').waitFor();
    await page.getByTestId('recovery-codes').locator('xpath=..').getByRole('button').click();
    return;
  }
  await code.fill(await totpCode(email));
  await page.locator('button[type="submit"]').click();
}

/**
 * Signs in through the API as a client would, with sign-in's second step when the API asks for it (a code
 * of the person's app; for one who must have a factor and has none, setting it up first). Answers the
 * final response: status and body, so a failure shows what the API said.
 */
export async function apiSignIn(
  baseUrl: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<{ status: number; body: { accessToken?: string } & Record<string, unknown> }> {
  const post = async (route: string, body: unknown) => {
    const response = await fetch(`${baseUrl}/api/v1${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const first = await post('/auth/login', { email, password });
  if (first.status !== 202) return first;
  const { challengeToken, enrolmentRequired } = first.body as {
    challengeToken: string;
    enrolmentRequired: boolean;
  };
  if (!enrolmentRequired) return post('/auth/second-factor', { challengeToken, code: await totpCode(email) });
  const begun = await post('/auth/second-factor/totp', { challengeToken });
  if (begun.status !== 200) return begun;
  rememberTotpSecret(email, begun.body.secret as string, testClock);
  return post('/auth/second-factor/totp/confirm', { challengeToken, code: await totpCode(email) });
}

/** Writes a screenshot of the page to SCREENSHOT_DIR/<lang>/<name>.png. */
export async function screenshot(page: Page, lang: string, name: string): Promise<string> {
  const dir = path.join(SCREENSHOT_DIR, lang);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The messages the worker wrote as .eml files. */
export function mails(mailDir: string): { file: string; raw: string }[] {
  let files: string[];
  try {
    files = readdirSync(mailDir).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
  return files.sort().map((file) => ({ file, raw: readFileSync(path.join(mailDir, file), 'utf8') }));
}
