import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import PDFDocument from 'pdfkit';
import { rememberTotpSecret, totpCode, waitFor } from '@jazari/testing';
import type { Locator, Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './lib/axe.js';
import {
  DEMO_PASSWORD,
  screenshot,
  signInAs,
  startBrowserWorld,
  type BrowserWorld,
} from './lib/browser-world.js';

// Three people sign and the bundle is verified, in each language, on a machine shared with other suites.
jest.setTimeout(480_000);

type Lang = 'fr' | 'ar';

const DRAFTER = 'manager.casablanca@jazari.ma';
const PARTNER = 'admin@atlas-ai.ma';
/** Atlas's second signer, in the same step as its admin. */
const PARTNER_MEMBER = 'member@atlas-ai.ma';

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
    imane: 'Imane Kettani',
    karim: 'Karim Berrada',
    move: 'Déplacer',
    overStep1: 'Karim Berrada est au-dessus de l’étape 1.',
    overStep2: 'Karim Berrada est au-dessus de l’étape 2.',
    step: 'Étape',
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
    bundle: 'Dossier de preuve',
    valid: 'Dossier valide',
    method: 'Preuve d’identité : mot de passe + application d’authentification (TOTP)',
    tampered: 'Dossier altéré',
    section: 'les signatures',
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
    imane: 'Imane Kettani',
    karim: 'Karim Berrada',
    move: 'نقل',
    overStep1: 'Karim Berrada فوق المرحلة 1.',
    overStep2: 'Karim Berrada فوق المرحلة 2.',
    step: 'المرحلة',
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
    bundle: 'ملف الإثبات',
    valid: 'ملف إثبات سليم',
    method: 'إثبات الهوية: كلمة المرور + تطبيق المصادقة (TOTP)',
    tampered: 'ملف إثبات معدَّل',
    section: 'التوقيعات',
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
 * Labs, uploads its PDF, names Atlas's two people to sign in parallel in a first step and drags
 * themself into a later step (with the mouse, and with the keyboard), sends it; Atlas's member signs
 * first, then Atlas's admin, who finds it on the home page, reads the PDF in the page and signs with
 * their password (a wrong one first); then the drafter signs and the convention is sealed, with its
 * certificate and its evidence chain. Atlas's admin downloads the evidence bundle, and someone signed out
 * verifies it on /verify with the network cut: valid, and a tampered copy fails with its section named.
 * axe-core on every page.
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
      await d.getByRole('option', { name: w.imane }).click();
      await editor.getByLabel(new RegExp(`${w.forOwner} .*Casablanca`)).click();
      await d.getByRole('option', { name: w.karim }).click();
      // Named one after the other, all three start in one step.
      expect(await stepsShown(editor)).toEqual([[w.mehdi, w.imane, w.karim]]);
      const handle = (name: string) => editor.getByRole('button', { name: `${w.move} ${name}` });

      // The drafter drags themself into a new, later step with the mouse…
      await drag(d, handle(w.karim), editor.getByTestId('new-signing-step'));
      expect(await stepsShown(editor)).toEqual([[w.mehdi, w.imane], [w.karim]]);
      // …reorders Atlas's step (they sign in parallel: the order is the drafter's to show)…
      await drag(d, handle(w.imane), editor.getByTestId('signer-row').filter({ hasText: w.mehdi }));
      expect(await stepsShown(editor)).toEqual([[w.imane, w.mehdi], [w.karim]]);
      // …and with the keyboard: Space picks up, an arrow moves over Atlas's step, Space drops.
      // Each key waits for what a screen reader hears (the drop targets are measured once picked up).
      const live = d.locator('[id^="DndLiveRegion"]');
      const heard = (...texts: string[]) =>
        waitFor(`${texts.join(' or ')} announced`, async () => {
          const said = (await live.textContent()) ?? '';
          return texts.some((text) => said.includes(text));
        });
      await handle(w.karim).focus();
      await d.keyboard.press('Space');
      // Picked up, then over its own place once the drop targets are measured: only then do arrows move.
      await heard(w.overStep2);
      await d.keyboard.press('ArrowUp');
      await heard(w.overStep1);
      await d.keyboard.press('Space');
      await waitFor('the keyboard move', async () => (await stepsShown(editor)).length === 1);
      expect((await stepsShown(editor))[0]).toEqual(expect.arrayContaining([w.mehdi, w.imane, w.karim]));
      await drag(d, handle(w.karim), editor.getByTestId('new-signing-step'));
      expect(await stepsShown(editor)).toEqual([[w.imane, w.mehdi], [w.karim]]);
      await screenshot(d, lang, 'conventions-signing-steps');
      await editor.getByRole('button', { name: w.saveSigners }).click();
      await dialogClosed(d);

      // Saved as arranged: the page lists the steps, the API says the same.
      await d
        .getByRole('list', { name: `${w.step} 2` })
        .getByText(w.karim)
        .waitFor();
      expect(await d.getByRole('list', { name: `${w.step} 1` }).innerText()).toMatch(
        new RegExp(`(?=[\\s\\S]*${w.mehdi})(?=[\\s\\S]*${w.imane})`),
      );
      expect(await d.getByRole('list', { name: `${w.step} 2` }).innerText()).not.toContain(w.mehdi);
      const api = await apiAs(DRAFTER);
      const saved = await api.get<{ signers: { signers: { displayName: string; step: number }[] } }>(
        `/conventions/${created.id}`,
      );
      expect(saved.signers.signers.map((s) => [s.displayName, s.step]).sort()).toEqual(
        [
          [w.imane, 1],
          [w.karim, 2],
          [w.mehdi, 1],
        ].sort(),
      );
      await checkPage(d, lang, 'drafter-ready');

      await d.getByRole('button', { name: w.send }).click();
      await d.getByRole('dialog').getByRole('button', { name: w.send }).click();
      await dialogClosed(d);
      await waitStatus(d, lang, 'out_for_signature', created.id);
      // Step 1 signs first: the drafter's turn comes later.
      expect(await d.getByRole('button', { name: w.sign, exact: true }).count()).toBe(0);
      expect(drafter.errors).toEqual([]);

      // Atlas's member signs first (the parallel step in the other order than it is listed).
      const member = await world.newPage({ locale: lang });
      const m = member.page;
      await signInAs(m, world.baseUrl, PARTNER_MEMBER, `/conventions/${created.id}`, lang);
      await setUpFactor(m, lang, PARTNER_MEMBER);
      await m.goto(`${world.baseUrl}/conventions/${created.id}`);
      await m.getByTestId('pdf-viewer').and(m.locator('[data-state="drawn"]')).waitFor({ timeout: 30_000 });
      await signWithPassword(m, w, PARTNER_MEMBER);
      await waitFor('the member’s signature', async () => (await signedBy(created.id)).length === 1);
      expect((await statusOf(w.title))[0]?.status).toBe('out_for_signature');
      expect(member.errors).toEqual([]);

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
        expect.arrayContaining([
          expect.stringContaining(w.mehdi),
          expect.stringContaining(w.imane),
          expect.stringContaining(w.karim),
        ]),
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
      // Both of step 1 signed: still out for signature, now the drafter's step.
      await waitFor('both parallel signatures', async () => (await signedBy(created.id)).length === 2);
      expect(await signedBy(created.id)).toEqual([w.imane, w.mehdi].sort());
      expect((await statusOf(w.title))[0]?.status).toBe('out_for_signature');

      // The later step: the drafter signs last, and the convention is sealed.
      await d.reload();
      await d.getByRole('button', { name: w.sign, exact: true }).waitFor();
      await signWithPassword(d, w, DRAFTER);
      await d.getByTestId('sealed').waitFor({ timeout: 30_000 });
      await checkPage(d, lang, 'drafter-signed');
      expect(drafter.errors).toEqual([]);

      await p.reload();
      await p.getByTestId('sealed').waitFor({ timeout: 30_000 });
      expect(await p.getByTestId('sealed').innerText()).toContain(w.sealed);
      await p.getByRole('button', { name: w.certificate }).waitFor();
      expect((await statusOf(w.title))[0]?.status).toBe('active');
      const events = await p
        .getByTestId('evidence-event')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-type')));
      expect(events.filter((e) => e === 'signed')).toHaveLength(3);
      // Every signer gave a fresh second factor, and the evidence says so.
      const methods = await world.admin.query<{ method: string; data_method: string }>(
        `SELECT s.method, e.data->>'method' AS data_method
           FROM convention_signature s
           JOIN convention_event e ON e.convention_id = s.convention_id AND e.type = 'signed'
                                  AND e.data->>'signatureId' = s.id::text
          WHERE s.convention_id = $1`,
        [created.id],
      );
      expect(methods.rows).toEqual(Array(3).fill({ method: 'password+totp', data_method: 'password+totp' }));
      expect(events).toEqual(expect.arrayContaining(['created', 'sent', 'activated']));
      await checkPage(p, lang, 'partner-sealed');

      // Atlas's admin downloads the evidence bundle from the sealed state.
      const [download] = await Promise.all([
        p.waitForEvent('download'),
        p.getByTestId('sealed').getByRole('button', { name: w.bundle }).click(),
      ]);
      const good = path.join(dir, `evidence-${lang}.json`);
      await download.saveAs(good);
      // The one wrong password is the browser's one failed request (401), sent once: not renewed and resent.
      const wrongAttempt = (e: string) => e.includes('status of 401') && e.endsWith('/sign)');
      expect(partner.errors.filter(wrongAttempt)).toHaveLength(1);
      expect(partner.errors.filter((e) => !wrongAttempt(e))).toEqual([]);

      // Anyone, signed out, checks it on /verify once the page has loaded and the network is gone.
      const visitor = await world.newPage({ locale: lang });
      const v = visitor.page;
      await v.goto(`${world.baseUrl}/verify?lang=${lang}`);
      await v.getByTestId('verify-key').waitFor();
      await v.waitForLoadState('networkidle');
      await visitor.context.setOffline(true);
      const requests: string[] = [];
      v.on('request', (r) => requests.push(r.url()));
      const result = v.getByTestId('verify-result');
      const input = v.locator('input[type="file"]');
      await input.setInputFiles(good);
      await result.and(v.locator('[data-outcome="valid"]')).waitFor();
      expect(await result.innerText()).toContain(w.valid);
      // Each of the three signatures names how its signer proved who they were: the second factor too.
      expect(await result.getByTestId('signature-method').allInnerTexts()).toEqual(Array(3).fill(w.method));
      await checkVerify(v, lang, 'journey-verify-valid');

      const bundle = JSON.parse(readFileSync(good, 'utf8')) as { signatures: { ip: string | null }[] };
      expect(bundle.signatures).toHaveLength(3);
      bundle.signatures[1].ip = '10.6.6.6';
      const tampered = path.join(dir, `tampered-${lang}.json`);
      writeFileSync(tampered, JSON.stringify(bundle));
      await input.setInputFiles(tampered);
      await result.and(v.locator('[data-outcome="tampered"]')).waitFor();
      expect(await result.getAttribute('data-location')).toBe('signatures[1].ip');
      expect(await result.innerText()).toContain(w.tampered);
      expect(await result.innerText()).toContain(w.section);
      await checkVerify(v, lang, 'journey-verify-tampered');
      expect(requests).toEqual([]);
      expect(visitor.errors).toEqual([]);
    });
  }

  /** The names in each step of the signers editor, step by step, in the order shown. */
  async function stepsShown(editor: Locator): Promise<string[][]> {
    return editor
      .getByTestId('signing-step')
      .evaluateAll((steps) =>
        steps.map((step) =>
          Array.from(
            step.querySelectorAll('[data-testid="signer-row"] p:first-of-type'),
            (n) => n.textContent ?? '',
          ),
        ),
      );
  }

  /** A drag with the mouse, as a person makes it: press, move a little, move over, release. */
  async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
    // After a drop the rows slide to their new places: press where the handle is once it stops moving.
    const a = await settledBox(from);
    const b = await settledBox(to);
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2 + 8, { steps: 4 });
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
    await page.mouse.up();
  }

  /** Where an element is once two readings a frame apart agree (a moving row is pressed where it ends). */
  async function settledBox(
    element: Locator,
  ): Promise<{ x: number; y: number; width: number; height: number }> {
    const nextFrame = () =>
      element.evaluate(
        (el) =>
          new Promise<string>((resolve) =>
            requestAnimationFrame(() => resolve(JSON.stringify(el.getBoundingClientRect()))),
          ),
      );
    let last = await nextFrame();
    for (let frames = 0; frames < 600; frames++) {
      const now = await nextFrame();
      if (now === last) return (await element.boundingBox())!;
      last = now;
    }
    throw new Error(`${element.toString()} kept moving`);
  }

  /** Signs with the password and a fresh code of the person's authenticator app (step-up). */
  async function signWithPassword(page: Page, w: (typeof WORDS)[Lang], email: string): Promise<void> {
    await page.getByRole('button', { name: w.sign, exact: true }).click();
    await page.getByRole('dialog').locator('input[type="password"]').fill(DEMO_PASSWORD);
    await page
      .getByRole('dialog')
      .locator('input[name="secondFactorCode"]')
      .fill(await totpCode(email));
    await page.getByRole('dialog').getByRole('button', { name: w.signSubmit }).click();
    await dialogClosed(page);
  }

  /** Who has signed the convention so far, by name. */
  async function signedBy(conventionId: string): Promise<string[]> {
    const { rows } = await world.admin.query<{ name: string }>(
      `SELECT u.display_name AS name FROM convention_signer s JOIN app_user u ON u.id = s.user_id
        WHERE s.convention_id = $1 AND s.status = 'signed' ORDER BY u.display_name`,
      [conventionId],
    );
    return rows.map((r) => r.name);
  }

  const checkVerify = async (page: Page, lang: Lang, name: string) => {
    expect(describeViolations(name, await seriousViolations(page))).toBe('');
    await screenshot(page, lang, name);
  };

  /** The API as one of the demo people (for what the page saved). */
  async function apiAs(email: string): Promise<{ get<T>(path: string): Promise<T> }> {
    const login = await fetch(`${world.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    let body = (await login.json()) as { accessToken?: string; challengeToken?: string };
    if (login.status === 202) {
      // The person has a second factor (set up earlier in the journey): sign-in's second step.
      const second = await fetch(`${world.baseUrl}/api/v1/auth/second-factor`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ challengeToken: body.challengeToken, code: await totpCode(email) }),
      });
      expect(second.status).toBe(200);
      body = (await second.json()) as { accessToken: string };
    }
    const { accessToken } = body;
    return {
      async get<T>(route: string) {
        const res = await fetch(`${world.baseUrl}/api/v1${route}`, {
          headers: { authorization: `Bearer ${accessToken}` },
        });
        expect(res.status).toBe(200);
        return (await res.json()) as T;
      },
    };
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
    rememberTotpSecret(email, (await secret.innerText()).trim(), world.clock);
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
