/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { describeViolations, seriousViolations } from './lib/axe.js';
import { screenshot, signInAs, startBrowserWorld, type BrowserWorld } from './lib/browser-world.js';

jest.setTimeout(600_000);

const LANGS = ['fr', 'ar', 'en'] as const;

/**
 * Every page of the app, as the three kinds of people who use it, in the three languages: each shows its
 * heading, passes axe-core (no serious or critical violation), logs no console error, and, in French and
 * Arabic, leaves a screenshot (artifacts/screenshots/<lang>/every-<persona>-<page>.png).
 */
describe('every page, in every language', () => {
  let world: BrowserWorld;
  const one = async (sql: string, params: unknown[] = []) =>
    (await world.admin.query<{ id: string }>(sql, params)).rows[0]?.id;

  beforeAll(async () => {
    world = await startBrowserWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  async function sweep(email: string, persona: string, paths: Record<string, string | undefined>) {
    const failures: string[] = [];
    for (const lang of LANGS) {
      const { page, errors } = await world.newPage({ locale: lang });
      await signInAs(page, world.baseUrl, email, '/', lang);
      for (const [name, path] of Object.entries(paths)) {
        if (!path) {
          failures.push(`${persona} ${name}: no object in the demo network to show`);
          continue;
        }
        await page.goto(`${world.baseUrl}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 });
        // Let the page's requests settle, so axe sees it with its data.
        await page.waitForLoadState('networkidle');
        expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        const violations = await seriousViolations(page);
        if (violations.length)
          failures.push(describeViolations(`${lang} ${persona} ${name} (${path})`, violations));
        if (lang !== 'en') await screenshot(page, lang, `every-${persona}-${name}`);
      }
      if (errors.length) failures.push(`${lang} ${persona}: console errors\n  ${errors.join('\n  ')}`);
      await page.context().close();
    }
    expect(failures.join('\n')).toBe('');
  }

  it('as an institute manager', async () => {
    const rabat = await one(`SELECT id FROM tenant WHERE slug = 'jazari-rabat'`);
    const project = await one(`SELECT id FROM project WHERE tenant_id = $1 ORDER BY created_at LIMIT 1`, [
      rabat,
    ]);
    const resource = await one(`SELECT id FROM resource ORDER BY created_at LIMIT 1`);
    const allocation = await one(
      `SELECT id FROM resource_allocation WHERE requester_tenant_id = $1 ORDER BY created_at LIMIT 1`,
      [rabat],
    );
    const workshop = await one(
      `SELECT id FROM workshop WHERE status IN ('published', 'held') ORDER BY starts_at LIMIT 1`,
    );
    const convention = await one(
      `SELECT c.id FROM convention c WHERE c.tenant_id = $1 OR EXISTS (SELECT 1 FROM convention_party p WHERE p.convention_id = c.id AND p.party_tenant_id = $1) ORDER BY c.created_at LIMIT 1`,
      [rabat],
    );
    await sweep('manager.rabat@jazari.ma', 'manager', {
      home: '/',
      projects: '/projects',
      project: project && `/projects/${project}`,
      milestones: project && `/projects/${project}/milestones`,
      deliverables: project && `/projects/${project}/deliverables`,
      kpis: project && `/projects/${project}/kpis`,
      resources: '/resources',
      resource: resource && `/resources/${resource}`,
      allocations: '/allocations',
      allocation: allocation && `/allocations/${allocation}`,
      workshops: '/workshops',
      workshop: workshop && `/workshops/${workshop}`,
      conventions: '/conventions',
      convention: convention && `/conventions/${convention}`,
      inbox: '/inbox',
      preferences: '/settings/notifications',
      profile: '/profile',
      members: '/admin/members',
      invitations: '/admin/invitations',
      apiKeys: '/admin/api-keys',
      webhooks: '/admin/webhooks',
      notFound: '/no-such-page',
    });
  });

  it('as Root’s network administrator', async () => {
    const report = await one(`SELECT id FROM report ORDER BY created_at LIMIT 1`);
    await sweep('admin@jazari.ma', 'root', {
      home: '/',
      tenants: '/admin/tenants',
      reference: '/admin/reference',
      national: '/dashboards/national',
      reports: '/reports',
      report: report && `/reports/${report}`,
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
    await sweep('admin@atlas-ai.ma', 'partner', {
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
