import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { ManualClock } from '@jazari/config';
import { uuidv7 } from '@jazari/database';
import { DigestService } from '@jazari/notifications';
import {
  adminClient,
  createTenant,
  createUser,
  signIn,
  startMailSink,
  testConfig,
  waitFor,
  type MailSink,
  type SignedIn,
  type TestTenant,
  type TestUser,
} from '@jazari/testing';
import { createWorker } from '@jazari/worker';
import type pg from 'pg';
import request from 'supertest';

/**
 * Issue 6, point 5: each person chooses, per category, in-app and e-mail (at once, in a daily digest, or
 * not at all); in-app stays on where every event asks them to act; the digest goes out once a morning.
 */
jest.setTimeout(30_000);

describe('notification preferences and the daily digest', () => {
  // The worker's clock stands before 08:00 network time: its boot-time digest run sends nothing of ours.
  const clock = new ManualClock('2026-11-20T05:00:00Z');
  let smtp: MailSink;
  let api: NestFastifyApplication;
  let worker: NestFastifyApplication;
  let admin: pg.Client;
  let institute: TestTenant;
  let partner: TestTenant;
  let manager: TestUser;
  let partnerAdmin: TestUser;
  let s: { manager: SignedIn; partner: SignedIn };

  const call = (session: SignedIn) => {
    const server = () => request(api.getHttpServer());
    const auth = { authorization: `Bearer ${session.accessToken}` };
    return {
      get: (p: string) => server().get(`/api/v1${p}`).set(auth),
      post: (p: string, body: object = {}) => server().post(`/api/v1${p}`).set(auth).send(body),
      patch: (p: string, body: object) => server().patch(`/api/v1${p}`).set(auth).send(body),
    };
  };

  beforeAll(async () => {
    smtp = await startMailSink();
    const config = testConfig({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://jazari.test' });
    admin = await adminClient();
    institute = await createTenant(admin, 'institute');
    partner = await createTenant(admin, 'partner');
    manager = await createUser(admin, [{ tenant: institute, role: 'institute_manager' }], { locale: 'fr' });
    partnerAdmin = await createUser(admin, [{ tenant: partner, role: 'partner_admin' }], { locale: 'ar' });
    api = await createApi(config);
    worker = await createWorker(config, { clock });
    s = {
      manager: await signIn(api, manager.email, manager.password),
      partner: await signIn(api, partnerAdmin.email, partnerAdmin.password),
    };
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await admin?.end();
    await smtp?.close();
  });

  /** Emits `conventions.activated` for a convention of the institute, as the signing flow does. */
  async function activated(): Promise<{ conventionId: string; eventId: string; title: string }> {
    const title = `Convention ${uuidv7().slice(-8)}`;
    const created = await call(s.manager)
      .post('/conventions', {
        title,
        type: 'partnership',
        parties: [
          { tenantId: institute.id, roleLabel: 'porteur' },
          { tenantId: partner.id, roleLabel: 'partenaire' },
        ],
      })
      .expect(201);
    const eventId = uuidv7();
    await admin.query(
      `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload)
       VALUES ($1, $2, 'conventions.activated', 1, 'notifications', $3)`,
      [
        institute.id,
        eventId,
        JSON.stringify({ conventionId: created.body.id, partyTenantIds: [institute.id, partner.id] }),
      ],
    );
    await waitFor('the event handled', async () => {
      const done = await admin.query(`SELECT 1 FROM outbox_event WHERE id = $1 AND done_at IS NOT NULL`, [
        eventId,
      ]);
      return (done.rowCount ?? 0) > 0;
    });
    return { conventionId: created.body.id as string, eventId, title };
  }

  it('lists every category with the defaults, and refuses what cannot be chosen', async () => {
    const list = await call(s.manager).get('/me/notification-preferences').expect(200);
    const byCategory = Object.fromEntries(
      (list.body.data as { category: string }[]).map((p) => [p.category, p]),
    );
    expect(byCategory.conventions).toEqual({
      category: 'conventions',
      label: { fr: 'Conventions', ar: 'الاتفاقيات', en: 'Conventions' },
      inApp: true,
      inAppLocked: false,
      email: 'immediate',
      digestAvailable: true,
    });
    expect(byCategory.signatures).toMatchObject({ inAppLocked: true, digestAvailable: false });

    const locked = await call(s.manager)
      .patch('/me/notification-preferences', { preferences: [{ category: 'signatures', inApp: false }] })
      .expect(422);
    expect(locked.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(locked.body.type).toMatch(/preference-locked$/);
    const noDigest = await call(s.manager)
      .patch('/me/notification-preferences', { preferences: [{ category: 'signatures', email: 'digest' }] })
      .expect(422);
    expect(noDigest.body.type).toMatch(/digest-unavailable$/);
    await call(s.manager)
      .patch('/me/notification-preferences', { preferences: [{ category: 'gossip', inApp: false }] })
      .expect(400);
    // All or nothing: a valid change beside a refused one is not kept; a category twice is refused.
    await call(s.manager)
      .patch('/me/notification-preferences', {
        preferences: [
          { category: 'conventions', email: 'off' },
          { category: 'signatures', inApp: false },
        ],
      })
      .expect(422);
    await call(s.manager)
      .patch('/me/notification-preferences', {
        preferences: [
          { category: 'conventions', email: 'off' },
          { category: 'conventions', email: 'digest' },
        ],
      })
      .expect(400);
    await call(s.manager).patch('/me/notification-preferences', { preferences: [] }).expect(400);
    await call(s.manager)
      .patch('/me/notification-preferences', { preferences: [{ category: 'conventions', email: 'weekly' }] })
      .expect(400);
    await call(s.manager)
      .patch('/me/notification-preferences', { preferences: [{ category: 'conventions', colour: 'red' }] })
      .expect(400);
    // Nothing was written by the refused requests.
    const rows = await admin.query(`SELECT 1 FROM notification_preference WHERE user_id = $1`, [manager.id]);
    expect(rows.rowCount).toBe(0);
  });

  it("is personal: one person's choice changes nothing for another, and an API key cannot reach it", async () => {
    await call(s.partner)
      .patch('/me/notification-preferences', {
        preferences: [{ category: 'conventions', inApp: false, email: 'off' }],
      })
      .expect(200);
    const mine = await call(s.manager).get('/me/notification-preferences').expect(200);
    expect(
      (mine.body.data as { category: string; email: string }[]).find((p) => p.category === 'conventions'),
    ).toMatchObject({ inApp: true, email: 'immediate' });
    const key = await call(s.manager)
      .post('/api-keys', { name: 'ci', permissions: ['members.read'] })
      .expect(201);
    await request(api.getHttpServer())
      .get('/api/v1/me/notification-preferences')
      .set({ authorization: `Bearer ${key.body.key}` })
      .expect(403);
  });

  it("follows each recipient's choice: nothing for one, the inbox now and the e-mail in the next digest for the other", async () => {
    await call(s.manager)
      .patch('/me/notification-preferences', { preferences: [{ category: 'conventions', email: 'digest' }] })
      .expect(200);
    const first = await activated();
    const second = await activated();

    // The manager: both in the inbox at once, no e-mail yet, two items waiting for the digest.
    const inbox = await call(s.manager).get('/me/notifications').expect(200);
    expect((inbox.body.data as { link: string }[]).map((n) => n.link).sort()).toEqual(
      [`/conventions/${first.conventionId}`, `/conventions/${second.conventionId}`].sort(),
    );
    expect(smtp.to(manager.email)).toEqual([]);
    const waiting = await admin.query(
      `SELECT tenant_id FROM notification_digest_item WHERE user_id = $1 AND digest_day IS NULL`,
      [manager.id],
    );
    expect(waiting.rows).toEqual([{ tenant_id: institute.id }, { tenant_id: institute.id }]);
    // The partner's admin turned the category off: no inbox row, no e-mail, nothing waiting.
    expect((await call(s.partner).get('/me/notifications').expect(200)).body.data).toEqual([]);
    expect(smtp.to(partnerAdmin.email)).toEqual([]);
    // The ledger: the manager's in-app delivery and e-mail held for the digest; nothing for the partner.
    const ledger = await admin.query(
      `SELECT channel, recipient, status FROM notification_delivery WHERE event_id = $1 ORDER BY channel`,
      [first.eventId],
    );
    expect(ledger.rows).toEqual([
      { channel: 'email', recipient: manager.id, status: 'digested' },
      { channel: 'in_app', recipient: manager.id, status: 'delivered' },
    ]);

    // Now: what arrived after this morning's digest (08:00 network time) waits for the next morning.
    const digests = worker.get(DigestService);
    clock.set(new Date());
    await digests.run();
    expect(smtp.to(manager.email)).toEqual([]);

    // From 08:00: one e-mail with both, in French, linking to each convention; then never again.
    clock.set('2099-01-05T08:30:00Z');
    await digests.run();
    const [digest] = await waitFor('the digest', () =>
      smtp.to(manager.email).length > 0 ? smtp.to(manager.email) : undefined,
    );
    expect(smtp.to(manager.email)).toHaveLength(1);
    expect(digest.html).toContain('<title>Votre résumé Jazari du 2099-01-05 (2)</title>');
    expect(digest.html).toContain('lang="fr"');
    expect(digest.text).toContain(`https://jazari.test/conventions/${first.conventionId}`);
    expect(digest.text).toContain(`https://jazari.test/conventions/${second.conventionId}`);
    expect(digest.text.match(/Convention en vigueur : \S+/g)).toHaveLength(2);
    expect(digest.messageId).toBe(`<digest.2099-01-05.${manager.id}@notifications.jazari.ma>`);
    const record = await admin.query(
      `SELECT day::text, status, items FROM notification_digest WHERE user_id = $1`,
      [manager.id],
    );
    expect(record.rows).toEqual([{ day: '2099-01-05', status: 'delivered', items: 2 }]);

    clock.set('2099-01-05T20:00:00Z');
    await digests.run();
    clock.set('2099-01-06T09:00:00Z');
    await digests.run();
    expect(smtp.to(manager.email)).toHaveLength(1);
  });
});
