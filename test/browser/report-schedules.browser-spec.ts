import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { describeViolations, seriousViolations } from './lib/axe.js';
import { screenshot, signInAs, startBrowserWorld, type BrowserWorld } from './lib/browser-world.js';

jest.setTimeout(120_000);

/**
 * Issue 18, point 3: recurring reports managed in the browser. Root's network administrator schedules a
 * quarterly national Excel report from the reports page, sees it listed, and stops it; the page is read
 * in Arabic too. And a report requested from the list turns ready there without a reload and downloads
 * by a plain click on its signed link (the list takes the link when the pointer reaches the button).
 */
describe('scheduled reports', () => {
  let world: BrowserWorld;

  beforeAll(async () => {
    world = await startBrowserWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  const schedulesOfRoot = async () =>
    (
      await world.admin.query<{ id: string; scope: string; cadence: string; format: string; locale: string }>(
        `SELECT s.id, s.scope, s.cadence, s.format, s.locale FROM report_schedule s
           JOIN tenant t ON t.id = s.tenant_id WHERE t.kind = 'root' ORDER BY s.created_at`,
      )
    ).rows;

  it('schedules a quarterly national report, lists it, and stops it', async () => {
    const before = await schedulesOfRoot();
    const { page, errors } = await world.newPage({ locale: 'fr' });
    await signInAs(page, world.baseUrl, 'admin@jazari.ma', '/reports', 'fr');
    await page.getByRole('link', { name: 'Rapports programmés' }).click();
    await page.waitForURL((url) => url.pathname === '/reports/schedules');
    await page.getByRole('heading', { level: 1, name: 'Rapports programmés' }).waitFor();

    await page.getByRole('button', { name: 'Programmer un rapport' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Trimestriel', { exact: true }).click();
    await dialog.getByText('Excel', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Programmer', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const after = await schedulesOfRoot();
    expect(after).toHaveLength(before.length + 1);
    const created = after.find((s) => !before.some((b) => b.id === s.id))!;
    expect(created).toMatchObject({ scope: 'national', cadence: 'quarterly', format: 'xlsx', locale: 'fr' });
    const rows = page.getByTestId('report-schedule');
    await expect(rows.count()).resolves.toBe(after.length);
    const row = rows.filter({ hasText: 'Trimestriel' }).filter({ hasText: 'Excel · Français' }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain('Rapport national');
    expect(describeViolations('report schedules', await seriousViolations(page))).toBe('');
    await screenshot(page, 'fr', 'report-schedules');

    // The same page in Arabic, right to left.
    await page.goto(`${world.baseUrl}/reports/schedules?lang=ar`);
    await page.getByRole('heading', { level: 1, name: 'التقارير المجدولة' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await screenshot(page, 'ar', 'report-schedules');
    await page.goto(`${world.baseUrl}/reports/schedules?lang=fr`);
    await page.getByRole('heading', { level: 1, name: 'Rapports programmés' }).waitFor();

    await page
      .getByTestId('report-schedule')
      .filter({ hasText: 'Trimestriel' })
      .filter({ hasText: 'Excel · Français' })
      .first()
      .getByRole('button', { name: 'Arrêter : Rapport national' })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Arrêter', exact: true }).click();
    await page.getByText('Rapport programmé arrêté').waitFor();
    expect((await schedulesOfRoot()).map((s) => s.id)).not.toContain(created.id);
    await expect(page.getByTestId('report-schedule').count()).resolves.toBe(before.length);
    expect(errors).toEqual([]);
  });

  it('shows a report’s progress live in the list, then downloads it there by a signed link', async () => {
    const { page, errors } = await world.newPage({ locale: 'fr' });
    await signInAs(page, world.baseUrl, 'admin@jazari.ma', '/reports', 'fr');
    await page.getByRole('button', { name: 'Demander un rapport' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('CSV', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Demander', exact: true }).click();
    await page.waitForURL((url) => /^\/reports\/[0-9a-f-]{36}$/.test(url.pathname));
    const id = new URL(page.url()).pathname.split('/').at(-1)!;
    // Back to the list at once: the row turns ready there without a reload.
    await page.getByRole('link', { name: 'Tous les rapports' }).click();
    const row = page.getByTestId('report').filter({ has: page.locator(`a[href="/reports/${id}"]`) });
    await row.getByText('Prêt', { exact: true }).waitFor({ timeout: 60_000 });
    const download = row.getByRole('link', { name: 'Télécharger' });
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(new URL(file.url()).pathname).toMatch(/^\/api\/v1\/report-downloads\/[\w-]+\.[\w-]+$/);
    expect(file.suggestedFilename()).toMatch(/^jazari-national-report-.+\.csv$/);
    expect(errors).toEqual([]);
  });
});
