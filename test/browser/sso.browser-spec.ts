import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createApi } from '@jazari/api';
import {
  adminClient,
  createTenant,
  createUser,
  enrolTotp,
  signIn as apiSignIn,
  startOidcProvider,
  testClock,
  testConfig,
  totpCode,
  totpSecretOf,
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
 * sign-in page in words; with password sign-in off, the password form is hidden. /admin/sso in Arabic too.
 * A member with a second factor comes back from the provider to the code step, not into a session; a
 * session that ends over a form asks for the password and then the code, in the dialog, and the form's
 * save goes through. Axe on Jazari's pages.
 */
describe('single sign-on in the browser', () => {
  let provider: TestOidcProvider;
  let admin: pg.Client;
  let api: NestFastifyApplication;
  let browser: Browser;
  let baseUrl: string;
  let lab: TestTenant;
  let manager: TestUser;
  let lina: TestUser;
  let managerRecoveryCodes: string[] = [];

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
        lina: { email: 'lina@um5.test', email_verified: true, name: 'Lina Tazi', locale: 'fr' },
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
    api = await createApi(config, { clock: testClock });
    await api.listen({ port, host: '127.0.0.1' });
    // A member with an authenticator app: single sign-on brings her to the code step, not in.
    lina = await createUser(admin, [{ tenant: lab, role: 'researcher' }], {
      email: 'lina@um5.test',
      displayName: 'Lina Tazi',
      locale: 'fr',
    });
    await enrolTotp(api, (await apiSignIn(api, lina.email, lina.password)).accessToken, lina.email);
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

  it('shows /admin/sso in Arabic, right to left, with no serious accessibility violation', async () => {
    const { context, page, errors } = await open('ar');
    try {
      await page.goto(`${baseUrl}/sign-in?next=/admin/sso&lang=ar`);
      await page.locator('input[name="email"]').fill(manager.email);
      await page.locator('input[name="password"]').fill(manager.password);
      await page.locator('button[type="submit"]').click();
      await page.waitForURL(`${baseUrl}/admin/sso`);
      await page.getByRole('heading', { level: 1, name: 'الدخول الموحّد (SSO)' }).waitFor();
      await page.getByText(`${baseUrl}/api/v1/auth/sso/callback`).waitFor();
      await page.getByLabel('الاسم المعروض').waitFor();
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await page.getByLabel('الاسم المعروض').inputValue()).toBe('UM5');
      expect(await page.getByLabel('المزوّد يفرض بنفسه عاملًا ثانيًا').isChecked()).toBe(false);
      await axe(page, 'admin sso form (ar)');
      await screenshot(page, 'ar', 'admin-sso');
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

  it('asks a member with a second factor for her code after the provider, then lets her in', async () => {
    const { context, page, errors } = await open('fr');
    try {
      await page.goto(`${baseUrl}/sign-in?tenant=${lab.slug}`);
      await page.getByRole('link', { name: 'Se connecter avec UM5' }).click();
      await signInAtProvider(page, 'lina');
      // Back on the sign-in page at its second step; the challenge left the address.
      await page.getByRole('heading', { level: 1, name: 'Second facteur' }).waitFor();
      expect(new URL(page.url()).hash).toBe('');
      expect(page.url()).not.toContain('challenge');
      await axe(page, 'second factor after SSO');
      await screenshot(page, 'fr', 'sign-in-sso-second-factor');
      const sessions = async () =>
        (
          await admin.query<{ auth_method: string }>(
            `SELECT auth_method FROM auth_session WHERE user_id = $1 AND tenant_id = $2 ORDER BY created_at`,
            [lina.id, lab.id],
          )
        ).rows.map((r) => r.auth_method);
      const before = await sessions();
      await page.getByLabel('Code de vérification').fill('000000');
      await page.getByRole('button', { name: 'Vérifier' }).click();
      await page.getByText('Ce code n’est pas le bon, ou il a déjà servi.').waitFor();
      expect(await sessions()).toEqual(before);
      await page.getByLabel('Code de vérification').fill(await totpCode(lina.email));
      await page.getByRole('button', { name: 'Vérifier' }).click();
      await page.waitForURL(`${baseUrl}/`);
      await page.getByRole('heading', { level: 1, name: /Bonjour Lina Tazi/ }).waitFor();
      // An SSO session, in the tenant of the provider (which takes no passwords by now).
      expect(await sessions()).toEqual([...before, 'sso']);
      // The one wrong code is the page's one failed request.
      expect(errors.filter((e) => e.includes('status of 401'))).toHaveLength(1);
      expect(errors.filter((e) => !e.includes('status of 401'))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('asks for the code too when the session ends over a form, and keeps what was typed', async () => {
    // Set up once (a retried run finds it there), through the API.
    if (!totpSecretOf(manager.email)) {
      const session = await apiSignIn(api, manager.email, manager.password);
      managerRecoveryCodes = await enrolTotp(api, session.accessToken, manager.email);
    }
    const recovery = managerRecoveryCodes.shift()!;
    const { context, page, errors } = await open('fr');
    try {
      // In French again (the Arabic journey above left Arabic as the manager's language).
      await page.goto(`${baseUrl}/sign-in?next=/admin/sso&lang=fr`);
      await page.locator('input[name="email"]').fill(manager.email);
      await page.locator('input[name="password"]').fill(manager.password);
      await page.locator('button[type="submit"]').click();
      await page.getByLabel('Code de vérification').fill(recovery);
      await page.getByRole('button', { name: 'Vérifier' }).click();
      await page.waitForURL(`${baseUrl}/admin/sso`);
      await page.getByLabel('Nom affiché').fill('UM5 Rabat');

      // The session ends elsewhere (signed out everywhere); the next save meets it.
      await admin.query(
        `UPDATE auth_session SET revoked_at = now(), revoked_reason = 'logout' WHERE user_id = $1 AND revoked_at IS NULL`,
        [manager.id],
      );
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      const dialog = page.getByRole('dialog', { name: 'Votre session a pris fin' });
      await dialog.waitFor();
      await dialog.locator('input[type="password"]').fill(manager.password);
      await dialog.getByRole('button', { name: 'Se reconnecter' }).click();
      // The password is right; the second factor follows, in the same dialog.
      const code = dialog.getByLabel('Code de vérification');
      await code.waitFor();
      await axe(page, 're-authentication, second factor');
      await screenshot(page, 'fr', 'reauth-second-factor');
      await code.fill('000000');
      await dialog.getByRole('button', { name: 'Vérifier' }).click();
      await dialog.getByText('Ce code n’est pas le bon, ou il a déjà servi.').waitFor();
      await code.fill(await totpCode(manager.email));
      await dialog.getByRole('button', { name: 'Vérifier' }).click();
      await dialog.waitFor({ state: 'detached' });
      // The save that met the end went through once the person was back.
      await page.getByText('Connexion unique enregistrée').waitFor();
      const stored = await admin.query<{ display_name: string }>(
        `SELECT display_name FROM sso_config WHERE tenant_id = $1`,
        [lab.id],
      );
      expect(stored.rows).toEqual([{ display_name: 'UM5 Rabat' }]);
      expect(errors.filter((e) => !e.includes('status of 401'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
