import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createApi } from '@jazari/api';
import {
  adminClient,
  createTenant,
  createUser,
  signIn,
  startMailSink,
  testConfig,
  waitFor,
  type MailSink,
  type TestTenant,
} from '@jazari/testing';
import { createWorker } from '@jazari/worker';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type pg from 'pg';
import request from 'supertest';
import { chromium, type Browser } from 'playwright-core';
import { freePort } from '../../scripts/lib/ports.js';
import { describeViolations, seriousViolations } from './lib/axe.js';
import { CHROMIUM, CHROMIUM_ARGS, screenshot, WEB_DIR } from './lib/browser-world.js';

jest.setTimeout(90_000);

/**
 * Issue 20 point 1, as a person who forgot their password meets it: "forgotten password?" on the sign-in
 * page, the neutral confirmation, the e-mail (read from a real SMTP sink on loopback), the link's page,
 * the new password twice, the sign-in page's notice, signing in with the new password — and the link
 * refused the second time. In French and in Arabic. No demo seed: one tenant and two people, so the
 * journey stays short.
 */
describe('forgotten password, reset by e-mail', () => {
  let smtp: MailSink;
  let admin: pg.Client;
  let api: NestFastifyApplication;
  let worker: NestFastifyApplication;
  let browser: Browser;
  let baseUrl: string;
  let lab: TestTenant;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    smtp = await startMailSink();
    const port = await freePort();
    baseUrl = `http://localhost:${port}`;
    const config = testConfig({
      SMTP_URL: smtp.url,
      PUBLIC_URL: baseUrl,
      WEB_DIR,
      PORT: String(port),
      HOST: '127.0.0.1',
    });
    admin = await adminClient();
    lab = await createTenant(admin, 'institute');
    worker = await createWorker(config);
    api = await createApi(config);
    await api.listen({ port, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await api?.close();
    await worker?.close();
    await admin?.end();
    await smtp?.close();
  });

  const words = {
    fr: {
      forgot: 'Mot de passe oublié ?',
      send: 'Recevoir le lien',
      sent: 'valable 30 minutes',
      mail: 'Choisir un nouveau mot de passe',
      newPassword: 'Nouveau mot de passe',
      confirm: 'Confirmez le mot de passe',
      save: 'Enregistrer',
      tooShort: 'Le mot de passe doit compter au moins 12 caractères.',
      done: 'Votre mot de passe a été changé',
      used: 'Ce lien a déjà servi',
      askAgain: 'Demander un nouveau lien',
      sessions: 'Mes sessions',
      thisOne: 'Cette session',
      endOthers: 'Déconnecter partout ailleurs',
    },
    ar: {
      forgot: 'نسيتم كلمة المرور؟',
      send: 'إرسال الرابط',
      sent: 'صالح لمدة 30 دقيقة',
      mail: 'اختيار كلمة مرور جديدة',
      newPassword: 'كلمة المرور الجديدة',
      confirm: 'تأكيد كلمة المرور',
      save: 'حفظ',
      tooShort: 'يجب ألا تقل كلمة المرور عن 12 حرفًا',
      done: 'تم تغيير كلمة المرور',
      used: 'سبق استعمال هذا الرابط',
      askAgain: 'طلب رابط جديد',
      sessions: 'جلساتي',
      thisOne: 'هذه الجلسة',
      endOthers: 'تسجيل الخروج من كل مكان آخر',
    },
  } as const;

  it('lets an administrator see a member’s sessions and end one, in French', async () => {
    const manager = await createUser(admin, [{ tenant: lab, role: 'institute_manager' }], { locale: 'fr' });
    const member = await createUser(admin, [{ tenant: lab, role: 'researcher' }], {
      displayName: 'Salma Idrissi',
    });
    const phone = await signIn(api, member.email, member.password, {
      'user-agent': 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36',
    });
    const context = await browser.newContext({ locale: 'fr-MA', timezoneId: 'Africa/Casablanca' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    try {
      await page.goto(`${baseUrl}/sign-in?next=/admin/members`);
      await page.locator('input[name="email"]').fill(manager.email);
      await page.locator('input[name="password"]').fill(manager.password);
      await page.locator('button[type="submit"]').click();
      await page.waitForURL(`${baseUrl}/admin/members`);
      await page.getByRole('button', { name: 'Sessions de Salma Idrissi' }).click();
      const dialog = page.getByRole('dialog', { name: 'Sessions de Salma Idrissi ici' });
      await dialog.getByRole('rowheader', { name: 'Chrome · Android' }).waitFor();
      expect(describeViolations('member sessions', await seriousViolations(page))).toBe('');
      await screenshot(page, 'fr', 'member-sessions');
      await dialog.getByRole('button', { name: 'Déconnecter' }).click();
      await dialog.getByText('Aucune session ouverte.').waitFor();
      await request(api.getHttpServer())
        .get('/api/v1/me')
        .auth(phone.accessToken, { type: 'bearer' })
        .expect(401);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const lang of ['fr', 'ar'] as const) {
    it(`takes a person from "forgotten password" to signed in with a new one, then to their sessions, in ${lang === 'fr' ? 'French' : 'Arabic'}`, async () => {
      const w = words[lang];
      const person = await createUser(admin, [{ tenant: lab, role: 'researcher' }], { locale: lang });
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: lang === 'ar' ? 'ar-MA' : 'fr-MA',
        timezoneId: 'Africa/Casablanca',
      });
      // The forgot-password page's chunk arrives a second late, as it does on a loaded machine, so the
      // journey meets, every run, the moment when the URL has changed and the page has not (below).
      await context.route('**/assets/forgot-password.page-*.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        await route.continue();
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
      });
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      try {
        await page.goto(`${baseUrl}/sign-in?lang=${lang}`);
        await expect(page.locator('html').getAttribute('dir')).resolves.toBe(lang === 'ar' ? 'rtl' : 'ltr');
        await page.getByRole('link', { name: w.forgot }).click();
        await page.waitForURL(`${baseUrl}/forgot-password`);
        // The URL changes before the page does: the router keeps the sign-in page on screen while the
        // forgot-password page's chunk loads, and the sign-in page has an `email` field too. Typed there,
        // the address is lost, the new page's field is empty and "send" sends nothing (the hang seen in
        // full runs, with no request in the browser's network log). The field of the form that sends.
        const form = page.locator('form').filter({ has: page.getByRole('button', { name: w.send }) });
        await form.locator('input[name="email"]').fill(person.email);
        expect(describeViolations('forgot-password', await seriousViolations(page))).toBe('');
        await page.getByRole('button', { name: w.send }).click();
        const confirmation = page.getByRole('status');
        await confirmation.waitFor();
        expect(await confirmation.innerText()).toContain(w.sent);
        await screenshot(page, lang, 'forgot-password-sent');

        // The e-mail, in the person's language, carries the link to the page.
        const mail = await waitFor(
          `the reset e-mail to ${person.email}`,
          () => smtp.to(person.email)[0],
          30_000,
        );
        expect(mail.text).toContain(w.mail);
        const link = new RegExp(`${baseUrl}/reset-password\\?token=jzp_[A-Za-z0-9_-]{86}`).exec(
          mail.text,
        )?.[0];
        expect(link).toBeDefined();

        await page.goto(link!);
        await page.getByLabel(w.newPassword).waitFor();
        // Too short: said next to the field, nothing sent.
        await page.getByLabel(w.newPassword).fill('short');
        await page.getByLabel(w.confirm).fill('short');
        await page.getByRole('button', { name: w.save }).click();
        await page.getByText(w.tooShort).waitFor();
        expect(describeViolations('reset-password', await seriousViolations(page))).toBe('');
        await screenshot(page, lang, 'reset-password');

        const chosen = `Nouveau-${lang}-mot-de-passe-2026`;
        await page.getByLabel(w.newPassword).fill(chosen);
        await page.getByLabel(w.confirm).fill(chosen);
        await page.getByRole('button', { name: w.save }).click();
        await page.waitForURL(/\/sign-in\?reset=done/);
        await page.getByRole('status').filter({ hasText: w.done }).waitFor();
        await screenshot(page, lang, 'sign-in-after-reset');

        await page.locator('input[name="email"]').fill(person.email);
        await page.locator('input[name="password"]').fill(chosen);
        await page.locator('button[type="submit"]').click();
        await page.waitForURL(`${baseUrl}/`);

        expect(errors).toEqual([]);

        // Issue 20 point 4: signed in on a phone too, the person sees both sessions on their profile and
        // signs out everywhere else; the phone's session is over.
        const phone = await signIn(api, person.email, chosen, {
          'user-agent':
            'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36',
        });
        await page.goto(`${baseUrl}/profile`);
        const sessions = page.getByRole('region', { name: w.sessions });
        await sessions.getByRole('row').nth(2).waitFor();
        expect(await sessions.getByRole('row').count()).toBe(3); // header, this one, the phone
        await sessions.getByText(w.thisOne).waitFor();
        expect(await sessions.getByRole('rowheader', { name: 'Chrome · Android' }).count()).toBe(1);
        expect(describeViolations('profile sessions', await seriousViolations(page))).toBe('');
        await screenshot(page, lang, 'profile-sessions');
        await sessions.getByRole('button', { name: w.endOthers }).click();
        await waitFor('the phone’s row to go', async () => (await sessions.getByRole('row').count()) === 2);
        await request(api.getHttpServer())
          .get('/api/v1/me')
          .auth(phone.accessToken, { type: 'bearer' })
          .expect(401);
        expect(errors).toEqual([]);

        // The link worked once: opened again, it says so and offers to ask again. (Chromium logs the
        // API's 410 as a console error: that answer, and only it, is expected.)
        await page.goto(link!);
        await page.getByRole('alert').filter({ hasText: w.used }).waitFor();
        await page.getByRole('link', { name: w.askAgain }).waitFor();
        // And the person was told their password changed.
        await waitFor('the "password changed" e-mail', () => smtp.to(person.email).length === 2, 30_000);
        expect(errors).toEqual([
          expect.stringMatching(/status of 410 .*\/api\/v1\/auth\/password-reset\/check\)$/),
        ]);
      } finally {
        await context.close();
      }
    });
  }
});
