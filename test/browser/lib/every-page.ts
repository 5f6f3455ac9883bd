/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser.
import { expect } from '@jest/globals';
import { describeViolations, seriousViolations } from './axe.js';
import { screenshot, signInAs, type BrowserWorld } from './browser-world.js';

const LANGS = ['fr', 'ar', 'en'] as const;

/** The id of the first row a query finds (the demo network's objects to open). */
export async function firstId(world: BrowserWorld, sql: string, params: unknown[] = []) {
  return (await world.admin.query<{ id: string }>(sql, params)).rows[0]?.id;
}

/**
 * Signs in as `email` in each language and opens each page: each shows its heading, with its data (no
 * loader left), passes axe-core (no serious or critical violation) and logs no console error; in French
 * and Arabic it leaves a screenshot (artifacts/screenshots/<lang>/every-<persona>-<page>.png).
 */
export async function sweep(
  world: BrowserWorld,
  email: string,
  persona: string,
  paths: Record<string, string | undefined>,
): Promise<void> {
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
      // Axe sees the page with its data: every loader (a page's, a section's, a lazy chart's) has gone.
      await page.waitForFunction(() => !document.querySelector('.mantine-Loader-root'), undefined, {
        timeout: 20_000,
      });
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
