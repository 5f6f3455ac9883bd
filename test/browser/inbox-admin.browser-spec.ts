import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { waitFor } from '@jazari/testing';
import type { Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './lib/axe.js';
import { screenshot, signInAs, startBrowserWorld, type BrowserWorld } from './lib/browser-world.js';

jest.setTimeout(240_000);

type Lang = 'fr' | 'ar';

/** The words a person reads on these pages, in each language (the assertions look for them). */
const WORDS = {
  fr: {
    inbox: 'Notifications',
    signatureNotice: /Signature demandée/,
    sign: 'Signer',
    yourTurn: 'Votre signature est attendue',
    profile: 'Mon profil',
    languageLabel: 'Langue',
    otherLanguage: 'العربية',
    otherH1: 'ملفي الشخصي',
    save: 'Enregistrer',
    keys: 'Clés d’API',
    createKey: 'Créer une clé',
    keyName: 'Nom',
    permission: 'Lire les membres',
    createSubmit: 'Créer la clé',
    copied: 'Je l’ai copié, fermer',
    invitations: 'Invitations',
    invite: 'Inviter',
    email: 'Adresse e-mail',
    role: 'Rôle',
    researcher: 'chercheur·e',
    sendInvite: 'Envoyer l’invitation',
    tenants: 'Organisations du réseau',
    suspend: 'Suspendre',
    reactivate: 'Réactiver',
    suspended: 'Suspendue',
    active: 'Active',
  },
  ar: {
    inbox: 'الإشعارات',
    signatureNotice: /مطلوب توقيعكم/,
    sign: 'توقيع',
    yourTurn: 'توقيعك منتظر',
    profile: 'ملفي الشخصي',
    languageLabel: 'اللغة',
    otherLanguage: 'Français',
    otherH1: 'Mon profil',
    save: 'حفظ',
    keys: 'مفاتيح واجهة البرمجة',
    createKey: 'إنشاء مفتاح',
    keyName: 'الاسم',
    permission: 'قراءة الأعضاء',
    createSubmit: 'إنشاء المفتاح',
    copied: 'نسخته، إغلاق',
    invitations: 'الدعوات',
    invite: 'دعوة',
    email: 'البريد الإلكتروني',
    role: 'الدور',
    researcher: 'باحث',
    sendInvite: 'إرسال الدعوة',
    tenants: 'مؤسسات الشبكة',
    suspend: 'إيقاف',
    reactivate: 'إعادة التفعيل',
    suspended: 'موقوفة',
    active: 'نشطة',
  },
} as const;

/**
 * The inbox, the profile and the administration as the people of the demo network use them, in French
 * and in Arabic: a notice opened from the inbox lands on its object (and is read, and the badge goes
 * down), the profile's language turns the page round, a tenant admin creates an API key (seen once) and
 * invites someone, and Root's network admin suspends and reactivates a tenant.
 */
describe('inbox, profile and administration', () => {
  let world: BrowserWorld;

  beforeAll(async () => {
    world = await startBrowserWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  const checkPage = async (page: Page, lang: Lang, name: string) => {
    expect(describeViolations(name, await seriousViolations(page))).toBe('');
    await screenshot(page, lang, `inbox-admin-${name}`);
  };
  const badge = async (page: Page) =>
    Number(await page.getByTestId('inbox-bell').getAttribute('data-unread'));
  const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

  for (const lang of ['fr', 'ar'] as const) {
    const w = WORDS[lang];
    const language = lang === 'fr' ? 'French' : 'Arabic';

    it(`opens the "signature requested" notice from the inbox and lands on the convention, in ${language}`, async () => {
      // The demo network asks Atlas AI Labs' admin to sign a convention; the notice is unread.
      const notice = await waitFor('the signature notice', async () => {
        const { rows } = await world.admin.query<{ id: string; link: string }>(
          `SELECT n.id, n.link FROM notification n JOIN app_user u ON u.id = n.user_id
            WHERE u.email = 'admin@atlas-ai.ma' AND n.event_type = 'conventions.signature_requested'`,
        );
        return rows[0];
      });
      await world.admin.query(`UPDATE notification SET read_at = NULL WHERE id = $1`, [notice.id]);
      const conventionId = notice.link.split('/')[2];
      const { rows: conventions } = await world.admin.query<{ title: string }>(
        `SELECT title FROM convention WHERE id = $1`,
        [conventionId],
      );

      const { page, errors } = await world.newPage({ locale: lang });
      await signInAs(page, world.baseUrl, 'admin@atlas-ai.ma', '/inbox', lang);
      await h1(page).filter({ hasText: w.inbox }).waitFor();
      const row = page.locator(`[data-testid="notification"][data-id="${notice.id}"]`);
      await row.waitFor();
      expect(await row.getAttribute('data-unread')).toBe('true');
      await waitFor('the badge', async () => (await badge(page)) > 0);
      const before = await badge(page);
      await checkPage(page, lang, 'inbox');

      await row.getByRole('link', { name: w.signatureNotice }).click();
      await page.waitForURL(`${world.baseUrl}/conventions/${conventionId}`);
      await h1(page).filter({ hasText: conventions[0].title }).waitFor();
      await page.getByText(w.yourTurn).waitFor();
      await page.getByRole('button', { name: w.sign, exact: true }).waitFor();
      const read = await world.admin.query<{ read_at: Date | null }>(
        `SELECT read_at FROM notification WHERE id = $1`,
        [notice.id],
      );
      expect(read.rows[0].read_at).not.toBeNull();
      await waitFor('the badge to go down', async () => (await badge(page)) === before - 1);
      await checkPage(page, lang, 'convention');
      expect(errors).toEqual([]);
    });

    it(`changes the profile's language and turns the page round, in ${language}`, async () => {
      const email = 'member@atlas-ai.ma';
      const { page, errors } = await world.newPage({ locale: lang });
      await signInAs(page, world.baseUrl, email, '/profile', lang);
      await h1(page).filter({ hasText: w.profile }).waitFor();
      expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      await checkPage(page, lang, 'profile');

      await page.getByRole('combobox', { name: w.languageLabel }).click();
      await page.getByRole('option', { name: w.otherLanguage }).click();
      await page.getByRole('button', { name: w.save }).click();
      await h1(page).filter({ hasText: w.otherH1 }).waitFor();
      const other = lang === 'fr' ? 'ar' : 'fr';
      expect(await page.locator('html').getAttribute('dir')).toBe(other === 'ar' ? 'rtl' : 'ltr');
      expect(await page.locator('html').getAttribute('lang')).toBe(other);
      const { rows } = await world.admin.query<{ locale: string }>(
        `SELECT locale FROM app_user WHERE email = $1`,
        [email],
      );
      expect(rows[0].locale).toBe(other);
      await screenshot(page, other, 'inbox-admin-profile-switched');
      expect(errors).toEqual([]);
    });

    it(`lets a tenant admin create an API key seen once and invite a member, in ${language}`, async () => {
      const { page, errors } = await world.newPage({ locale: lang });
      await signInAs(page, world.baseUrl, 'manager.souss@jazari.ma', '/admin/api-keys', lang);
      await h1(page).filter({ hasText: w.keys }).waitFor();
      await checkPage(page, lang, 'api-keys');

      const name = `ERP ${lang} ${Date.now()}`;
      await page.getByRole('button', { name: w.createKey }).click();
      const form = page.getByRole('dialog');
      await form.getByRole('textbox', { name: w.keyName }).fill(name);
      await form.getByRole('checkbox', { name: w.permission }).check();
      await checkPage(page, lang, 'api-key-form');
      await form.getByRole('button', { name: w.createSubmit }).click();
      const secret = page.getByTestId('shown-once-secret');
      await secret.waitFor();
      const key = (await secret.textContent()) ?? '';
      expect(key).toMatch(/^jzk_/);
      await checkPage(page, lang, 'api-key-secret');
      const { rows: keys } = await world.admin.query<{ permissions: string[] }>(
        `SELECT k.permissions FROM api_key k JOIN tenant t ON t.id = k.tenant_id
          WHERE t.slug = 'jazari-souss-massa' AND k.name = $1 AND k.revoked_at IS NULL`,
        [name],
      );
      expect(keys.map((k) => k.permissions)).toEqual([['members.read']]);
      await page.getByRole('button', { name: w.copied }).click();
      await secret.waitFor({ state: 'detached' });
      await page.locator(`[data-testid="api-key"][data-name="${name}"]`).waitFor();
      expect(await page.content()).not.toContain(key);

      await page.getByRole('link', { name: w.invitations }).click();
      await h1(page).filter({ hasText: w.invitations }).waitFor();
      const invited = `invite.${lang}.${Date.now()}@um5.ac.ma`;
      await page.getByRole('button', { name: w.invite, exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: w.email }).fill(invited);
      await dialog.getByRole('combobox', { name: w.role }).click();
      await page.getByRole('option', { name: w.researcher }).click();
      await dialog.getByRole('button', { name: w.sendInvite }).click();
      await page.locator(`[data-testid="invitation"][data-email="${invited}"]`).waitFor();
      const { rows: invitations } = await world.admin.query<{ role: string; slug: string }>(
        `SELECT i.role, t.slug FROM invitation i JOIN tenant t ON t.id = i.tenant_id WHERE i.email = $1`,
        [invited],
      );
      expect(invitations).toEqual([{ role: 'researcher', slug: 'jazari-souss-massa' }]);
      await checkPage(page, lang, 'invitations');
      expect(errors).toEqual([]);
    });

    it(`lets Root's network admin suspend and reactivate a tenant, in ${language}`, async () => {
      const { page, errors } = await world.newPage({ locale: lang });
      await signInAs(page, world.baseUrl, 'admin@jazari.ma', '/admin/tenants', lang);
      await h1(page).filter({ hasText: w.tenants }).waitFor();
      const row = page.locator('[data-testid="tenant"][data-slug="atlas-ai-labs"]');
      await row.waitFor();
      await checkPage(page, lang, 'tenants');
      const status = async () =>
        (
          await world.admin.query<{ status: string }>(
            `SELECT status FROM tenant WHERE slug = 'atlas-ai-labs'`,
          )
        ).rows[0].status;
      expect(await status()).toBe('active');

      await row.getByRole('button').click();
      await page.getByRole('menuitem', { name: w.suspend }).click();
      await checkPage(page, lang, 'tenant-suspend');
      await page.getByRole('dialog').getByRole('button', { name: w.suspend }).click();
      await row.getByText(w.suspended, { exact: true }).waitFor();
      expect(await status()).toBe('suspended');

      await row.getByRole('button').click();
      await page.getByRole('menuitem', { name: w.reactivate }).click();
      await page.getByRole('dialog').getByRole('button', { name: w.reactivate }).click();
      await row.getByText(w.active, { exact: true }).waitFor();
      expect(await status()).toBe('active');
      expect(errors).toEqual([]);
    });
  }
});
