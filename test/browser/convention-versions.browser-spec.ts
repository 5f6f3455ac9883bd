import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import PDFDocument from 'pdfkit';
import type { Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './lib/axe.js';
import {
  apiSignIn,
  screenshot,
  signInAs,
  startBrowserWorld,
  type BrowserWorld,
} from './lib/browser-world.js';

jest.setTimeout(240_000);

const DRAFTER = 'manager.casablanca@jazari.ma';
const PARTNER = 'admin@atlas-ai.ma';

/** What the comparison says, in each language (the assertions look for these words). */
const WORDS = {
  fr: {
    summary: (fields: string[]) => `${fields.length} éléments diffèrent : ${fields.join(', ')}.`,
    fields: {
      filename: 'Nom du fichier',
      uploadedAt: 'Déposée le',
      size: 'Taille',
      pages: 'Pages',
      title: 'Titre (propriétés du PDF)',
      sha256: 'Empreinte SHA-256',
    },
    pages: (n: number) => `${n} pages`,
    differs: 'Diffère',
    title: 'Convention – version finale',
    notGiven: 'Non renseigné',
    notSent: 'Jamais envoyée pour signature',
    show: (v: number) => `Afficher la version ${v}`,
    shown: (v: number) => `Version ${v} affichée`,
    older: 'Version 1 affichée (pas la dernière)',
    viewer: 'Document, version 1 (projet.pdf)',
  },
  ar: {
    // 5 and 6 take the plural's "few" form.
    summary: (fields: string[]) => `${fields.length} عناصر مختلفة: ${fields.join('، ')}.`,
    fields: {
      filename: 'اسم الملف',
      uploadedAt: 'تاريخ الرفع',
      size: 'الحجم',
      pages: 'الصفحات',
      title: 'العنوان (خصائص PDF)',
      sha256: 'بصمة SHA-256',
    },
    pages: (n: number) => (n === 2 ? 'صفحتان' : `${n} صفحات`),
    differs: 'مختلف',
    title: 'Convention – version finale',
    notGiven: 'غير مذكور',
    notSent: 'لم تُرسل للتوقيع قط',
    show: (v: number) => `عرض النسخة ${v}`,
    shown: (v: number) => `النسخة ${v} معروضة`,
    older: 'النسخة 1 معروضة (ليست الأخيرة)',
    viewer: 'projet.pdf',
  },
} as const;

async function pdfFile(dir: string, name: string, pages: number, info: { Title?: string } = {}) {
  const doc = new PDFDocument({ size: 'A4', info });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  for (let n = 1; n <= pages; n++) {
    if (n > 1) doc.addPage();
    doc.fontSize(16).text(`Convention de partenariat — article ${n}`);
  }
  doc.end();
  await done;
  const bytes = Buffer.concat(chunks);
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return { file, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Issue 19 point 1, in French and in Arabic: Casablanca's manager uploads a second version of a draft's
 * PDF and compares the two on the convention's page: the differing size, page count, PDF title and SHA-256
 * are marked in words and read in the summary, the full fingerprints are shown, and the older version
 * opens in the page's viewer. axe-core on the page. Nobody from Root signs in.
 */
describe('conventions: compare two versions of the document', () => {
  let world: BrowserWorld;
  const dir = mkdtempSync(path.join(tmpdir(), 'jazari-versions-'));

  beforeAll(async () => {
    world = await startBrowserWorld();
  });
  afterAll(async () => {
    await world?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh draft between Casablanca and Atlas, made through the API (the drafting is another journey's). */
  async function draft(title: string): Promise<string> {
    const tenantOf = async (email: string) =>
      (
        await world.admin.query<{ tenant_id: string }>(
          `SELECT m.tenant_id FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = $1`,
          [email],
        )
      ).rows[0].tenant_id;
    const signedIn = await apiSignIn(world.baseUrl, DRAFTER);
    expect(signedIn.status).toBe(200);
    const response = await fetch(`${world.baseUrl}/api/v1/conventions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${signedIn.body.accessToken}` },
      body: JSON.stringify({
        title,
        type: 'partnership',
        parties: [
          { tenantId: await tenantOf(DRAFTER), roleLabel: 'porteur' },
          { tenantId: await tenantOf(PARTNER), roleLabel: 'partenaire' },
        ],
      }),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }

  const drawn = (page: Page) =>
    page.getByTestId('pdf-viewer').and(page.locator('[data-state="drawn"]')).waitFor({ timeout: 30_000 });

  for (const lang of ['fr', 'ar'] as const) {
    const w = WORDS[lang];
    it(`shows what differs between two versions, in ${lang === 'fr' ? 'French' : 'Arabic'}`, async () => {
      const id = await draft(`Convention à deux versions (${lang}, ${Date.now()})`);
      const v1 = await pdfFile(dir, 'projet.pdf', 2);
      const v2 = await pdfFile(dir, 'final.pdf', 3, { Title: w.title });
      const { page, errors } = await world.newPage({ locale: lang });
      await signInAs(page, world.baseUrl, DRAFTER, `/conventions/${id}`, lang);
      await page.goto(`${world.baseUrl}/conventions/${id}?lang=${lang}`);

      await page.getByTestId('convention-upload').setInputFiles(v1.file);
      await drawn(page);
      // One version: nothing to compare yet.
      expect(await page.getByTestId('compare-table').count()).toBe(0);
      await page.getByTestId('convention-upload').setInputFiles(v2.file);
      await page.getByTestId('compare-table').waitFor();
      await drawn(page);

      // The latest two, side by side: what differs is said in words, not only coloured.
      const row = (key: string) => page.getByTestId(`compare-row-${key}`);
      // The upload times differ only when the two fell in different minutes (they are shown to the minute).
      const sameMinute = (await row('uploadedAt').getAttribute('data-differs')) === 'false';
      const differing = (['filename', 'uploadedAt', 'size', 'pages', 'title', 'sha256'] as const)
        .filter((key) => key !== 'uploadedAt' || !sameMinute)
        .map((key) => w.fields[key]);
      expect(await page.getByTestId('compare-summary').innerText()).toBe(w.summary(differing));
      for (const key of ['filename', 'size', 'pages', 'title', 'sha256']) {
        expect(await row(key).getAttribute('data-differs')).toBe('true');
        expect(await row(key).innerText()).toContain(w.differs);
      }
      for (const key of ['uploadedBy', 'author', 'producer', 'signing']) {
        expect(await row(key).getAttribute('data-differs')).toBe('false');
        expect(await row(key).innerText()).not.toContain(w.differs);
      }
      expect(await row('pages').innerText()).toContain(w.pages(2));
      expect(await row('pages').innerText()).toContain(w.pages(3));
      expect(await row('title').innerText()).toContain(w.notGiven);
      expect(await row('title').innerText()).toContain(w.title);
      expect(await row('signing').innerText()).toContain(w.notSent);
      expect(await row('uploadedBy').innerText()).toContain('Karim Berrada');
      expect(await page.getByTestId('compare-sha256').allInnerTexts()).toEqual([v1.sha256, v2.sha256]);
      const sizes = await row('size').innerText();
      for (const size of [v1.size, v2.size]) {
        expect(sizes.replace(/[\s\u202f\u00a0.,٬]/g, '')).toContain(
          new Intl.NumberFormat(lang === 'ar' ? 'ar-MA' : 'fr-MA', { useGrouping: false })
            .format(size)
            .replace(/[\s\u202f\u00a0.,٬]/g, ''),
        );
      }

      expect(describeViolations(`versions-${lang}`, await seriousViolations(page))).toBe('');
      await screenshot(page, lang, 'convention-versions-compare');

      // The older version opens in the page's viewer; the viewer says it is not the latest.
      await page.getByRole('button', { name: w.show(1) }).click();
      await page.getByTestId('viewer-older').waitFor();
      expect(await page.getByTestId('viewer-older').innerText()).toBe(w.older);
      expect(await page.getByTestId('pdf-viewer').getAttribute('aria-label')).toContain(w.viewer);
      await drawn(page);
      expect(await page.getByTestId('pdf-viewer').locator('canvas').count()).toBe(2);
      const pressed = page.getByRole('button', { name: w.shown(1) });
      expect(await pressed.getAttribute('aria-pressed')).toBe('true');
      expect(await page.getByRole('button', { name: w.show(2) }).getAttribute('aria-pressed')).toBe('false');
      await screenshot(page, lang, 'convention-versions-older-shown');
      expect(errors).toEqual([]);
    });
  }
});
