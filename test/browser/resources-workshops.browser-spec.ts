import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './lib/axe.js';
import { screenshot, signInAs, startBrowserWorld, type BrowserWorld } from './lib/browser-world.js';

jest.setTimeout(300_000);

type Lang = 'fr' | 'ar';

/** The words a person reads on these pages, in each language (the assertions look for them). */
const WORDS = {
  fr: {
    catalogue: 'Ressources partagées',
    request: 'Demander une allocation',
    project: 'Projet',
    quantity: 'Quantité (créneaux)',
    endsOn: 'Au',
    justification: 'Justification',
    accept: 'J’ai lu et j’accepte les conditions d’utilisation',
    send: 'Envoyer la demande',
    approve: 'Accorder',
    end: 'Fin',
    book: 'Réserver',
    conflict: 'Ce créneau est déjà pris',
    nextWeek: 'Semaine suivante',
    allocations: 'Mes allocations',
    workshops: 'Ateliers',
    register: 'S’inscrire : ',
    joinWaitlist: 'Rejoindre la liste d’attente : ',
    unregister: 'Se désinscrire : ',
    addToCalendar: 'Ajouter à l’agenda : ',
    waitlist: /Liste d’attente : 1re position/,
    agenda: 'Programme',
  },
  ar: {
    catalogue: 'الموارد المشتركة',
    request: 'طلب تخصيص',
    project: 'المشروع',
    quantity: 'الكمية (فترات)',
    endsOn: 'إلى',
    justification: 'المبرر',
    accept: 'قرأت شروط الاستخدام وأوافق عليها',
    send: 'إرسال الطلب',
    approve: 'منح',
    end: 'النهاية',
    book: 'حجز',
    conflict: 'هذه الفترة محجوزة',
    nextWeek: 'الأسبوع التالي',
    allocations: 'مخصصاتي',
    workshops: 'الورشات',
    register: 'التسجيل، ',
    joinWaitlist: 'الانضمام إلى قائمة الانتظار، ',
    unregister: 'إلغاء التسجيل، ',
    addToCalendar: 'إضافة إلى الأجندة، ',
    waitlist: /قائمة الانتظار: المرتبة 1/,
    agenda: 'البرنامج',
  },
} as const;

const DAY = 86_400_000;
const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca', dateStyle: 'short' });
/** A Casablanca calendar day, `days` from today. */
const dayFromToday = (days: number) => zone.format(new Date(Date.now() + days * DAY));
const mondayOf = (day: string) => {
  const d = new Date(`${day}T12:00:00Z`);
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY).toISOString().slice(0, 10);
};
const monthEnd = (day: string) => {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
};

/**
 * Shared resources and workshops as the demo institute manager of Casablanca uses them, in French and in
 * Arabic: request an allocation of Souss-Massa's lab (its manager approves it), book it in the week
 * calendar where a clashing slot is shown before it is sent (and a slot taken meanwhile gets the API's
 * 409), register and unregister for a workshop (seats left change), join a full training's waitlist,
 * and download a workshop's .ics. axe-core finds nothing serious on any page; screenshots in both languages.
 */
describe('shared resources and workshops', () => {
  let world: BrowserWorld;

  beforeAll(async () => {
    world = await startBrowserWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  const checkPage = async (page: Page, lang: Lang, name: string) => {
    expect(describeViolations(name, await seriousViolations(page))).toBe('');
    await screenshot(page, lang, `resources-workshops-${name}`);
  };
  const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
  const pick = async (page: Page, label: string, option: string | RegExp) => {
    await page.getByRole('dialog').getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: option }).first().click();
  };

  /**
   * The demo bookings of the lab run 09:00–12:00 UTC the day after tomorrow and 14:00–17:00 UTC the day
   * after. fr books that first day from 08:00 up to the demo booking, ar the second from 12:00; each first
   * tries one hour too far (a clash), and meets a slot taken meanwhile. Hours are Casablanca's as the
   * browser's own zone data has them (`offset`).
   */
  const plan = (lang: Lang, offset: number) => {
    const h = (n: number) => String(n).padStart(2, '0');
    return lang === 'fr'
      ? { day: 2, start: '08', end: `${h(9 + offset)}:00`, clashEnd: `${h(10 + offset)}:00`, raced: h(18) }
      : { day: 3, start: '12', end: `${h(14 + offset)}:00`, clashEnd: `${h(15 + offset)}:00`, raced: h(19) };
  };

  for (const lang of ['fr', 'ar'] as const) {
    const w = WORDS[lang];
    const language = lang === 'fr' ? 'French' : 'Arabic';

    it(`requests the lab, has it approved and books it in the week calendar, in ${language}`, async () => {
      const { rows } = await world.admin.query<{ id: string; tenant_id: string; name: string }>(
        `SELECT id, tenant_id, name FROM resource WHERE kind = 'lab'`,
      );
      const lab = rows[0];
      const { page, errors } = await world.newPage({ locale: lang });
      await signInAs(page, world.baseUrl, 'manager.casablanca@jazari.ma', '/resources', lang);
      await h1(page).filter({ hasText: w.catalogue }).waitFor();
      await page.locator(`[data-testid="resource"][data-id="${lab.id}"]`).waitFor();
      await checkPage(page, lang, 'catalogue');

      await page.getByRole('link', { name: lab.name }).click();
      await h1(page).filter({ hasText: lab.name }).waitFor();
      await page.locator('[data-testid="week-calendar"]').waitFor();
      await checkPage(page, lang, 'resource');

      // The request: the API's per-field errors show next to their fields first.
      await page.getByRole('button', { name: w.request }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('checkbox', { name: w.accept }).check();
      await dialog.getByRole('button', { name: w.send }).click();
      await dialog
        .getByRole('textbox', { name: w.quantity })
        .and(page.locator('[aria-invalid="true"]'))
        .waitFor();
      await checkPage(page, lang, 'request-errors');
      await pick(page, w.project, /.+/);
      await dialog.getByRole('textbox', { name: w.quantity }).fill('6');
      const last = [dayFromToday(6), monthEnd(dayFromToday(0))].sort()[0];
      await dialog.getByLabel(new RegExp(`^${w.endsOn}\\s*\\*?$`)).fill(last);
      await dialog.getByRole('textbox', { name: w.justification }).fill('Essais de drones pour le projet.');
      await dialog.getByRole('button', { name: w.send }).click();
      await page.waitForURL(/\/allocations\/[0-9a-f-]{36}$/);
      const allocationId = page.url().split('/').pop()!;
      await page.locator('[data-testid="allocation-status"][data-status="pending"]').waitFor();

      // The host's manager approves it.
      const host = await world.newPage({ locale: lang });
      await signInAs(
        host.page,
        world.baseUrl,
        'manager.souss@jazari.ma',
        `/allocations/${allocationId}`,
        lang,
      );
      await host.page.getByRole('button', { name: w.approve, exact: true }).click();
      await host.page.getByRole('dialog').getByRole('button', { name: w.approve, exact: true }).click();
      await host.page
        .locator('[data-testid="allocation-status"]:is([data-status="active"], [data-status="approved"])')
        .waitFor();
      expect(host.errors).toEqual([]);
      await host.context.close();

      // Back to the requester: the calendar offers the allocation's free hours.
      await page.reload();
      await page
        .locator('[data-testid="allocation-status"]:is([data-status="active"], [data-status="approved"])')
        .waitFor();
      const offset = await page.evaluate(() => {
        const hour = new Intl.DateTimeFormat('en-GB', {
          timeZone: 'Africa/Casablanca',
          hour: '2-digit',
          hourCycle: 'h23',
        }).format(new Date(Date.UTC(2026, 11, 1, 12)));
        return Number(hour) - 12;
      });
      const p = plan(lang, offset);
      const day = dayFromToday(p.day);
      const calendar = page.locator('[data-testid="week-calendar"]');
      if (mondayOf(day) !== (await calendar.getAttribute('data-week'))) {
        await page.getByRole('button', { name: w.nextWeek }).click();
        await page.locator(`[data-testid="week-calendar"][data-week="${mondayOf(day)}"]`).waitFor();
      }
      await checkPage(page, lang, 'allocation-calendar');
      const cell = (hour: string) => page.locator(`td[data-slot="${day}T${hour}"]`);
      await cell(p.start).getByRole('button').click();
      // A slot that runs into the demo booking: the conflict shows before anything is sent.
      await pick(page, w.end, p.clashEnd);
      await dialog.getByTestId('booking-conflict').waitFor();
      expect(await dialog.getByRole('button', { name: w.book, exact: true }).isDisabled()).toBe(true);
      await checkPage(page, lang, 'booking-conflict');
      await pick(page, w.end, p.end);
      await dialog.getByTestId('booking-conflict').waitFor({ state: 'detached' });
      await dialog.getByRole('button', { name: w.book, exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.locator(`td[data-slot="${day}T${p.start}"][data-state="booked"]`).waitFor();

      // Someone else takes a slot after the week was read: the API's 409 is shown in the form.
      await cell(p.raced).getByRole('button').click();
      const start = new Date(Date.parse(`${day}T${p.raced}:00:00Z`) - offset * 3_600_000);
      await world.admin.query(
        `INSERT INTO resource_booking (tenant_id, id, resource_id, booker_tenant_id, during, note)
         VALUES ($1, gen_random_uuid(), $2, $1, tstzrange($3, $4, '[)'), 'Pris entre-temps')`,
        [lab.tenant_id, lab.id, start, new Date(start.getTime() + 3_600_000)],
      );
      await dialog.getByRole('button', { name: w.book, exact: true }).click();
      await dialog.getByTestId('booking-problem').getByRole('alert').waitFor();
      const { rows: booked } = await world.admin.query(
        `SELECT 1 FROM resource_booking WHERE allocation_id = $1 AND status = 'confirmed'`,
        [allocationId],
      );
      expect(booked).toHaveLength(1);
      await page.keyboard.press('Escape');

      // My allocations: the new one with its usage bar and status.
      await page.goto(`${world.baseUrl}/allocations`);
      await h1(page).filter({ hasText: w.allocations }).waitFor();
      await page.locator(`[data-testid="allocation"][data-id="${allocationId}"]`).waitFor();
      await page.locator('[data-testid="usage-bar"]').first().waitFor();
      await checkPage(page, lang, 'allocations');
      // The 400 (the empty request) and the 409 (the slot taken meanwhile) were provoked on purpose.
      expect(errors.filter((e) => !/\b(400|409)\b/.test(e))).toEqual([]);
      await page.context().close();
    });

    it(`registers and unregisters for workshops, joins a waitlist and adds one to the calendar, in ${language}`, async () => {
      const { rows } = await world.admin.query<{ id: string; title: string; capacity: number }>(
        `SELECT id, title, capacity FROM workshop WHERE status = 'published' ORDER BY starts_at`,
      );
      const full = rows.find((r) => r.capacity === 2)!;
      const open = rows.find((r) => r.capacity === 30)!;
      const { page, errors } = await world.newPage({ locale: lang });
      await signInAs(page, world.baseUrl, 'manager.casablanca@jazari.ma', '/workshops', lang);
      await h1(page).filter({ hasText: w.workshops }).waitFor();
      const card = (id: string) => page.locator(`[data-testid="workshop"][data-id="${id}"]`);
      const seatsLeft = (id: string) => card(id).getByTestId('seats-left').getAttribute('data-left');
      const seatsLeftAre = (id: string, n: number) =>
        card(id).locator(`[data-testid="seats-left"][data-left="${n}"]`).waitFor();
      await card(open.id).waitFor();
      await checkPage(page, lang, 'workshops');

      const before = Number(await seatsLeft(open.id));
      await card(open.id)
        .getByRole('button', { name: w.register + open.title })
        .click();
      await seatsLeftAre(open.id, before - 1);
      await card(open.id).locator('[data-testid="my-registration"][data-status="registered"]').waitFor();
      await card(open.id)
        .getByRole('button', { name: w.unregister + open.title })
        .click();
      await seatsLeftAre(open.id, before);

      // The training is full: registering puts me first on its waitlist.
      expect(await seatsLeft(full.id)).toBe('0');
      await card(full.id)
        .getByRole('button', { name: w.joinWaitlist + full.title })
        .click();
      const mine = card(full.id).locator('[data-testid="my-registration"][data-status="waitlisted"]');
      await mine.waitFor();
      expect(await mine.textContent()).toMatch(w.waitlist);
      await checkPage(page, lang, 'workshops-waitlisted');
      await card(full.id)
        .getByRole('button', { name: w.unregister + full.title })
        .click();
      await card(full.id).getByTestId('my-registration').waitFor({ state: 'detached' });

      // Add to calendar: the API's .ics, fetched with the session's token.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        card(open.id)
          .getByRole('button', { name: w.addToCalendar + open.title })
          .click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.ics$/);
      const ics = readFileSync(await download.path(), 'utf8');
      expect(ics).toContain('BEGIN:VCALENDAR');
      expect(ics).toContain(`/workshops/${open.id}`);

      await card(open.id).getByRole('link', { name: open.title }).click();
      await h1(page).filter({ hasText: open.title }).waitFor();
      await page.getByRole('heading', { name: w.agenda }).waitFor();
      await checkPage(page, lang, 'workshop');
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
