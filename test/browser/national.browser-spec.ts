import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { waitFor } from '@jazari/testing';
import type { Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './lib/axe.js';
import {
  DEMO_PASSWORD,
  SCREENSHOT_DIR,
  screenshot,
  signInAs,
  startBrowserWorld,
  type BrowserWorld,
} from './lib/browser-world.js';

jest.setTimeout(180_000);

type Lang = 'fr' | 'ar';
const ANALYST = 'analyst@jazari.ma';
const REGIONS = Array.from({ length: 12 }, (_, i) => `MA-${String(i + 1).padStart(2, '0')}`);
/** Casablanca-Settat: the demo's Casablanca institute is there. */
const TARGET = 'MA-06';

interface National {
  projects: { byRegion: { key: string; count: number }[] };
  conventions: { byRegion: { key: string; active: number }[] };
  coverage: {
    regions: { code: string; label: Record<Lang, string> }[];
    cells: { priority: string; region: string; projects: number }[];
  };
}

/** Heading words the journey looks for, in each language. */
const WORDS = {
  fr: { title: 'Tableau de bord national', drill: 'Région', projects: 'Projets de' },
  ar: { title: 'لوحة القيادة الوطنية', drill: 'جهة', projects: 'مشاريع' },
} as const;

describe('the national dashboard', () => {
  let world: BrowserWorld;
  let api: National;
  let institute: { id: string; names: Record<Lang, string> };
  let project: { id: string; title: string };

  beforeAll(async () => {
    world = await startBrowserWorld();
    const login = (await (
      await fetch(`${world.baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: ANALYST, password: DEMO_PASSWORD }),
      })
    ).json()) as { accessToken: string };
    // The figures the page must show: the API's, once the roll-ups hold the demo's projects.
    api = await waitFor(
      'the national roll-ups',
      async () => {
        const body = (await (
          await fetch(`${world.baseUrl}/api/v1/dashboards/national`, {
            headers: { authorization: `Bearer ${login.accessToken}` },
          })
        ).json()) as National;
        return body.projects.byRegion.some((r) => r.count > 0) ? body : undefined;
      },
      60_000,
      500,
    );
    const row = (
      await world.admin.query<{ id: string; fr: string; ar: string }>(
        `SELECT id, name_fr AS fr, name_ar AS ar FROM tenant WHERE slug = 'jazari-casablanca'`,
      )
    ).rows[0];
    if (!row) throw new Error('the demo has no Casablanca institute');
    institute = { id: row.id, names: { fr: row.fr, ar: row.ar } };
    const first = (
      await world.admin.query<{ id: string; title: string }>(
        `SELECT id, title FROM project WHERE tenant_id = $1 ORDER BY title LIMIT 1`,
        [institute.id],
      )
    ).rows[0];
    if (!first) throw new Error('the Casablanca institute has no project');
    project = first;
  });

  afterAll(async () => {
    await world?.close();
  });

  const regionName = (code: string, lang: Lang) =>
    api.coverage.regions.find((r) => r.code === code)?.label[lang] ?? code;
  const projectsIn = (code: string) => api.projects.byRegion.find((r) => r.key === code)?.count ?? 0;
  const conventionsIn = (code: string) => api.conventions.byRegion.find((r) => r.key === code)?.active ?? 0;

  /** Moves focus with Tab from the measure picker until the region `code` has it; returns its name. */
  async function tabTo(page: Page, code: string): Promise<string> {
    await page.getByTestId('measure').focus();
    const seen: string[] = [];
    for (let i = 0; i < 13; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-region') ?? null);
      seen.push(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? ''));
      if (focused === code) {
        return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      }
    }
    throw new Error(`Tab never reached ${code}: ${seen.join(' | ')}`);
  }

  for (const lang of ['fr', 'ar'] as const) {
    it(`shows the 12 regions with the API's figures, by keyboard, drills down to a project${lang === 'fr' ? ', requests a PDF report' : ''}, in ${lang}`, async () => {
      const { page, errors } = await world.newPage({ locale: lang });
      await signInAs(page, world.baseUrl, ANALYST, '/dashboards/national', lang);
      await page.getByRole('heading', { level: 1, name: WORDS[lang].title }).waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      // The navigation leads here.
      await expect(page.getByRole('link', { name: WORDS[lang].title }).count()).resolves.toBeGreaterThan(0);

      // The map: 12 regions, each a button named by its region in the page's language.
      const map = page.getByRole('group', { name: /./ }).filter({ has: page.locator('[data-region]') });
      await expect(map.locator('[data-region]').count()).resolves.toBe(12);
      for (const code of REGIONS) {
        const name = await map.locator(`[data-region="${code}"]`).getAttribute('aria-label');
        expect(name).toContain(regionName(code, lang));
      }

      // The table alternative says the same numbers as the API (projects per region).
      const table = page.getByTestId('regions-table');
      await waitFor('every region figure', async () => !(await table.innerText()).includes('…'), 30_000);
      for (const code of REGIONS) {
        const cells = await table.locator(`tr[data-region="${code}"] td`).allInnerTexts();
        expect(Number((cells[0] ?? '').replace(/\D/g, ''))).toBe(projectsIn(code));
        // Conventions in force, by the owning institute's region (the sixth measure).
        expect(Number((cells[5] ?? '').replace(/\D/g, ''))).toBe(conventionsIn(code));
      }
      // The demo has conventions in force: the measure is not all zeros.
      expect(REGIONS.some((code) => conventionsIn(code) > 0)).toBe(true);
      // The shapes are drawn (not empty boxes): each region's outline has many points.
      const points = await map
        .locator('[data-region]')
        .evaluateAll((paths) => paths.map((p) => (p.getAttribute('d') ?? '').split('L').length));
      expect(Math.min(...points)).toBeGreaterThan(20);

      // Keyboard: Tab reaches the target region, whose name says its projects; its figures show on focus.
      const label = await tabTo(page, TARGET);
      expect(label).toContain(regionName(TARGET, lang));
      expect(label).toContain(String(projectsIn(TARGET)));
      const tip = page.getByRole('tooltip');
      await tip.waitFor();
      expect(await tip.innerText()).toContain(regionName(TARGET, lang));
      await screenshot(page, lang, 'national-map-focus');
      await page
        .locator('.region-map')
        .screenshot({ path: path.join(SCREENSHOT_DIR, lang, 'national-map.png') });

      // Enter opens the region: its institutes, then an institute's projects, then a project.
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('region') === TARGET);
      // With a region chosen, the map's table still compares all twelve: the others keep their figures.
      await waitFor(
        "every region's figures with one region chosen",
        async () => {
          for (const code of REGIONS) {
            const cells = await table.locator(`tr[data-region="${code}"] td`).allInnerTexts();
            if (Number((cells[0] ?? '').replace(/\D/g, '')) !== projectsIn(code)) return false;
            if (Number((cells[5] ?? '').replace(/\D/g, '')) !== conventionsIn(code)) return false;
          }
          return true;
        },
        30_000,
      );
      const drill = page.getByTestId('drill');
      await drill
        .getByRole('heading', { name: `${WORDS[lang].drill} ${regionName(TARGET, lang)}` })
        .waitFor();
      await drill.getByRole('button', { name: institute.names[lang] }).click();
      await page.waitForURL((url) => url.searchParams.get('institute') === institute.id);
      await drill
        .getByRole('heading', { name: `${WORDS[lang].projects} ${institute.names[lang]}` })
        .waitFor();
      await drill.getByRole('link', { name: project.title }).waitFor();
      expect(describeViolations(`national ${lang}`, await seriousViolations(page))).toBe('');
      await screenshot(page, lang, 'national-drill');
      await drill.getByRole('link', { name: project.title }).click();
      await page.waitForURL((url) => url.pathname === `/projects/${project.id}`);
      await page.getByRole('heading', { level: 1, name: project.title }).waitFor();

      // Back on the dashboard, the coverage matrix has its 8 × 12 cells and a gap opens its region.
      await page.goBack();
      const matrix = page.getByTestId('coverage-matrix');
      await matrix.waitFor();
      await expect(matrix.locator('tbody td').count()).resolves.toBe(api.coverage.cells.length);
      const gaps = page.getByTestId('coverage-gaps');
      const zero = api.coverage.cells.find((c) => c.projects === 0);
      if (zero) {
        await gaps.getByRole('button').first().click();
        await page.waitForURL((url) => url.searchParams.has('priority') && url.searchParams.has('region'));
      }
      if (lang === 'fr') {
        // From the dashboard, a PDF report: requested, watched until ready, then downloaded by a plain link
        // click on a short-lived signed URL (no bearer header).
        await page.getByRole('link', { name: 'Demander un rapport' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByText('PDF', { exact: true }).click();
        await dialog.getByRole('button', { name: 'Demander', exact: true }).click();
        await page.waitForURL((url) => /^\/reports\/[0-9a-f-]{36}$/.test(url.pathname));
        const download = page.getByRole('link', { name: 'Télécharger' }).first();
        await download.waitFor({ timeout: 60_000 });
        // The notice stays while the pointer rests on it (a toast otherwise goes after 4 s), then goes.
        const ready = page.getByText('est prêt : vous pouvez le télécharger');
        await ready.hover();
        await page.waitForTimeout(5_000);
        await expect(ready.isVisible()).resolves.toBe(true);
        await page.mouse.move(0, 0);
        await ready.waitFor({ state: 'detached', timeout: 15_000 });
        await page.waitForFunction(() =>
          document
            .querySelector('[data-testid="report-download"]')
            ?.getAttribute('href')
            ?.startsWith('/api/v1/report-downloads/'),
        );
        const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
        expect(new URL(file.url()).pathname).toMatch(/^\/api\/v1\/report-downloads\/[\w-]+\.[\w-]+$/);
        expect(file.suggestedFilename()).toMatch(/\.pdf$/);
        const bytes = readFileSync(await file.path());
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      }
      expect(errors).toEqual([]);
    });
  }

  it('gives an institute manager and a partner administrator their own dashboard, with a period', async () => {
    for (const { email, slug } of [
      { email: 'manager.rabat@jazari.ma', slug: 'jazari-rabat' },
      { email: 'admin@atlas-ai.ma', slug: 'atlas-ai-labs' },
    ]) {
      const own = (
        await world.admin.query<{ id: string; kind: string; name: string }>(
          `SELECT id, kind, name_fr AS name FROM tenant WHERE slug = $1`,
          [slug],
        )
      ).rows[0];
      if (!own) throw new Error(`the demo has no ${slug}`);
      const { page, errors } = await world.newPage({ locale: 'fr' });
      await signInAs(page, world.baseUrl, email, '/', 'fr');
      // The navigation's "Tableau de bord" opens the reader's own, not the national one.
      await page.getByRole('link', { name: 'Tableau de bord', exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/dashboard');
      await page.getByRole('heading', { level: 1, name: `${own.name} : tableau de bord` }).waitFor();
      await page.getByTestId('headline').waitFor();
      // The period is in the URL, and the API's answer for it is shown (a month written YYYY-MM).
      await page.getByLabel('Du mois').fill('2026-01');
      await page.waitForURL((url) => url.searchParams.get('from') === '2026-01');
      await waitFor(
        'the period shown',
        async () => (await page.getByLabel('Du mois').inputValue()) === '2026-01',
      );
      expect(describeViolations(`${own.kind} dashboard`, await seriousViolations(page))).toBe('');
      await screenshot(page, 'fr', `dashboard-${own.kind}`);
      // The national dashboard is not in their navigation.
      await expect(page.getByRole('link', { name: 'Tableau de bord national' }).count()).resolves.toBe(0);
      // The address typed with the plural the other dashboards' have leads to the same page, not "not found".
      await page.goto(`${world.baseUrl}/dashboards`);
      await page.waitForURL((url) => url.pathname === '/dashboard');
      await page.getByRole('heading', { level: 1, name: `${own.name} : tableau de bord` }).waitFor();
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});
