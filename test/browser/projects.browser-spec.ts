import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { waitFor } from '@jazari/testing';
import type { Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './lib/axe.js';
import { screenshot, signInAs, startBrowserWorld, type BrowserWorld } from './lib/browser-world.js';

jest.setTimeout(300_000);

type Lang = 'fr' | 'ar';

const MANAGER = 'manager.rabat@jazari.ma';

/** Waits for the confirmation dialog to close; when it stays open, fails with what it says (a problem, say). */
async function dialogClosed(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog');
  try {
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
  } catch (error) {
    const text = await dialog.innerText().catch(() => '');
    throw new Error(`the dialog stayed open, saying: ${text}`, { cause: error });
  }
}
const ASR = 'Reconnaissance vocale de la darija pour les guichets publics';
const LEGAL = 'Recherche juridique multilingue : arabe, amazighe, français';
const FLOODS = 'Alerte précoce aux crues par imagerie satellitaire';

/** The words a person reads on these pages, in each language (the assertions look for them). */
const WORDS = {
  fr: {
    projects: 'Projets',
    search: 'Rechercher',
    status: 'Statut',
    onHold: 'Suspendu',
    overdueOnly: 'Seulement les projets en retard',
    closeMilestone: 'Marquer comme atteint',
    // Closed today, a late milestone stays late: reached N days after its due date.
    reachedLate: /^Atteint avec \d+ jours? de retard$/,
    tabs: [
      'Vue d’ensemble',
      'Jalons',
      'Livrables',
      'Indicateurs',
      'Rapports d’avancement',
      'Équipe et partenaires',
    ],
    accept: 'Accepter',
    reject: 'Refuser',
    accepted: 'Accepté',
    rejected: 'Refusé',
    rejectComment: 'Ce que l’équipe doit reprendre',
    comment: 'La démonstration ne couvre pas l’amazighe ; ajoutez-la avant de resoumettre.',
    upload: 'Déposer un fichier',
    newProject: 'Nouveau projet',
    create: 'Créer le projet',
    title: 'Titre',
    summary: 'Résumé',
    start: 'Début',
    end: 'Fin',
    budget: 'Budget (MAD)',
    priorities: 'Priorités nationales',
    proposed: 'Proposé',
    // A late milestone of each language's own (the journeys share one demo network).
    lateMilestone: 'Modèle v1 évalué et publié',
    file: 'plan-de-test-pilote.pdf',
  },
  ar: {
    projects: 'المشاريع',
    search: 'بحث',
    status: 'الحالة',
    onHold: 'معلّق',
    overdueOnly: 'المشاريع المتأخرة فقط',
    closeMilestone: 'تحديد كمنجزة',
    reachedLate: /^بُلغت بتأخر /,
    tabs: ['نظرة عامة', 'المراحل', 'المخرجات', 'المؤشرات', 'تقارير التقدم', 'الفريق والشركاء'],
    accept: 'قبول',
    reject: 'رفض',
    accepted: 'مقبول',
    rejected: 'مرفوض',
    rejectComment: 'ما يجب على الفريق مراجعته',
    comment: 'العرض التوضيحي لا يغطي الأمازيغية؛ أضيفوها قبل إعادة التقديم.',
    upload: 'رفع ملف',
    newProject: 'مشروع جديد',
    create: 'إنشاء المشروع',
    title: 'العنوان',
    summary: 'الملخص',
    start: 'البداية',
    end: 'النهاية',
    budget: 'الميزانية (درهم)',
    priorities: 'الأولويات الوطنية',
    proposed: 'مقترح',
    lateMilestone: 'Jeu de test juridique annoté',
    file: 'خطة-الاختبار.pdf',
  },
} as const;

/**
 * The institute manager's project work, in French and in Arabic, as Rabat's manager of the demo network:
 * the portfolio's filters and search (in the URL), a late milestone found on the home page and closed,
 * deliverables reviewed (one accepted, one sent back with a comment the page then shows), a file uploaded
 * with its progress shown and then listed, and every tab checked by axe-core and photographed.
 */
describe('projects', () => {
  let world: BrowserWorld;

  beforeAll(async () => {
    world = await startBrowserWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  const checkPage = async (page: Page, lang: Lang, name: string) => {
    await page.waitForLoadState('networkidle');
    expect(describeViolations(name, await seriousViolations(page))).toBe('');
    await screenshot(page, lang, `projects-${name}`);
  };
  const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
  const projectId = async (title: string) => {
    const { rows } = await world.admin.query<{ id: string }>(`SELECT id FROM project WHERE title = $1`, [
      title,
    ]);
    expect(rows).toHaveLength(1);
    return rows[0].id;
  };
  const rows = (page: Page) => page.getByTestId('project');
  const titles = async (page: Page) =>
    (await rows(page).allInnerTexts()).map((r) => r.split('\n')[0]?.trim()).join(' | ');
  /** Waits until the list shows exactly these titles (the page refetches after each filter). */
  const listShows = (page: Page, expected: readonly string[]) =>
    waitFor(
      `the list to show ${expected.join(', ')}`,
      async () => (await titles(page)) === expected.join(' | '),
    );

  for (const lang of ['fr', 'ar'] as const) {
    const w = WORDS[lang];
    const language = lang === 'fr' ? 'French' : 'Arabic';

    it(`filters and searches the portfolio, in ${language}`, async () => {
      const { page, errors } = await world.newPage({ locale: lang });
      await signInAs(page, world.baseUrl, MANAGER, '/projects', lang);
      await h1(page).filter({ hasText: w.projects }).waitFor();
      expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      await rows(page).first().waitFor();
      const all = await rows(page).count();
      expect(all).toBeGreaterThanOrEqual(4);
      await checkPage(page, lang, 'portfolio');

      // Search: words of the title, accents folded; the URL keeps it.
      await page.getByRole('searchbox', { name: w.search }).fill('juridique');
      await page.waitForURL((url) => url.searchParams.get('q') === 'juridique');
      await listShows(page, [LEGAL]);
      await page.getByRole('searchbox', { name: w.search }).fill('');
      await page.waitForURL((url) => !url.searchParams.has('q'));
      await waitFor('the whole list again', async () => (await rows(page).count()) === all);

      // Status: the flood-warning project is on hold.
      await page.getByRole('combobox', { name: w.status }).click();
      await page.getByRole('option', { name: w.onHold }).click();
      await page.waitForURL((url) => url.searchParams.get('status') === 'on_hold');
      await listShows(page, [FLOODS]);
      await checkPage(page, lang, 'portfolio-filtered');

      // The filters live in the URL: opening it again shows the same list; late ones only, too.
      await page.goto(`${world.baseUrl}/projects?overdue=true`);
      expect(await page.getByRole('switch', { name: w.overdueOnly }).isChecked()).toBe(true);
      await rows(page).first().waitFor();
      for (const late of await rows(page).all()) expect(await late.getAttribute('data-late')).toBe('true');

      // A new project: the API's field errors show next to their fields, then it is created (proposed).
      await page.getByRole('button', { name: w.newProject }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: w.create }).click();
      const titleField = dialog.getByRole('textbox', { name: w.title });
      await waitFor(
        'the title marked invalid',
        async () => (await titleField.getAttribute('aria-invalid')) === 'true',
      );
      await screenshot(page, lang, 'projects-new-field-errors');
      const title = `${w.title} ${lang} — pilote`;
      await titleField.fill(title);
      await dialog.getByRole('textbox', { name: w.summary }).fill(w.comment);
      await dialog.getByLabel(w.start).fill('2027-01-01');
      await dialog.getByLabel(w.end).fill('2027-12-31');
      await dialog.getByRole('textbox', { name: w.budget }).fill('250000');
      await dialog.getByLabel(w.priorities).click();
      await page.getByRole('option').first().click();
      await page.keyboard.press('Tab');
      // The creation is sent twice, as a proxy does when it retries a request whose replica died after
      // acting (HAProxy's retry-on empty-response): the app's Idempotency-Key makes the second answer
      // the first one replayed, and the project exists once.
      let replayed: string | undefined;
      await page.route(`${world.baseUrl}/api/v1/projects`, async (route) => {
        if (route.request().method() !== 'POST') return route.fallback();
        await route.fetch();
        const again = await route.fetch();
        replayed = again.headers()['idempotent-replayed'];
        await route.fulfill({ response: again });
      });
      await dialog.getByRole('button', { name: w.create }).click();
      await h1(page).filter({ hasText: title }).waitFor();
      await page.unroute(`${world.baseUrl}/api/v1/projects`);
      expect(await page.getByTestId('project-status').innerText()).toBe(w.proposed);
      expect(replayed).toBe('true');
      const { rows: created } = await world.admin.query(`SELECT id FROM project WHERE title = $1`, [title]);
      expect(created).toHaveLength(1);
      // Chromium logs the refused creation (the 400 asked for above) as a console error; nothing else.
      expect(errors).toEqual([
        expect.stringMatching(/status of 400 \(Bad Request\) \(http:\/\/localhost:\d+\/api\/v1\/projects\)$/),
      ]);
    });

    it(`finds a late milestone on the home page and closes it, in ${language}`, async () => {
      const { page, errors } = await world.newPage({ locale: lang });
      await signInAs(page, world.baseUrl, MANAGER, '/', lang);
      await page.getByRole('link', { name: w.lateMilestone }).click();
      await page.waitForURL((url) => /^\/projects\/[^/]+\/milestones$/.test(url.pathname) && url.hash !== '');
      const milestoneId = decodeURIComponent(new URL(page.url()).hash.slice(1));
      const item = page.locator(`[data-testid="milestone"][id="${milestoneId}"]`);
      await item.waitFor();
      expect(await item.getAttribute('data-late')).toBe('true');
      await checkPage(page, lang, 'milestones');

      await item.getByRole('button', { name: w.closeMilestone }).click();
      await page.getByRole('dialog').getByRole('button', { name: w.closeMilestone }).click();
      await dialogClosed(page);
      await waitFor('the milestone reached', async () => (await item.getAttribute('data-done')) === 'true');
      expect(await item.getAttribute('data-late')).toBe('false');
      expect(await item.getAttribute('data-status')).toBe('done_late');
      expect(Number(await item.getAttribute('data-days-late'))).toBeGreaterThan(0);
      await item.getByText(w.reachedLate).waitFor();
      expect(await item.getByRole('button', { name: w.closeMilestone }).count()).toBe(0);

      const { rows: saved } = await world.admin.query<{ done_date: string | null }>(
        `SELECT done_date::text FROM milestone WHERE id = $1`,
        [milestoneId],
      );
      expect(saved[0]?.done_date).not.toBeNull();
      expect(errors).toEqual([]);
    });

    it(`reviews deliverables: accepts one, sends one back with a comment, in ${language}`, async () => {
      // The demo network has two deliverables awaiting review; each language reviews them afresh.
      await world.admin.query(
        `UPDATE deliverable SET status = 'submitted', review_comment = NULL, reviewed_at = NULL, reviewer_user_id = NULL
          WHERE title IN ('Évaluation du modèle ASR darija v1', 'Démonstrateur de recherche juridique trilingue')`,
      );
      const { page, errors } = await world.newPage({ locale: lang });
      await signInAs(page, world.baseUrl, MANAGER, `/projects/${await projectId(ASR)}/deliverables`, lang);

      const evaluation = page
        .getByTestId('deliverable')
        .filter({ hasText: 'Évaluation du modèle ASR darija v1' });
      await evaluation.waitFor();
      // Its model-evaluation results, as a table.
      await evaluation.getByTestId('evaluations').getByText('whisper-large-v3 baseline').waitFor();
      await checkPage(page, lang, 'deliverables');
      await evaluation.getByRole('button', { name: w.accept }).click();
      await page.getByRole('dialog').getByRole('button', { name: w.accept }).click();
      await dialogClosed(page);
      await evaluation.getByTestId('deliverable-status').filter({ hasText: w.accepted }).waitFor();
      expect(await evaluation.getByRole('button', { name: w.accept }).count()).toBe(0);

      await page.goto(`${world.baseUrl}/projects/${await projectId(LEGAL)}/deliverables`);
      const demo = page
        .getByTestId('deliverable')
        .filter({ hasText: 'Démonstrateur de recherche juridique trilingue' });
      await demo.waitFor();
      await demo.getByRole('button', { name: w.reject }).click();
      const dialog = page.getByRole('dialog');
      // Without a comment the dialog says what is missing and sends nothing.
      await dialog.getByRole('button', { name: w.reject }).click();
      await dialog
        .getByText(
          lang === 'fr' ? 'Dites à l’équipe ce qu’elle doit reprendre' : 'أخبر الفريق بما يجب عليه مراجعته',
        )
        .waitFor();
      await dialog.getByRole('textbox', { name: w.rejectComment }).fill(w.comment);
      await dialog.getByRole('button', { name: w.reject }).click();
      await dialog.waitFor({ state: 'detached' });
      await demo.getByTestId('deliverable-status').filter({ hasText: w.rejected }).waitFor();
      await demo.getByTestId('review-comment').filter({ hasText: w.comment }).waitFor();

      // Still there after a reload: the API kept the decision and the comment.
      await page.reload();
      await demo.getByTestId('review-comment').filter({ hasText: w.comment }).waitFor();
      const { rows: saved } = await world.admin.query<{ status: string; review_comment: string }>(
        `SELECT status, review_comment FROM deliverable WHERE title = 'Démonstrateur de recherche juridique trilingue'`,
      );
      expect(saved[0]).toEqual({ status: 'rejected', review_comment: w.comment });
      await screenshot(page, lang, 'projects-deliverable-rejected');
      expect(errors).toEqual([]);
    });

    it(`uploads a file to a deliverable with a progress bar, in ${language}`, async () => {
      const { page, errors } = await world.newPage({ locale: lang });
      await signInAs(page, world.baseUrl, MANAGER, `/projects/${await projectId(ASR)}/deliverables`, lang);
      const pilot = page.getByTestId('deliverable').filter({ hasText: 'Serveur vocal pilote' });
      await pilot.waitFor();
      // Record whether the progress bar showed (the upload of a few megabytes on loopback is quick).
      await page.evaluate(() => {
        const w = window as unknown as { sawProgress: boolean };
        w.sawProgress = false;
        new MutationObserver(() => {
          if (document.querySelector('[data-testid="upload-progress"] [role="progressbar"]'))
            w.sawProgress = true;
        }).observe(document.body, { childList: true, subtree: true });
      });
      const chooser = page.waitForEvent('filechooser');
      await pilot.getByRole('button', { name: w.upload }).click();
      const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4 * 1024 * 1024, 0x20)]);
      await (await chooser).setFiles({ name: w.file, mimeType: 'application/pdf', buffer: content });
      await pilot.getByTestId('deliverable-file').filter({ hasText: w.file }).waitFor();
      expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(
        true,
      );
      await page.getByTestId('upload-progress').waitFor({ state: 'detached' });

      const { rows: stored } = await world.admin.query<{ size_bytes: string }>(
        `SELECT f.size_bytes::text FROM deliverable_file f JOIN deliverable d ON d.id = f.deliverable_id
          WHERE d.title = 'Serveur vocal pilote' AND f.filename = $1`,
        [w.file],
      );
      expect(stored.map((r) => Number(r.size_bytes))).toEqual([content.length]);
      expect(errors).toEqual([]);
    });

    it(`shows every tab of a project to axe-core without a serious violation, in ${language}`, async () => {
      const { page, errors } = await world.newPage({ locale: lang });
      const id = await projectId(ASR);
      await signInAs(page, world.baseUrl, MANAGER, `/projects/${id}`, lang);
      await h1(page).filter({ hasText: ASR }).waitFor();
      const paths = ['', '/milestones', '/deliverables', '/kpis', '/reports', '/team'];
      for (const [i, tab] of w.tabs.entries()) {
        await page.getByRole('tab', { name: tab }).click();
        await page.waitForURL((url) => url.pathname === `/projects/${id}${paths[i]}`);
        if (paths[i] === '/kpis') {
          await page.getByTestId('kpi-chart').locator('svg').first().waitFor();
          await page.getByTestId('kpi-table').getByText('Heures de parole annotées').waitFor();
        }
        if (paths[i] === '/reports') {
          await page.getByTestId('status-report').first().waitFor();
          expect(await page.getByTestId('status-report').count()).toBe(2);
        }
        if (paths[i] === '/team') await page.getByTestId('team-member').first().waitFor();
        await checkPage(page, lang, `tab${paths[i].replace('/', '-') || '-overview'}`);
      }
      expect(errors).toEqual([]);
    });
  }
});
