import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createApi } from '@jazari/api';
import {
  adminClient,
  createTenant,
  createUser,
  startOidcProvider,
  testConfig,
  type TestOidcProvider,
  type TestTenant,
  type TestUser,
} from '@jazari/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type pg from 'pg';
import request from 'supertest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { freePort } from '../../scripts/lib/ports.js';
import { describeViolations, seriousViolations } from './lib/axe.js';
import { CHROMIUM, CHROMIUM_ARGS, screenshot, WEB_DIR } from './lib/browser-world.js';

jest.setTimeout(120_000);

/**
 * Issue 20 point 2, as people meet it in Chromium: an institute's manager sets up single sign-on on
 * /admin/sso; then a person opens the sign-in page of the institute, presses "Se connecter avec UM5",
 * signs in on the provider's own pages (a real `oidc-provider` on loopback, its development login and
 * consent forms) and lands on Jazari's home page — in French and in Arabic. A refusal comes back to the
 * sign-in page in words; with password sign-in off, the password form is hidden. Axe on Jazari's pages.
 */
describe('single sign-on in the browser', () => {
  let provider: TestOidcProvider;
  let admin: pg.Client;
  let api: NestFastifyApplication;
  let browser: Browser;
  let baseUrl: string;
  let lab: TestTenant;
  let manager: TestUser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const port = await freePort();
    baseUrl = `http://localhost:${port}`;
    provider = await startOidcProvider({
      redirectUri: `${baseUrl}/api/v1/auth/sso/callback`,
      accounts: {
        nadia: { email: 'nadia@um5.test', email_verified: true, name: 'Nadia Bennani', locale: 'fr' },
        karim: { email: 'karim@um5.test', email_verified: true, name: 'كريم العلوي', locale: 'ar' },
        ghost: { email: 'ghost@um5.test', email_verified: false, name: 'Ghost' },
      },
    });
    const config = testConfig({ PUBLIC_URL: baseUrl, WEB_DIR, PORT: String(port), HOST: '127.0.0.1' });
    admin = await adminClient();
    lab = await createTenant(admin, 'institute');
    manager = await createUser(admin, [{ tenant: lab, role: 'institute_manager' }], {
      locale: 'fr',
      displayName: 'Amina Manager',
    });
    // An existing member: the Arabic journey links to this account by its verified e-mail.
    await createUser(admin, [{ tenant: lab, role: 'researcher' }], {
      email: 'karim@um5.test',
      displayName: 'كريم العلوي',
      locale: 'ar',
    });
    api = await createApi(config);
    await api.listen({ port, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await api?.close();
    await admin?.end();
    await provider?.close();
  });

  const open = async (locale: 'fr' | 'ar') => {
    const context = await browser.newContext({
      locale: locale === 'ar' ? 'ar-MA' : 'fr-MA',
      timezoneId: 'Africa/Casablanca',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && new URL(page.url()).origin === baseUrl) errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    return { context, page, errors };
  };
  const axe = async (page: Page, what: string) =>
    expect(describeViolations(what, await seriousViolations(page))).toBe('');

  /** The provider's own pages: its login form, then its consent form. */
  const signInAtProvider = async (page: Page, login: string) => {
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]', { hasText: 'Continue' }).click();
  };

  it('lets the manager set up the provider on /admin/sso, in French', async () => {
    const { context, page, errors } = await open('fr');
    try {
      await page.goto(`${baseUrl}/sign-in?next=/admin/sso`);
      await page.locator('input[name="email"]').fill(manager.email);
      await page.locator('input[name="password"]').fill(manager.password);
      await page.locator('button[type="submit"]').click();
      await page.waitForURL(`${baseUrl}/admin/sso`);
      await page.getByRole('heading', { level: 1, name: 'Connexion unique (SSO)' }).waitFor();
      await page.getByText(`${baseUrl}/api/v1/auth/sso/callback`).waitFor();
      await page.getByLabel('Nom affiché').fill('UM5');
      await page.getByLabel('Émetteur (issuer)').fill(provider.issuer);
      await page.getByLabel('Identifiant du client').fill(provider.clientId);
      await page.getByLabel('Secret du client').fill(provider.clientSecret);
      const domains = page.getByRole('combobox', { name: /Domaines de messagerie autorisés/ });
      await domains.fill('um5.test');
      await domains.press('Enter');
      await page.getByLabel('Elle rejoint l’organisation avec un rôle par défaut').check();
      await axe(page, 'admin sso form');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Connexion unique enregistrée').waitFor();
      await page.getByText('Un secret est enregistré (chiffré)').waitFor();
      await screenshot(page, 'fr', 'admin-sso');
      const stored = await admin.query<{
        display_name: string;
        default_role: string;
        allowed_domains: string[];
      }>(`SELECT display_name, default_role, allowed_domains FROM sso_config WHERE tenant_id = $1`, [lab.id]);
      expect(stored.rows).toEqual([
        { display_name: 'UM5', default_role: 'researcher', allowed_domains: ['um5.test'] },
      ]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  beforeAll(async () => {
    // The configuration the journeys below sign in with, written through the API (the journey above writes
    // the same through the page).
    const { signIn } = await import('@jazari/testing');
    const session = await signIn(api, manager.email, manager.password);
    await request(api.getHttpServer())
      .put('/api/v1/sso-config')
      .auth(session.accessToken, { type: 'bearer' })
      .send({
        enabled: true,
        displayName: 'UM5',
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        allowedDomains: ['um5.test'],
        firstSignIn: 'default_role',
        defaultRole: 'researcher',
        passwordSignIn: true,
      })
      .expect(200);
  });

  const journeys = {
    fr: { login: 'nadia', button: 'Se connecter avec UM5', hello: 'Bonjour Nadia Bennani', dir: 'ltr' },
    ar: { login: 'karim', button: 'الدخول عبر UM5', hello: 'كريم العلوي', dir: 'rtl' },
  } as const;

  for (const lang of ['fr', 'ar'] as const) {
    it(`signs a person in through the provider's pages and lands on the home page, in ${lang === 'fr' ? 'French' : 'Arabic'}`, async () => {
      const words = journeys[lang];
      const { context, page, errors } = await open(lang);
      try {
        await page.goto(`${baseUrl}/sign-in?tenant=${lab.slug}&lang=${lang}`);
        const button = page.getByRole('link', { name: words.button });
        await button.waitFor();
        expect(await page.locator('html').getAttribute('dir')).toBe(words.dir);
        await axe(page, `sign-in with SSO (${lang})`);
        await screenshot(page, lang, 'sign-in-sso');
        await button.click();
        await signInAtProvider(page, words.login);
        await page.waitForURL(`${baseUrl}/`);
        await page.getByRole('heading', { level: 1, name: new RegExp(words.hello) }).waitFor();
        await axe(page, `home after SSO (${lang})`);
        await screenshot(page, lang, 'home-after-sso');
        // A reload keeps the session: it lives in the same refresh cookie as a password sign-in's.
        await page.reload();
        await page.getByRole('heading', { level: 1, name: new RegExp(words.hello) }).waitFor();
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('says a refusal in words, and hides the password form when password sign-in is off', async () => {
    const { context, page, errors } = await open('fr');
    try {
      await page.goto(`${baseUrl}/sign-in?tenant=${lab.slug}`);
      await page.getByRole('link', { name: 'Se connecter avec UM5' }).click();
      await signInAtProvider(page, 'ghost');
      await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.has('sso-error'));
      const alert = page.getByRole('alert');
      await alert.getByText('Votre fournisseur d’identité n’a pas confirmé votre adresse e-mail.').waitFor();
      await axe(page, 'sign-in with an SSO refusal');
      await screenshot(page, 'fr', 'sign-in-sso-refused');

      await admin.query(`UPDATE sso_config SET password_sign_in = false WHERE tenant_id = $1`, [lab.id]);
      await page.goto(`${baseUrl}/sign-in?tenant=${lab.slug}`);
      await page.getByRole('link', { name: 'Se connecter avec UM5' }).waitFor();
      expect(await page.locator('input[name="password"]').count()).toBe(0);
      await axe(page, 'sign-in, passwords off');
      await screenshot(page, 'fr', 'sign-in-sso-only');
      // The administrators' way in stays one click away.
      await page.getByRole('button', { name: 'Administrateur ? Se connecter avec un mot de passe' }).click();
      await page.locator('input[name="email"]').fill(manager.email);
      await page.locator('input[name="password"]').fill(manager.password);
      await page.locator('button[type="submit"]').click();
      await page.waitForURL(`${baseUrl}/`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
