/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { JobEnvelope } from '@jazari/queue';
import { NOTIFICATION_CATALOGUE, type Recipient } from '@jazari/notifications';
import { waitFor } from '@jazari/testing';
import type { Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './lib/axe.js';
import {
  apiSignIn,
  mails,
  secondStep,
  signInAs,
  startBrowserWorld,
  type BrowserWorld,
} from './lib/browser-world.js';

jest.setTimeout(300_000);

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const FAKE_ID = '01a2a0a0-0000-7000-8000-000000000001';

/** The kind of a link: its path with ids replaced (`/conventions/:id/obligations`). */
function kindOf(link: string): string {
  const url = new URL(link, 'http://jazari.test');
  return url.pathname === '/invitations/accept' ? '/invitations/accept' : url.pathname.replace(UUID, ':id');
}

/**
 * Every link builder of the notification catalogue, called with a made-up event: the kinds of link the
 * platform can send. The payload answers any field with an id (lists empty), the reader answers with one
 * person, so each resolver reaches its link.
 */
async function catalogueLinkKinds(): Promise<Map<string, string[]>> {
  const person: Recipient = { userId: FAKE_ID, email: 'x@jazari.test', locale: 'fr', tenantId: FAKE_ID };
  const read = {
    invitation: () =>
      Promise.resolve({
        email: 'x@jazari.test',
        role: 'researcher',
        tenantNames: { fr: 'T', ar: 'T', en: 'T' },
      }),
    convention: () => Promise.resolve({ reference: 'JZR-2026-0001', title: 'Convention' }),
    signers: () => Promise.resolve([person]),
    partyTenants: () => Promise.resolve([FAKE_ID]),
    admins: () => Promise.resolve([person]),
    users: () => Promise.resolve([person]),
    roleHolders: () => Promise.resolve([person]),
    passwordReset: () => Promise.resolve({ recipient: person, state: 'open' as const }),
  };
  // Fields the catalogue reads as one of a set of words get one of them; the rest get a made-up id, date or count.
  const words: Record<string, string> = { decision: 'approved', stage: 'owner' };
  const payload = new Proxy(
    {},
    {
      get: (_target, key) =>
        typeof key === 'string' && key in words
          ? words[key]
          : key === 'people'
            ? [{ tenantId: FAKE_ID, userIds: [FAKE_ID] }]
            : key === 'partyTenantIds' || key === 'signerIds' || key === 'userIds'
              ? [FAKE_ID]
              : typeof key === 'string' && /(At|On|Date)$/.test(key)
                ? '2026-12-10T09:00:00.000Z'
                : typeof key === 'string' && /(quantity|percent|threshold|count|Count)$/i.test(key)
                  ? 10
                  : FAKE_ID,
    },
  );
  const kinds = new Map<string, string[]>();
  for (const event of NOTIFICATION_CATALOGUE) {
    const envelope = {
      v: event.job.version,
      eventId: FAKE_ID,
      tenantId: FAKE_ID,
      payload,
    } as unknown as JobEnvelope;
    const resolved = await (event.resolve as (input: unknown) => Promise<{ link: string } | undefined>)({
      envelope,
      read,
      // The links with a secret (identity's), as one made-up accept link.
      links: {
        invitation: () => Promise.resolve('https://jazari.test/invitations/accept?token=jzi_x'),
        passwordReset: () => 'https://jazari.test/invitations/accept?token=jzi_x',
      },
    });
    if (!resolved) throw new Error(`${event.name}: its resolver found nothing to say with a made-up event`);
    const kind = kindOf(resolved.link);
    kinds.set(kind, [...(kinds.get(kind) ?? []), event.name]);
  }
  return kinds;
}

/** What a page shows when its object did not load: the not-found page, or a problem in place of it. */
async function landed(page: Page, expectText: string): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await waitFor(
    `"${expectText}" on ${page.url()}`,
    async () => (await page.locator('main').innerText()).includes(expectText),
    15_000,
  );
  expect(await page.getByRole('heading', { level: 1 }).first().innerText()).not.toMatch(
    /Page introuvable|الصفحة غير موجودة|Page not found/,
  );
  // A problem shown in place of the object (informational alerts, such as "your signature is awaited", are fine).
  const alerts = await page.locator('main [data-problem]').allInnerTexts();
  expect({ url: page.url(), alerts }).toEqual({ url: page.url(), alerts: [] });
}

describe('every link Jazari sends opens the page of its object', () => {
  let world: BrowserWorld;
  const tenantOf = async (slug: string) =>
    (await world.admin.query<{ id: string }>(`SELECT id FROM tenant WHERE slug = $1`, [slug])).rows[0].id;

  beforeAll(async () => {
    world = await startBrowserWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('opens one link of each kind the notification catalogue builds, as the person it is for', async () => {
    const kinds = await catalogueLinkKinds();
    // Each kind the catalogue can build, with an object of the demo network, who opens it, and what the
    // page must show. A link builder of a new kind fails here until its page is known to land.
    const convention = (
      await world.admin.query<{ id: string; title: string; tenant_id: string }>(
        `SELECT c.id, c.title, c.tenant_id FROM convention c WHERE c.status = 'out_for_signature' ORDER BY c.id LIMIT 1`,
      )
    ).rows[0];
    const workshop = (
      await world.admin.query<{ id: string; title: string; tenant_id: string }>(
        `SELECT id, title, tenant_id FROM workshop WHERE status = 'published' ORDER BY starts_at LIMIT 1`,
      )
    ).rows[0];
    const allocation = (
      await world.admin.query<{ id: string; name: string; requester_tenant_id: string }>(
        `SELECT a.id, r.name, a.requester_tenant_id FROM resource_allocation a JOIN resource r ON r.tenant_id = a.tenant_id AND r.id = a.resource_id
          WHERE a.requester_tenant_id = (SELECT id FROM tenant WHERE slug = 'jazari-casablanca')
          ORDER BY a.created_at LIMIT 1`,
      )
    ).rows[0];
    const resource = (
      await world.admin.query<{ id: string; name: string }>(
        `SELECT id, name FROM resource ORDER BY created_at LIMIT 1`,
      )
    ).rows[0];
    const report = (
      await world.admin.query<{ id: string; tenant_id: string }>(
        `SELECT id, tenant_id FROM report ORDER BY created_at LIMIT 1`,
      )
    ).rows[0];
    const atlas = await tenantOf('atlas-ai-labs');
    const root = await tenantOf('jazari-root');

    // A webhook endpoint of Root's, made by its admin through the API, for the webhook notice's link.
    // Root's administrator answers sign-in's second step (setting an app up, the first time).
    const signedIn = await apiSignIn(world.baseUrl, 'admin@jazari.ma', 'Jazari-Demo-2026');
    const login = signedIn.body as { accessToken: string };
    // Status and body together, so a failure says what the API answered.
    expect({ status: signedIn.status, login }).toMatchObject({ status: 200 });
    const created = await fetch(`${world.baseUrl}/api/v1/webhooks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${login.accessToken}` },
      body: JSON.stringify({ url: 'https://hooks.jazari.test/in', eventTypes: ['conventions.activated'] }),
    });
    const endpoint = (await created.json()) as { id: string };
    expect({ status: created.status, endpoint }).toMatchObject({ status: 201 });
    expect(endpoint.id).toMatch(UUID);

    const cases: Record<string, { email: string; path: string; tenant: string; shows: string }> = {
      '/conventions/:id': {
        email: 'admin@atlas-ai.ma',
        path: `/conventions/${convention.id}`,
        tenant: atlas,
        shows: convention.title,
      },
      '/conventions/:id/obligations': {
        email: 'admin@atlas-ai.ma',
        path: `/conventions/${convention.id}/obligations`,
        tenant: atlas,
        shows: convention.title,
      },
      '/workshops/:id': {
        email: 'manager.casablanca@jazari.ma',
        path: `/workshops/${workshop.id}`,
        tenant: workshop.tenant_id,
        shows: workshop.title,
      },
      '/workshops/:id/outcomes': {
        email: 'manager.casablanca@jazari.ma',
        path: `/workshops/${workshop.id}/outcomes`,
        tenant: workshop.tenant_id,
        shows: workshop.title,
      },
      '/allocations/:id': {
        email: 'manager.casablanca@jazari.ma',
        path: `/allocations/${allocation.id}`,
        tenant: allocation.requester_tenant_id,
        shows: allocation.name,
      },
      '/resources/:id': {
        email: 'manager.rabat@jazari.ma',
        path: `/resources/${resource.id}`,
        tenant: '',
        shows: resource.name,
      },
      '/reports/:id': {
        email: 'admin@jazari.ma',
        path: `/reports/${report.id}`,
        tenant: report.tenant_id,
        shows: '',
      },
      '/webhooks/:id': {
        email: 'admin@jazari.ma',
        path: `/webhooks/${endpoint.id}`,
        tenant: root,
        shows: 'hooks.jazari.test',
      },
    };
    // The sign-in page (where "your password was changed" points after a reset) is opened in the
    // password-reset journey; the profile (where it points after a change) in the conventions journey,
    // where signers set up their second factor.
    const known = new Set([...Object.keys(cases), '/invitations/accept', '/sign-in', '/profile']);
    expect([...kinds.keys()].filter((k) => !known.has(k))).toEqual([]);

    for (const [kind, events] of kinds) {
      if (kind === '/invitations/accept') continue; // opened from its e-mail in the front door's journey and below
      if (kind === '/sign-in') continue; // a page before sign-in, not an object
      if (kind === '/profile') continue; // the person's own page, not an object (conventions journey)
      const c = cases[kind];
      const { page, errors } = await world.newPage();
      const link = `${world.baseUrl}${c.path}${c.tenant ? `?tenant=${c.tenant}` : ''}`;
      // Not signed in: the link leads to sign-in, then straight back to the object.
      await page.goto(link);
      await page.waitForURL(/\/sign-in\?next=/);
      await page.locator('input[name="email"]').fill(c.email);
      await page.locator('input[name="password"]').fill('Jazari-Demo-2026');
      await page.locator('button[type="submit"]').click();
      await secondStep(page, c.email);
      await page.waitForURL((url) => url.pathname === c.path);
      await landed(page, c.shows);
      expect(describeViolations(kind, await seriousViolations(page))).toBe('');
      expect({ kind, events, errors }).toEqual({ kind, events, errors: [] });
      await page.context().close();
    }
  });

  it('opens every link in the e-mails the demo network was sent, as their recipient', async () => {
    // The worker e-mails the seed's events (invitations aside, the demo has none open).
    const sent = await waitFor(
      'the demo network’s e-mails',
      () => {
        const all = mails(world.mailDir);
        return all.length > 0 ? all : undefined;
      },
      60_000,
    );
    const byRecipient = new Map<string, Set<string>>();
    for (const { raw } of sent) {
      const unfolded = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      const to = /^To: (?:.*<)?([^\s<>]+@[^\s<>]+?)>?\r?$/m.exec(unfolded)?.[1];
      if (!to) continue;
      for (const match of unfolded.matchAll(
        new RegExp(`${world.baseUrl.replace(/[.]/g, '\\.')}/[^\\s"<>)]+`, 'g'),
      )) {
        const links = byRecipient.get(to) ?? new Set<string>();
        links.add(match[0].replace(/&amp;/g, '&'));
        byRecipient.set(to, links);
      }
    }
    const total = [...byRecipient.values()].reduce((n, s) => n + s.size, 0);
    expect(total).toBeGreaterThan(0);
    for (const [email, links] of byRecipient) {
      const { page, errors } = await world.newPage();
      await signInAs(page, world.baseUrl, email);
      for (const link of links) {
        await page.goto(link);
        const path = new URL(link).pathname;
        await page.waitForURL((url) => url.pathname === path);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await landed(page, '');
      }
      expect({ email, errors }).toEqual({ email, errors: [] });
      await page.context().close();
    }
  });
});
