import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  JOB_RUNNER,
  JobHandlerRegistry,
  type JobEnvelope,
  type JobName,
  type JobRunner,
} from '@jazari/queue';
import {
  createUser,
  idle,
  startMailSink,
  testConfig,
  testWorld,
  waitFor,
  type MailSink,
  type SignedIn,
  type TestTenant,
  type TestWorld,
} from '@jazari/testing';
import type pg from 'pg';
import request from 'supertest';

/**
 * Issue 6, first slice: an invitation and a signature request each reach their recipient once, by e-mail
 * through a real SMTP server on loopback in the recipient's language, and the signer in their inbox; a
 * re-delivered job sends nothing twice; the inbox routes are personal.
 */
jest.setTimeout(30_000);

describe('notifications: e-mail and the in-app inbox', () => {
  /**
   * When armed with addresses: the third of them to reach RCPT TO is rejected, once (a mailbox that is
   * briefly unavailable); every other RCPT is accepted.
   */
  const rejectThird = {
    armed: new Set<string>(),
    seen: [] as string[],
    rejected: undefined as string | undefined,
  };
  let smtp: MailSink;
  let world: TestWorld<'institute' | 'partner', 'manager' | 'researcher' | 'partner' | 'colleague'>;
  let admin: pg.Client;
  let api: NestFastifyApplication;
  let worker: NestFastifyApplication;
  let institute: TestTenant;
  let partner: TestTenant;
  let users: (typeof world)['users'];
  let s: (typeof world)['sessions'];

  const call = (session: SignedIn) => world.as(session);
  const mailTo = (email: string) => smtp.to(email);

  beforeAll(async () => {
    smtp = await startMailSink({
      onRcptTo(to) {
        if (!rejectThird.armed.has(to) || rejectThird.seen.includes(to)) return undefined;
        rejectThird.seen.push(to);
        if (rejectThird.seen.length !== 3 || rejectThird.rejected) return undefined;
        rejectThird.rejected = to;
        return Object.assign(new Error(`450 mailbox ${to} temporarily unavailable`), { responseCode: 450 });
      },
    });
    world = await testWorld({
      config: testConfig({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://jazari.test' }),
      tenants: { institute: 'institute', partner: 'partner' },
      users: {
        manager: { tenant: 'institute', role: 'institute_manager', locale: 'fr' },
        researcher: { tenant: 'institute', role: 'researcher', locale: 'en' },
        partner: { tenant: 'partner', role: 'partner_admin', locale: 'ar' },
        colleague: { tenant: 'partner', role: 'partner_member', locale: 'fr' },
      },
      worker: true,
    });
    ({ admin, api, worker, users, sessions: s } = world);
    ({ institute, partner } = world.tenants);
  });
  afterAll(async () => {
    await world?.close();
    await smtp?.close();
  });

  /** Runs the event's job again as a re-delivery would, after removing its (event, handler) record. */
  async function redeliver(eventId: string): Promise<void> {
    const { rows } = await admin.query<{
      tenant_id: string;
      type: JobName;
      version: number;
      payload: unknown;
    }>(`SELECT tenant_id, type, version, payload FROM outbox_event WHERE id = $1`, [eventId]);
    const event = rows[0];
    await admin.query(`DELETE FROM outbox_handled WHERE event_id = $1`, [eventId]);
    const envelope = {
      v: event.version,
      eventId,
      tenantId: event.tenant_id,
      payload: event.payload,
    } as JobEnvelope;
    const handler = worker.get(JobHandlerRegistry).get(event.type);
    await worker.get<symbol, JobRunner>(JOB_RUNNER).run(event.type, envelope, handler!.handle);
    const handled = await admin.query(`SELECT 1 FROM outbox_handled WHERE event_id = $1`, [eventId]);
    expect(handled.rowCount).toBe(1);
  }

  it('e-mails an invitation once, in French, with its accept link', async () => {
    const email = `invitee-${Date.now().toString(36)}@test.jazari.ma`;
    const created = await call(s.manager).post('/invitations', { email, role: 'researcher' }).expect(201);
    const [mail] = await waitFor('the invitation e-mail', () =>
      mailTo(email).length > 0 ? mailTo(email) : undefined,
    );
    expect(mail.html).toContain('lang="fr"');
    expect(mail.html).toContain('dir="ltr"');
    expect(mail.text).toMatch(/https:\/\/jazari\.test\/invitations\/accept\?token=jzi_\S+/);
    expect(mail.text).toContain('Vous êtes invité(e)');
    // The e-mail leaves before the event's transaction commits: wait for the commit.
    const rows = await waitFor('the invitation on record', async () => {
      const found = await admin.query(
        `SELECT i.recorded_at, e.id AS event_id FROM invitation i
           JOIN outbox_event e ON e.tenant_id = i.tenant_id AND e.payload->>'invitationId' = i.id::text
          WHERE i.id = $1 AND i.recorded_at IS NOT NULL AND e.done_at IS NOT NULL`,
        [created.body.id],
      );
      return found.rows.length > 0 ? found.rows : undefined;
    });
    expect(rows[0].recorded_at).not.toBeNull();
    expect(mail.messageId).toContain(rows[0].event_id);
    const ledger = await admin.query(
      `SELECT channel, recipient, status FROM notification_delivery WHERE event_id = $1`,
      [rows[0].event_id],
    );
    expect(ledger.rows).toEqual([{ channel: 'email', recipient: email, status: 'delivered' }]);

    await redeliver(rows[0].event_id);
    await idle(worker);
    expect(mailTo(email)).toHaveLength(1);
  });

  it('asks the signers to sign: one e-mail each in their language, one inbox entry each, never twice', async () => {
    const created = await call(s.manager)
      .post('/conventions', {
        title: 'Convention IA agriculture',
        type: 'partnership',
        parties: [
          { tenantId: institute.id, roleLabel: 'porteur' },
          { tenantId: partner.id, roleLabel: 'partenaire' },
        ],
      })
      .expect(201);
    const id = created.body.id as string;
    await request(api.getHttpServer())
      .post(`/api/v1/conventions/${id}/documents?filename=convention.pdf`)
      .set({ authorization: `Bearer ${s.manager.accessToken}`, 'content-type': 'application/pdf' })
      .send(Buffer.from(`%PDF-1.7\nconvention ${id}\n%%EOF\n`))
      .expect(201);
    await call(s.manager).post(`/conventions/${id}/submit-for-review`).expect(200);
    await call(s.manager)
      .put(`/conventions/${id}/signers`, {
        signers: [
          { partyTenantId: partner.id, userId: users.partner.id, step: 1 },
          { partyTenantId: institute.id, userId: users.researcher.id, step: 1 },
        ],
      })
      .expect(200);
    await call(s.manager).post(`/conventions/${id}/send`).expect(200);

    const [arabic] = await waitFor('the Arabic e-mail', () =>
      mailTo(users.partner.email).length > 0 ? mailTo(users.partner.email) : undefined,
    );
    const [english] = await waitFor('the English e-mail', () =>
      mailTo(users.researcher.email).length > 0 ? mailTo(users.researcher.email) : undefined,
    );
    await waitFor('the event to commit', async () => {
      const done = await admin.query(
        `SELECT 1 FROM outbox_event WHERE type = 'conventions.signature_requested' AND payload->>'conventionId' = $1 AND done_at IS NOT NULL`,
        [id],
      );
      return (done.rowCount ?? 0) > 0;
    });
    expect(arabic.html).toContain('dir="rtl"');
    expect(arabic.html).toContain('lang="ar"');
    expect(arabic.text).toContain('مطلوب توقيعكم');
    // The link names the tenant the signer is asked in, so the web app opens the convention there.
    expect(arabic.text).toContain(`https://jazari.test/conventions/${id}?tenant=${partner.id}`);
    expect(english.text).toContain(`https://jazari.test/conventions/${id}?tenant=${institute.id}`);
    expect(english.html).toContain('lang="en"');
    expect(english.text).toContain('Your signature is requested');
    expect(arabic.messageId).not.toBe(english.messageId);

    // The partner's signer finds it in the inbox, in the partner's tenant, pointing at the convention.
    const inbox = await call(s.partner).get('/me/notifications').expect(200);
    expect(inbox.body.data).toHaveLength(1);
    const [entry] = inbox.body.data as {
      id: string;
      tenantId: string;
      link: string;
      eventType: string;
      readAt: null;
      actionRequired: boolean;
      title: Record<string, string>;
    }[];
    expect(entry).toMatchObject({
      tenantId: partner.id,
      eventType: 'conventions.signature_requested',
      link: `/conventions/${id}`,
      actionRequired: true,
      readAt: null,
    });
    expect(entry.title.ar).toContain('مطلوب توقيعكم');
    expect(inbox.body.nextCursor).toBeNull();

    // A re-delivered job: no e-mail, no inbox row again.
    const { rows } = await admin.query<{ id: string }>(
      `SELECT id FROM outbox_event WHERE type = 'conventions.signature_requested' AND payload->>'conventionId' = $1`,
      [id],
    );
    expect(rows).toHaveLength(1);
    await redeliver(rows[0].id);
    await idle(worker);
    expect(mailTo(users.partner.email)).toHaveLength(1);
    expect(mailTo(users.researcher.email)).toHaveLength(1);
    const counts = await admin.query(
      `SELECT channel, count(*)::int AS n FROM notification_delivery WHERE event_id = $1 GROUP BY channel ORDER BY channel`,
      [rows[0].id],
    );
    expect(counts.rows).toEqual([
      { channel: 'email', n: 2 },
      { channel: 'in_app', n: 2 },
    ]);
    const inboxRows = await admin.query(
      `SELECT tenant_id, user_id FROM notification WHERE event_id = $1 ORDER BY user_id`,
      [rows[0].id],
    );
    expect(inboxRows.rows).toHaveLength(2);

    // The inbox routes: personal, and another person cannot read or mark it.
    expect((await call(s.partner).get('/me/notifications/unread-count').expect(200)).body).toEqual({
      unread: 1,
    });
    await call(s.colleague).post(`/me/notifications/${entry.id}/read`).expect(404);
    expect((await call(s.colleague).get('/me/notifications').expect(200)).body.data).toEqual([]);
    await call(s.manager).post(`/me/notifications/${entry.id}/read`).expect(404);
    expect((await call(s.partner).get('/me/notifications/unread-count').expect(200)).body).toEqual({
      unread: 1,
    });

    const read = await call(s.partner).post(`/me/notifications/${entry.id}/read`).expect(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await call(s.partner).get('/me/notifications/unread-count').expect(200)).body).toEqual({
      unread: 0,
    });
    expect((await call(s.partner).get('/me/notifications?unread=true').expect(200)).body.data).toEqual([]);

    expect((await call(s.researcher).get('/me/notifications/unread-count').expect(200)).body).toEqual({
      unread: 1,
    });
    expect((await call(s.researcher).post('/me/notifications/read-all').expect(200)).body).toEqual({
      marked: 1,
    });
    expect((await call(s.researcher).get('/me/notifications/unread-count').expect(200)).body).toEqual({
      unread: 0,
    });
    await call(s.researcher).get('/me/notifications?limit=0').expect(400);
  });
  it('records each e-mail on its own: a failed third send is retried alone, nobody receives one twice', async () => {
    const signers = {
      a: await createUser(admin, [{ tenant: partner, role: 'partner_member' }], { locale: 'fr' }),
      b: await createUser(admin, [{ tenant: institute, role: 'researcher' }], { locale: 'en' }),
      c: await createUser(admin, [{ tenant: partner, role: 'partner_member' }], { locale: 'ar' }),
    };
    const emails = Object.values(signers).map((u) => u.email);
    rejectThird.armed = new Set(emails);
    rejectThird.seen = [];
    rejectThird.rejected = undefined;

    const created = await call(s.manager)
      .post('/conventions', {
        title: 'Convention trois signataires',
        type: 'partnership',
        parties: [
          { tenantId: institute.id, roleLabel: 'porteur' },
          { tenantId: partner.id, roleLabel: 'partenaire' },
        ],
      })
      .expect(201);
    const id = created.body.id as string;
    await request(api.getHttpServer())
      .post(`/api/v1/conventions/${id}/documents?filename=convention.pdf`)
      .set({ authorization: `Bearer ${s.manager.accessToken}`, 'content-type': 'application/pdf' })
      .send(Buffer.from(`%PDF-1.7\nconvention ${id}\n%%EOF\n`))
      .expect(201);
    await call(s.manager).post(`/conventions/${id}/submit-for-review`).expect(200);
    await call(s.manager)
      .put(`/conventions/${id}/signers`, {
        signers: [
          { partyTenantId: partner.id, userId: signers.a.id, step: 1 },
          { partyTenantId: institute.id, userId: signers.b.id, step: 1 },
          { partyTenantId: partner.id, userId: signers.c.id, step: 1 },
        ],
      })
      .expect(200);
    await call(s.manager).post(`/conventions/${id}/send`).expect(200);

    // The first attempt fails on the third e-mail; BullMQ retries the event, which then commits.
    const eventId = await waitFor(
      'the event to commit after its retry',
      async () => {
        const done = await admin.query<{ id: string }>(
          `SELECT id FROM outbox_event WHERE type = 'conventions.signature_requested' AND payload->>'conventionId' = $1 AND done_at IS NOT NULL`,
          [id],
        );
        return done.rows[0]?.id;
      },
      20_000,
    );
    expect(rejectThird.rejected).toBeDefined();
    expect(rejectThird.seen).toHaveLength(3);
    const failedTo = rejectThird.rejected!;
    const aboutThis = (email: string) => mailTo(email).filter((m) => m.messageId.includes(eventId));
    for (const email of emails) expect(aboutThis(email)).toHaveLength(1);

    const byEmail = new Map(Object.values(signers).map((u) => [u.id, u.email]));
    const ledger = await admin.query<{
      channel: string;
      recipient: string;
      status: string;
      attempts: number;
      last_error: string | null;
    }>(
      `SELECT channel, recipient, status, attempts, last_error FROM notification_delivery
        WHERE event_id = $1 ORDER BY channel, recipient`,
      [eventId],
    );
    const email = ledger.rows.filter((r) => r.channel === 'email');
    expect(email).toHaveLength(3);
    for (const row of email) {
      expect(row.status).toBe('delivered');
      if (byEmail.get(row.recipient) === failedTo) {
        expect(row.attempts).toBe(2);
        expect(row.last_error).toMatch(/temporarily unavailable/);
        expect(row.last_error!.length).toBeLessThanOrEqual(500);
      } else {
        // Sent on the first attempt and committed then: the retry skipped them.
        expect(row.attempts).toBe(1);
        expect(row.last_error).toBeNull();
      }
    }
    // In-app rows rolled back with the failed attempt and were written once, by the retry.
    const inApp = ledger.rows.filter((r) => r.channel === 'in_app');
    expect(inApp.map((r) => [r.status, r.attempts])).toEqual([
      ['delivered', 1],
      ['delivered', 1],
      ['delivered', 1],
    ]);
    const inbox = await admin.query(`SELECT user_id FROM notification WHERE event_id = $1`, [eventId]);
    expect(inbox.rowCount).toBe(3);

    // A re-delivered job now sends nothing.
    await redeliver(eventId);
    await idle(worker);
    for (const address of emails) expect(aboutThis(address)).toHaveLength(1);
    rejectThird.armed = new Set();
  });
});
