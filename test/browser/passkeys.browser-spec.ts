import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createApi } from '@jazari/api';
import {
  adminClient,
  createTenant,
  createUser,
  enrolTotp,
  signIn,
  testConfig,
  totpCode,
  waitFor,
  type TestTenant,
} from '@jazari/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type pg from 'pg';
import request from 'supertest';
import { chromium, type Browser } from 'playwright-core';
import { freePort } from '../../scripts/lib/ports.js';
import { describeViolations, seriousViolations } from './lib/axe.js';
import { CHROMIUM, CHROMIUM_ARGS, screenshot, WEB_DIR } from './lib/browser-world.js';

jest.setTimeout(90_000);

/**
 * Issue 20 point 3, passkeys as a person meets them, in Chromium with its virtual authenticator (the
 * DevTools protocol's `WebAuthn` domain: CTAP2, internal, resident keys, user verification that
 * succeeds): on the profile, "add a passkey", a name, the browser's ceremony, the recovery codes shown
 * once, the passkey listed; then signed out, and signed in again answering the second step with the
 * passkey, and signing a convention with it (the step-up: `password+webauthn` in the signature, which
 * /verify names once the convention is sealed). In French
 * and in Arabic, with axe on every step. No demo seed: an institute and a partner, a few people.
 */
describe('passkeys in the browser', () => {
  let admin: pg.Client;
  let api: NestFastifyApplication;
  let browser: Browser;
  let baseUrl: string;
  let lab: TestTenant;
  let acme: TestTenant;

  /** A convention of the lab with Acme, out for signature by `signer` (lab) and Acme's admin, through the API. */
  async function conventionToSign(
    signerId: string,
    title: string,
  ): Promise<{ id: string; partnerSigns: () => Promise<void>; bundleOf: () => Promise<object> }> {
    const manager = await createUser(admin, [{ tenant: lab, role: 'institute_manager' }]);
    const partner = await createUser(admin, [{ tenant: acme, role: 'partner_admin' }]);
    const m = await signIn(api, manager.email, manager.password);
    const p = await signIn(api, partner.email, partner.password);
    await enrolTotp(api, p.accessToken, partner.email);
    const as = (method: 'post' | 'put', path: string) =>
      request(api.getHttpServer())[method](`/api/v1${path}`).auth(m.accessToken, { type: 'bearer' });
    const created = await as('post', '/conventions')
      .send({
        title,
        type: 'partnership',
        parties: [
          { tenantId: lab.id, roleLabel: 'porteur' },
          { tenantId: acme.id, roleLabel: 'partenaire' },
        ],
      })
      .expect(201);
    const id = created.body.id as string;
    await as('post', `/conventions/${id}/documents?filename=convention.pdf`)
      .set('content-type', 'application/pdf')
      .send(Buffer.from(`%PDF-1.7\nconvention ${id}\n%%EOF\n`))
      .expect(201);
    await as('post', `/conventions/${id}/submit-for-review`).expect(200);
    await as('put', `/conventions/${id}/signers`)
      .send({
        signers: [
          { partyTenantId: lab.id, userId: signerId, step: 1 },
          { partyTenantId: acme.id, userId: partner.id, step: 1 },
        ],
      })
      .expect(200);
    await as('post', `/conventions/${id}/send`).expect(200);
    const partnerSigns = async () => {
      await request(api.getHttpServer())
        .post(`/api/v1/conventions/${id}/sign`)
        .auth(p.accessToken, { type: 'bearer' })
        .send({ password: partner.password, secondFactorCode: await totpCode(partner.email) })
        .expect(200);
    };
    const bundleOf = async () =>
      (
        await request(api.getHttpServer())
          .get(`/api/v1/conventions/${id}/evidence`)
          .auth(m.accessToken, { type: 'bearer' })
          .expect(200)
      ).body as object;
    return { id, partnerSigns, bundleOf };
  }

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const port = await freePort();
    // A passkey is bound to its site: the RP id is PUBLIC_URL's host, `localhost` here.
    baseUrl = `http://localhost:${port}`;
    const config = testConfig({ PUBLIC_URL: baseUrl, WEB_DIR, PORT: String(port), HOST: '127.0.0.1' });
    admin = await adminClient();
    lab = await createTenant(admin, 'institute');
    acme = await createTenant(admin, 'partner');
    // The one browser world left on the machine's clock (no `{ clock: testClock }`), as the e2e tier keeps
    // one in second-factor: the page, the API and the phone's codes agree on real time, the helper waiting
    // for a next step as a phone would (this journey needs at most two codes a person, so it never waits).
    api = await createApi(config);
    await api.listen({ port, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await api?.close();
    await admin?.end();
  });

  const words = {
    fr: {
      passkeys: 'Clés d’accès',
      add: 'Ajouter une clé d’accès',
      create: 'Créer la clé d’accès',
      codesDone: 'J’ai noté mes codes',
      account: 'Compte de',
      signOut: 'Se déconnecter',
      use: 'Utiliser une clé d’accès',
      name: 'Clé de l’ordinateur',
      sign: 'Signer',
      password: 'Votre mot de passe',
      withPasskey: 'Signer avec une clé d’accès',
      method: 'mot de passe + clé d’accès (WebAuthn)',
      enrolTitle: 'Configurer un second facteur',
      createHere: 'Créer une clé d’accès',
      named: 'Clé d’accès du',
    },
    ar: {
      passkeys: 'مفاتيح المرور',
      add: 'إضافة مفتاح مرور',
      create: 'إنشاء مفتاح المرور',
      codesDone: 'دوّنت رموزي',
      account: 'حساب',
      signOut: 'تسجيل الخروج',
      use: 'استعمال مفتاح مرور',
      name: 'مفتاح الحاسوب',
      sign: 'توقيع',
      password: 'كلمة المرور',
      withPasskey: 'التوقيع بمفتاح مرور',
      method: 'كلمة المرور + مفتاح مرور (WebAuthn)',
      enrolTitle: 'ضبط عامل ثانٍ',
      createHere: 'إنشاء مفتاح مرور',
      named: 'مفتاح مرور بتاريخ',
    },
  } as const;

  for (const lang of ['fr', 'ar'] as const) {
    it(`enrols a passkey on the profile, signs in and signs a convention with it (shown on /verify), in ${lang === 'fr' ? 'French' : 'Arabic'}`, async () => {
      const w = words[lang];
      const person = await createUser(admin, [{ tenant: lab, role: 'researcher' }], {
        locale: lang,
        displayName: lang === 'fr' ? 'Salma Idrissi' : 'سلمى الإدريسي',
      });
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: lang === 'ar' ? 'ar-MA' : 'fr-MA',
        timezoneId: 'Africa/Casablanca',
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
      });
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      // The device's authenticator: a platform one that verifies the person (as a fingerprint would).
      const cdp = await context.newCDPSession(page);
      await cdp.send('WebAuthn.enable');
      const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: {
          protocol: 'ctap2',
          transport: 'internal',
          hasResidentKey: true,
          hasUserVerification: true,
          isUserVerified: true,
          automaticPresenceSimulation: true,
        },
      });
      const credentials = async () =>
        (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials;
      try {
        await page.goto(`${baseUrl}/sign-in?lang=${lang}&next=/profile`);
        await expect(page.locator('html').getAttribute('dir')).resolves.toBe(lang === 'ar' ? 'rtl' : 'ltr');
        await page.locator('input[name="email"]').fill(person.email);
        await page.locator('input[name="password"]').fill(person.password);
        await page.locator('button[type="submit"]').click();
        await page.waitForURL(`${baseUrl}/profile`);

        const section = page.getByRole('region', { name: w.passkeys });
        await section.getByRole('button', { name: w.add }).click();
        await section.locator('input[name="passkeyName"]').fill(w.name);
        expect(describeViolations('passkey name', await seriousViolations(page))).toBe('');
        await section.getByRole('button', { name: w.create }).click();
        // Her first second factor: the recovery codes, shown once.
        const codes = section.getByTestId('recovery-codes');
        await codes.waitFor();
        expect(await codes.getByRole('listitem').count()).toBe(10);
        expect(describeViolations('passkey recovery codes', await seriousViolations(page))).toBe('');
        await screenshot(page, lang, 'passkey-recovery-codes');
        await section.getByRole('button', { name: w.codesDone }).click();
        await section.getByRole('rowheader', { name: w.name }).waitFor();
        expect(describeViolations('passkeys list', await seriousViolations(page))).toBe('');
        await screenshot(page, lang, 'passkeys');
        // The browser holds it (a discoverable credential of this site), the API knows it.
        const held = await credentials();
        expect(held).toHaveLength(1);
        expect(held[0]).toMatchObject({ rpId: 'localhost', isResidentCredential: true });
        const stored = await admin.query<{ name: string; credential_id: string }>(
          `SELECT name, credential_id FROM user_passkey WHERE user_id = $1`,
          [person.id],
        );
        expect(stored.rows).toEqual([
          { name: w.name, credential_id: Buffer.from(held[0].credentialId, 'base64').toString('base64url') },
        ]);

        // Signed out, then in again: the password, and the passkey for the second step.
        await page.getByRole('button', { name: new RegExp(w.account) }).click();
        await page.getByRole('menuitem', { name: w.signOut }).click();
        await page.waitForURL(/\/sign-in/);
        await page.locator('input[name="email"]').fill(person.email);
        await page.locator('input[name="password"]').fill(person.password);
        await page.locator('button[type="submit"]').click();
        const use = page.getByRole('button', { name: w.use });
        await use.waitFor();
        expect(describeViolations('second step with a passkey', await seriousViolations(page))).toBe('');
        await screenshot(page, lang, 'sign-in-passkey');
        await use.click();
        await page.waitForURL(`${baseUrl}/`);

        expect((await credentials())[0].signCount).toBeGreaterThanOrEqual(1);
        const used = await admin.query<{ purpose: string }>(
          `SELECT data->>'purpose' AS purpose FROM audit_event
            WHERE action = 'user.passkey_used' AND target_id = $1`,
          [person.id],
        );
        expect(used.rows).toEqual([{ purpose: 'sign-in' }]);
        expect(errors).toEqual([]);

        // Signing a convention: the password again, and the passkey instead of a code.
        const {
          id: conventionId,
          partnerSigns,
          bundleOf,
        } = await conventionToSign(person.id, `Convention clé d’accès ${lang}`);
        await page.goto(`${baseUrl}/conventions/${conventionId}`);
        await page.getByRole('button', { name: w.sign, exact: true }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel(w.password).fill(person.password);
        const withPasskey = dialog.getByRole('button', { name: w.withPasskey });
        await withPasskey.waitFor();
        expect(describeViolations('sign with a passkey', await seriousViolations(page))).toBe('');
        await screenshot(page, lang, 'sign-with-passkey');
        await withPasskey.click();
        await dialog.waitFor({ state: 'detached', timeout: 30_000 });
        const signatures = await admin.query<{ method: string }>(
          `SELECT method FROM convention_signature WHERE convention_id = $1 AND user_id = $2`,
          [conventionId, person.id],
        );
        expect(signatures.rows).toEqual([{ method: 'password+webauthn' }]);
        await waitFor('the step-up in the audit log', async () => {
          const stepUp = await admin.query<{ method: string }>(
            `SELECT data->>'method' AS method FROM audit_event WHERE action = 'user.step_up' AND target_id = $1`,
            [person.id],
          );
          return stepUp.rows[0]?.method === 'webauthn';
        });
        expect(errors).toEqual([]);

        // Once the partner signs too, the sealed bundle, checked on /verify, says how she proved it.
        await partnerSigns();
        const file = path.join(mkdtempSync(path.join(tmpdir(), 'jazari-passkey-')), 'evidence.json');
        writeFileSync(file, JSON.stringify(await bundleOf()));
        await page.goto(`${baseUrl}/verify?lang=${lang}`);
        await page.getByTestId('verify-key').waitFor();
        await page.locator('input[type="file"]').setInputFiles(file);
        const result = page.getByTestId('verify-result');
        await result.and(page.locator('[data-outcome="valid"]')).waitFor();
        expect(await result.getByTestId('signature-method').allInnerTexts()).toEqual(
          expect.arrayContaining([expect.stringContaining(w.method)]),
        );
        expect(describeViolations('verify passkey signature', await seriousViolations(page))).toBe('');
        await screenshot(page, lang, 'verify-passkey-signature');
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it(`sets a required second factor up as a passkey at the first sign-in, in ${lang === 'fr' ? 'French' : 'Arabic'}`, async () => {
      const w = words[lang];
      // An institute that requires a second factor; the person has none yet.
      const strict = await createTenant(admin, 'institute');
      await admin.query(`INSERT INTO tenant_security (tenant_id, second_factor_required) VALUES ($1, true)`, [
        strict.id,
      ]);
      const person = await createUser(admin, [{ tenant: strict, role: 'researcher' }], { locale: lang });
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: lang === 'ar' ? 'ar-MA' : 'fr-MA',
        timezoneId: 'Africa/Casablanca',
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
      });
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      const cdp = await context.newCDPSession(page);
      await cdp.send('WebAuthn.enable');
      await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: {
          protocol: 'ctap2',
          transport: 'internal',
          hasResidentKey: true,
          hasUserVerification: true,
          isUserVerified: true,
          automaticPresenceSimulation: true,
        },
      });
      try {
        await page.goto(`${baseUrl}/sign-in?lang=${lang}`);
        await page.locator('input[name="email"]').fill(person.email);
        await page.locator('input[name="password"]').fill(person.password);
        await page.locator('button[type="submit"]').click();
        // The set-up step offers a passkey of this device first, and an authenticator app below it.
        await page.getByRole('heading', { name: w.enrolTitle }).waitFor();
        const create = page.getByRole('button', { name: w.createHere });
        await create.waitFor();
        await page.getByTestId('totp-secret').waitFor();
        expect(describeViolations('set up a second factor', await seriousViolations(page))).toBe('');
        await screenshot(page, lang, 'sign-in-enrol-passkey');
        await create.click();
        // The recovery codes, shown once; then the home page, signed in.
        const codes = page.getByTestId('recovery-codes');
        await codes.waitFor();
        expect(await codes.getByRole('listitem').count()).toBe(10);
        await codes.locator('xpath=..').getByRole('button').click();
        await page.waitForURL(`${baseUrl}/`);
        const stored = await admin.query<{ name: string }>(
          `SELECT name FROM user_passkey WHERE user_id = $1`,
          [person.id],
        );
        expect(stored.rows).toEqual([{ name: expect.stringContaining(w.named) }]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
