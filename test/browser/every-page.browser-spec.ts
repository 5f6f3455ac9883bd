/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startBrowserWorld, type BrowserWorld } from './lib/browser-world.js';
import { firstId, sweep } from './lib/every-page.js';

jest.setTimeout(600_000);

/**
 * Every page of the app, as the three kinds of people who use it, in the three languages (lib/every-page.ts):
 * Root's network administrator and a partner's administrator here, the institute manager (the most pages)
 * in every-page-manager.browser-spec.ts, so the two run side by side; and the keyboard alone.
 */
describe('every page, in every language', () => {
  let world: BrowserWorld;
  const one = (sql: string, params: unknown[] = []) => firstId(world, sql, params);

  beforeAll(async () => {
    world = await startBrowserWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('as Root’s network administrator', async () => {
    const report = await one(`SELECT id FROM report ORDER BY created_at LIMIT 1`);
    await sweep(world, 'admin@jazari.ma', 'root', {
      home: '/',
      tenants: '/admin/tenants',
      reference: '/admin/reference',
      national: '/dashboards/national',
      reports: '/reports',
      report: report && `/reports/${report}`,
      reportSchedules: '/reports/schedules',
      conventions: '/conventions',
      projects: '/projects',
    });
  });

  it('as a partner’s administrator', async () => {
    const atlas = await one(`SELECT id FROM tenant WHERE slug = 'atlas-ai-labs'`);
    const convention = await one(
      `SELECT convention_id AS id FROM convention_party WHERE party_tenant_id = $1 ORDER BY convention_id LIMIT 1`,
      [atlas],
    );
    await sweep(world, 'admin@atlas-ai.ma', 'partner', {
      home: '/',
      conventions: '/conventions',
      convention: convention && `/conventions/${convention}`,
      projects: '/projects',
      workshops: '/workshops',
      inbox: '/inbox',
    });
  });

  it('works with the keyboard alone: sign in, skip to the content, reach a page through the menu', async () => {
    const { page, errors } = await world.newPage();
    // Fatima's profile is in Arabic: `?lang=fr` on the sign-in page chooses French for this visit and her profile.
    await page.goto(`${world.baseUrl}/sign-in?lang=fr`);
    await page.locator('input[name="email"]').waitFor();
    // The e-mail field has the focus when the page opens.
    await page.keyboard.type('manager.souss@jazari.ma');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Jazari-Demo-2026');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${world.baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The first Tab reaches the skip link; Enter moves into the page's content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Tab on through the header and the menu until "Projets" has the focus, then Enter opens it.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Shift+Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Projets') break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Projets');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${world.baseUrl}/projects`);
    // Every focused element shows where the focus is.
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return 'none';
      const style = getComputedStyle(el);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).not.toMatch(/^none|0px$/);
    expect(errors).toEqual([]);
  });
});
