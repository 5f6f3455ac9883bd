import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import PDFDocument from 'pdfkit';
import { rememberTotpSecret, totpCode, waitFor } from '@jazari/testing';
import type { Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './lib/axe.js';
import {
  DEMO_PASSWORD,
  screenshot,
  signInAs,
  startBrowserWorld,
  type BrowserWorld,
} from './lib/browser-world.js';

jest.setTimeout(300_000);

type Lang = 'fr' | 'ar';

const DRAFTER = 'manager.casablanca@jazari.ma';
const PARTNER = 'admin@atlas-ai.ma';

/** The words a person reads on these pages, in each language (the assertions look for them). */
const WORDS = {
  fr: {
    title: 'Convention de démonstration : vision pour l’agro-industrie',
    newConvention: 'Nouvelle convention',
    name: 'Intitulé',
    parties: 'Autres parties',
    atlas: 'Atlas AI Labs',
    create: 'Créer le brouillon',
    submit: 'Soumettre à relecture',
    nameSigners: 'Désigner les signataires',
    forOwner: 'Signent pour',
    mehdi: 'Mehdi Chraibi',
    karim: 'Karim Berrada',
    saveSigners: 'Enregistrer les signataires',
    send: 'Envoyer en signature',
    sign: 'Signer',
    signSubmit: 'Signer la convention',
    toSign: 'À signer',
    sealed: 'Convention signée et scellée',
    setUp: 'Configurer',
    turnOn: 'Activer',
    certificate: 'Certificat de signature',
    timelineSigned: 'Signée',
    wrongPassword: 'Ce n’est pas votre mot de passe : rien n’a été signé.',
  },
  ar: {
    title: 'اتفاقية توضيحية: الرؤية الحاسوبية للصناعات الغذائية',
    newConvention: 'اتفاقية جديدة',
    name: 'العنوان',
    parties: 'الأطراف الأخرى',
    atlas: 'أطلس لمختبرات الذكاء الاصطناعي',
    create: 'إنشاء المسودة',
    submit: 'إحالة إلى المراجعة',
    nameSigners: 'تعيين الموقّعين',
    forOwner: 'يوقّعون عن',
    mehdi: 'Mehdi Chraibi',
    karim: 'Karim Berrada',
    saveSigners: 'حفظ الموقّعين',
    send: 'إرسال للتوقيع',
    sign: 'توقيع',
    signSubmit: 'توقيع الاتفاقية',
    setUp: 'ضبط',
    turnOn: 'تفعيل',
    toSign: 'للتوقيع',
    sealed: 'اتفاقية موقّعة ومختومة',
    certificate: 'شهادة التوقيع',
    timelineSigned: 'وُقّعت',
    wrongPassword: 'ليست هذه كلمة مرورك: لم يُوقَّع أي شيء.',
  },
} as const;

/** The status badges the journey waits for. */
const STATUS = {
  fr: { in_review: 'En relecture', out_for_signature: 'En signature' },
  ar: { in_review: 'قيد المراجعة', out_for_signature: 'قيد التوقيع' },
} as const;

/** A one-page PDF, as pdfkit writes it, for the drafter to upload. */
async function pdfFile(dir: string, name: string, text: string): Promise<string> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.fontSize(20).text('Convention de partenariat', { align: 'center' });
  doc.moveDown().fontSize(12).text(text);
  doc.end();
  await done;
  const file = path.join(dir, name);
  writeFileSync(file, Buffer.concat(chunks));
  return file;
}

/**
 * Issue 19's journey, in French and in Arabic: Casablanca's manager drafts a convention with Atlas AI
 * Labs, uploads its PDF, names a signer per party in one parallel step, sends it and signs; Atlas's
 * admin finds it on the home page, reads the PDF in the page, signs with their password (a wrong one
 * first), and sees the convention sealed, with its certificate and its evidence chain. axe-core on every page.
 */
describe('conventions: draft, send, sign, seal', () => {
  let world: BrowserWorld;
  const dir = mkdtempSync(path.join(tmpdir(), 'jazari-conventions-'));

  beforeAll(async () => {
    world = await startBrowserWorld();
  });
  afterAll(async () => {
    await world?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const checkPage = async (page: Page, lang: Lang, name: string) => {
    await page.waitForLoadState('networkidle');
    expect(describeViolations(name, await seriousViolations(page))).toBe('');
    await screenshot(page, lang, `conventions-${name}`);
  };
  const dialogClosed = (page: Page) =>
    page.getByRole('dialog').waitFor({ state: 'detached', timeout: 30_000 });
  const statusOf = async (title: string) =>
    (
      await world.admin.query<{ id: string; status: string }>(
        `SELECT id, status FROM convention WHERE title = $1`,
        [title],
      )
    ).rows;

  for (const lang of ['fr', 'ar'] as const) {
    const w = WORDS[lang];
    const language = lang === 'fr' ? 'French' : 'Arabic';

    it(`is drafted, sent, signed and sealed, in ${language}`, async () => {
      // A second run starts from the same state: the first run's convention is set aside.
      await world.admin.query(
        `UPDATE convention SET title = title || ' (run ' || now()::text || ')' WHERE title = $1`,
        [w.title],
      );
      const drafter = await world.newPage({ locale: lang });
      const d = drafter.page;
      await signInAs(d, world.baseUrl, DRAFTER, '/conventions', lang);
      await setUpFactor(d, lang, DRAFTER);
      await d.goto(`${world.baseUrl}/conventions`);
      await d.getByRole('button', { name: w.newConvention }).click();
      const form = d.getByRole('dialog');
      await form.getByRole('textbox', { name: w.name }).fill(w.title);
      await form.getByLabel(w.parties).click();
      await d.getByRole('option', { name: w.atlas }).click();
      await form.getByRole('button', { name: w.create }).click();
      await d.waitForURL(/\/conventions\/[0-9a-f-]{36}$/);
      const [created] = await statusOf(w.title);
      expect(created?.status).toBe('draft');

      await d
        .getByTestId('convention-upload')
        .setInputFiles(await pdfFile(dir, `convention-${lang}.pdf`, `Convention de démonstration (${lang})`));
      await d.getByTestId('pdf-viewer').and(d.locator('[data-state="drawn"]')).waitFor({ timeout: 30_000 });
      await d.getByRole('button', { name: w.submit }).click();
      await waitStatus(d, lang, 'in_review', created.id);

      await d.getByRole('button', { name: w.nameSigners }).click();
      const editor = d.getByRole('dialog');
      await editor.getByLabel(new RegExp(`${w.forOwner} Atlas AI Labs`)).click();
      await d.getByRole('option', { name: w.mehdi }).click();
      await editor.getByLabel(new RegExp(`${w.forOwner} .*Casablanca`)).click();
      await d.getByRole('option', { name: w.karim }).click();
      await editor.getByRole('button', { name: w.saveSigners }).click();
      await dialogClosed(d);
      await d.getByTestId('signer').nth(1).waitFor();
      await checkPage(d, lang, 'drafter-ready');

      await d.getByRole('button', { name: w.send }).click();
      await d.getByRole('dialog').getByRole('button', { name: w.send }).click();
      await dialogClosed(d);
      await waitStatus(d, lang, 'out_for_signature', created.id);
      // The drafter signs for Casablanca in the same step as the partner.
      await d.getByRole('button', { name: w.sign, exact: true }).click();
      await d.getByRole('dialog').locator('input[type="password"]').fill(DEMO_PASSWORD);
      await d
        .getByRole('dialog')
        .locator('input[name="secondFactorCode"]')
        .fill(await totpCode(DRAFTER));
      await d.getByRole('dialog').getByRole('button', { name: w.signSubmit }).click();
      await dialogClosed(d);
      await checkPage(d, lang, 'drafter-signed');
      expect(drafter.errors).toEqual([]);

      const partner = await world.newPage({ locale: lang });
      const p = partner.page;
      await signInAs(p, world.baseUrl, PARTNER, '/', lang);
      await setUpFactor(p, lang, PARTNER);
      await p.goto(`${world.baseUrl}/`);
      const toSign = p.getByRole('region', { name: w.toSign });
      await toSign.getByRole('link', { name: w.title, exact: true }).waitFor();
      await checkPage(p, lang, 'partner-home');
      await toSign.getByRole('link', { name: w.title, exact: true }).click();
      await p.getByTestId('pdf-viewer').and(p.locator('[data-state="drawn"]')).waitFor({ timeout: 30_000 });
      expect(await p.getByTestId('signer').allInnerTexts()).toEqual(
        expect.arrayContaining([expect.stringContaining(w.mehdi), expect.stringContaining(w.karim)]),
      );
      await checkPage(p, lang, 'partner-to-sign');

      await p.getByRole('button', { name: w.sign, exact: true }).click();
      const signDialog = p.getByRole('dialog');
      await signDialog.locator('input[type="password"]').fill('not-my-password');
      await signDialog.locator('input[name="secondFactorCode"]').fill('000000');
      await signDialog.getByRole('button', { name: w.signSubmit }).click();
      await signDialog.getByText(w.wrongPassword).waitFor();
      expect((await statusOf(w.title))[0]?.status).toBe('out_for_signature');
      await screenshot(p, lang, 'conventions-partner-wrong-password');
      await signDialog.locator('input[type="password"]').fill(DEMO_PASSWORD);
      await signDialog.locator('input[name="secondFactorCode"]').fill(await totpCode(PARTNER));
      await signDialog.getByRole('button', { name: w.signSubmit }).click();
      await dialogClosed(p);

      await p.getByTestId('sealed').waitFor({ timeout: 30_000 });
      expect(await p.getByTestId('sealed').innerText()).toContain(w.sealed);
      await p.getByRole('button', { name: w.certificate }).waitFor();
      expect((await statusOf(w.title))[0]?.status).toBe('active');
      const events = await p
        .getByTestId('evidence-event')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-type')));
      expect(events.filter((e) => e === 'signed')).toHaveLength(2);
      // Both signed with a fresh second factor, and the evidence says so.
      const methods = await world.admin.query<{ method: string; data_method: string }>(
        `SELECT s.method, e.data->>'method' AS data_method
           FROM convention_signature s
           JOIN convention_event e ON e.convention_id = s.convention_id AND e.type = 'signed'
                                  AND e.data->>'signatureId' = s.id::text
          WHERE s.convention_id = $1`,
        [created.id],
      );
      expect(methods.rows).toEqual([
        { method: 'password+totp', data_method: 'password+totp' },
        { method: 'password+totp', data_method: 'password+totp' },
      ]);
      expect(events).toEqual(expect.arrayContaining(['created', 'sent', 'activated']));
      await checkPage(p, lang, 'partner-sealed');
      // The one wrong password is the browser's one failed request (401), sent once: not renewed and resent.
      const wrongAttempt = (e: string) => e.includes('status of 401') && e.endsWith('/sign)');
      expect(partner.errors.filter(wrongAttempt)).toHaveLength(1);
      expect(partner.errors.filter((e) => !wrongAttempt(e))).toEqual([]);
    });
  }

  /**
   * Signing asks a second factor: the person sets up an authenticator app from their profile (scanning
   * is reading the secret the page shows; their phone is `totpCode`), unless an earlier run did.
   */
  async function setUpFactor(page: Page, lang: Lang, email: string) {
    const w = WORDS[lang];
    await page.goto(`${world.baseUrl}/profile`);
    const state = page.getByTestId('second-factor-state');
    await state.waitFor();
    const setUp = page.getByRole('button', { name: w.setUp, exact: true });
    if (!(await setUp.isVisible())) return;
    await setUp.click();
    const secret = page.getByTestId('totp-secret');
    await secret.waitFor();
    rememberTotpSecret(email, (await secret.innerText()).trim());
    await checkPage(page, lang, 'totp-setup');
    await page.locator('input[name="code"]').fill(await totpCode(email));
    await page.getByRole('button', { name: w.turnOn, exact: true }).click();
    await page.getByTestId('recovery-codes').waitFor();
    expect(await page.getByTestId('recovery-codes').locator('li').count()).toBe(10);
    await checkPage(page, lang, 'totp-recovery-codes');
    await page.getByTestId('recovery-codes').locator('xpath=..').getByRole('button').click();
    await page.getByTestId('recovery-codes').waitFor({ state: 'detached' });
  }

  /** Waits until the convention is in `expected` and the page's badge says so. */
  async function waitStatus(page: Page, lang: Lang, expected: 'in_review' | 'out_for_signature', id: string) {
    await waitFor(`the convention to be ${expected}`, async () => {
      const { rows } = await world.admin.query<{ status: string }>(
        `SELECT status FROM convention WHERE id = $1`,
        [id],
      );
      return rows[0]?.status === expected;
    });
    await page
      .locator(`[data-testid="convention-status"]`)
      .filter({ hasText: STATUS[lang][expected] })
      .waitFor();
  }
});
