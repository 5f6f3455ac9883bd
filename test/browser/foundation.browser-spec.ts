/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { waitFor } from '@jazari/testing';
import { describeViolations, seriousViolations } from './lib/axe.js';
import { DEMO_USERS } from '../../scripts/seed/index.js';
import { mails, screenshot, signInAs, startBrowserWorld, type BrowserWorld } from './lib/browser-world.js';

jest.setTimeout(180_000);

/**
 * The front door, as the people of the demo network meet it: the sign-in page, the home page of what
 * needs attention, the language and its direction, the tenant switcher, a session that survives a
 * reload, and an invitation accepted from its e-mail — in French and in Arabic.
 */
describe('the web app’s front door', () => {
  let world: BrowserWorld;

  beforeAll(async () => {
    world = await startBrowserWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  /** Late items of Rabat's projects, as the API computes them (the page must show the same). */
  const lateInRabat = async (): Promise<number> => {
    const { rows } = await world.admin.query<{ n: string }>(
      `SELECT count(*) AS n FROM (
         SELECT m.id FROM milestone m JOIN tenant t ON t.id = m.tenant_id JOIN project p ON p.tenant_id = m.tenant_id AND p.id = m.project_id
          WHERE t.slug = 'jazari-rabat' AND m.done_date IS NULL AND m.due_date < (now() AT TIME ZONE 'Africa/Casablanca')::date
            AND p.status NOT IN ('completed', 'cancelled')
         UNION ALL
         SELECT d.id FROM deliverable d JOIN tenant t ON t.id = d.tenant_id JOIN project p ON p.tenant_id = d.tenant_id AND p.id = d.project_id
          WHERE t.slug = 'jazari-rabat' AND d.status IN ('planned', 'rejected') AND d.due_date < (now() AT TIME ZONE 'Africa/Casablanca')::date
            AND p.status NOT IN ('completed', 'cancelled')) x`,
    );
    return Number(rows[0].n);
  };

  it('takes every demo login of the README to its home page, in the language of its profile', async () => {
    for (const user of DEMO_USERS) {
      const { page, errors } = await world.newPage();
      await signInAs(page, world.baseUrl, user.email);
      // Earlier journeys may have changed a profile's language: the page follows the profile as it is now.
      const { rows } = await world.admin.query<{ locale: string }>(
        `SELECT locale FROM app_user WHERE email = $1`,
        [user.email],
      );
      const locale = rows[0].locale;
      await page.waitForURL(`${world.baseUrl}/`);
      await waitFor(
        `${user.email}'s home page in ${locale}`,
        async () =>
          (await page.locator('html').getAttribute('lang')) === locale &&
          (await page.getByRole('heading', { level: 1 }).first().innerText()).includes(user.name),
        20_000,
      );
      expect(await page.locator('html').getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
      expect({ user: user.email, errors }).toEqual({ user: user.email, errors: [] });
      await page.context().close();
    }
  });

  for (const lang of ['fr', 'ar'] as const) {
    it(`signs a manager in and shows what needs attention, in ${lang === 'fr' ? 'French' : 'Arabic'}`, async () => {
      const { page, errors } = await world.newPage({ locale: lang });
      await page.goto(`${world.baseUrl}/?lang=${lang}`);
      // Not signed in: the sign-in page, in the language asked for, in its direction.
      await page.waitForURL(/\/sign-in/);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
      await expect(page.locator('html').getAttribute('dir')).resolves.toBe(lang === 'ar' ? 'rtl' : 'ltr');
      await page.locator('h1').waitFor();
      expect(await page.locator('h1').textContent()).toBe(lang === 'ar' ? 'تسجيل الدخول' : 'Connexion');
      expect(describeViolations('sign-in', await seriousViolations(page))).toBe('');
      await screenshot(page, lang, 'sign-in');

      await signInAs(page, world.baseUrl, 'manager.rabat@jazari.ma', '/', lang);
      const late = page.getByRole('region', { name: lang === 'ar' ? 'متأخر' : 'En retard' });
      await late.getByRole('listitem').first().waitFor();
      expect(await late.getByRole('listitem').count()).toBe(Math.min(8, await lateInRabat()));
      expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect(describeViolations('home', await seriousViolations(page))).toBe('');
      await screenshot(page, lang, 'home');

      // A reload keeps the session (the refresh cookie), and the language (now on the profile).
      await page.reload();
      await late.getByRole('listitem').first().waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      const profile = await world.admin.query(
        `SELECT locale FROM app_user WHERE email = 'manager.rabat@jazari.ma'`,
      );
      expect(profile.rows[0].locale).toBe(lang);
      // The refresh token never reaches the page's scripts.
      expect(await page.evaluate(() => document.cookie)).not.toContain('jazari_refresh');
      const cookie = (await page.context().cookies()).find((c) => c.name === 'jazari_refresh');
      expect(cookie).toMatchObject({
        httpOnly: true,
        secure: true,
        sameSite: 'Strict',
        path: '/api/v1/auth',
      });
      expect(errors).toEqual([]);
    });
  }

  it('switches tenant for a person who belongs to two, and comes back to the page it was asked for', async () => {
    const { page, errors } = await world.newPage();
    await page.goto(`${world.baseUrl}/projects`);
    await page.waitForURL(/\/sign-in\?next=%2Fprojects/);
    await signInAs(page, world.baseUrl, 'manager.rabat@jazari.ma', '/projects', 'fr');
    await page.waitForURL(/\/projects$/);
    const switcher = page.getByRole('button', { name: 'Changer d’organisation' });
    await switcher.click();
    await page.getByRole('menuitem', { name: /Casablanca/ }).click();
    await page.waitForURL(`${world.baseUrl}/`);
    await waitFor('the switch', async () => ((await switcher.textContent()) ?? '').includes('Casablanca'));
    // The home page now speaks for Casablanca, where this person is a researcher.
    await page.getByText('chercheur·e', { exact: false }).first().waitFor();
    await screenshot(page, 'fr', 'home-switched-tenant');
    expect(errors).toEqual([]);
  });

  it('accepts an invitation from its e-mail: a new account, signed in, in the tenant it was for', async () => {
    // Souss-Massa's manager invites someone through the API; the worker e-mails the link.
    const api = (path: string, init: RequestInit & { token?: string } = {}) =>
      fetch(`${world.baseUrl}/api/v1${path}`, {
        ...init,
        headers: {
          'content-type': 'application/json',
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        },
      });
    const login = (await (
      await api('/auth/login', {
        method: 'POST',
        body: JSON.stringify({ email: 'manager.souss@jazari.ma', password: 'Jazari-Demo-2026' }),
      })
    ).json()) as { accessToken: string };
    const email = `nouvelle.chercheuse.${Date.now()}@um5.ac.ma`;
    const created = await api('/invitations', {
      method: 'POST',
      token: login.accessToken,
      body: JSON.stringify({ email, role: 'researcher' }),
    });
    expect(created.status).toBe(201);
    const mail = await waitFor(
      'the invitation e-mail',
      () => mails(world.mailDir).find((m) => m.raw.includes(email)),
      30_000,
    );
    const link = /https?:\/\/[^\s"<>]+\/invitations\/accept\?token=[A-Za-z0-9_=-]+/.exec(
      mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='),
    )?.[0];
    expect(link).toBeDefined();

    const { page, errors } = await world.newPage({ locale: 'ar' });
    await page.goto(`${link}&lang=ar`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByText(email).waitFor();
    expect(describeViolations('invitation', await seriousViolations(page))).toBe('');
    await screenshot(page, 'ar', 'accept-invitation');
    await page.getByLabel('الاسم المعروض').fill('سلمى العلوي');
    await page.getByLabel('كلمة المرور الجديدة').fill('Une-Phrase-Longue-2026');
    await page.getByLabel('تأكيد كلمة المرور').fill('Une-Phrase-Longue-2026');
    await page.getByRole('button', { name: 'قبول الدعوة' }).click();
    await page.waitForURL(`${world.baseUrl}/`);
    await page.getByRole('heading', { name: /سلمى العلوي/ }).waitFor();
    const membership = await world.admin.query(
      `SELECT t.slug, m.role, u.locale FROM membership m JOIN app_user u ON u.id = m.user_id JOIN tenant t ON t.id = m.tenant_id WHERE u.email = $1`,
      [email],
    );
    expect(membership.rows).toEqual([{ slug: 'jazari-souss-massa', role: 'researcher', locale: 'ar' }]);
    expect(errors).toEqual([]);
  });
});
