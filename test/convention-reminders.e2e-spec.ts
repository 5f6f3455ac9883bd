import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ManualClock } from '@jazari/config';
import { ConventionSweepService } from '@jazari/conventions';
import { uuidv7 } from '@jazari/database';
import { QueueProducer } from '@jazari/queue';
import {
  adminClient,
  createTenant,
  createUser,
  testConfig,
  waitFor,
  type TestTenant,
  type TestUser,
} from '@jazari/testing';
import { createWorker } from '@jazari/worker';
import type pg from 'pg';

/**
 * Conventions are written straight into the tables (as their owners' API would leave them), in 2031, so
 * sweeps that other suites' workers run on the real clock never touch them; the sweeps under test are
 * scoped to this suite's owner, so the moved clock never touches other suites' conventions either.
 */
type Body = Record<string, unknown>;

interface Signer {
  readonly user: TestUser;
  readonly party: TestTenant;
  readonly step: number;
  readonly status?: 'pending' | 'signed';
}

async function insertConvention(
  admin: pg.Client,
  owner: TestTenant,
  creator: TestUser,
  fields: {
    status: 'out_for_signature' | 'active';
    sentAt?: string;
    signingDeadline?: string;
    expiryDate?: string;
    reminderIntervalDays?: number;
    parties: readonly TestTenant[];
    signers?: readonly Signer[];
  },
): Promise<{ id: string; signers: string[] }> {
  const id = uuidv7();
  const seq = Math.floor(Math.random() * 1e9);
  await admin.query(
    `INSERT INTO convention (tenant_id, id, reference, ref_year, ref_seq, title, type, status, effective_date,
                             expiry_date, signing_deadline, reminder_interval_days, created_by, sent_at, activated_at)
     VALUES ($1, $2, $3, 2031, $4, 'Reminder test', 'partnership', $5, '2031-01-01', $6, $7, $8, $9, $10,
             CASE WHEN $5 = 'active' THEN $10::timestamptz END)`,
    [
      owner.id,
      id,
      `TST-2031-${seq}`,
      seq,
      fields.status,
      fields.expiryDate ?? null,
      fields.signingDeadline ?? null,
      fields.reminderIntervalDays ?? 1,
      creator.id,
      fields.sentAt ?? '2031-01-01T09:00:00Z',
    ],
  );
  for (const [i, party] of [owner, ...fields.parties].entries()) {
    await admin.query(
      `INSERT INTO convention_party (tenant_id, convention_id, party_tenant_id, role_label, position)
       VALUES ($1, $2, $3, $4, $5)`,
      [owner.id, id, party.id, i === 0 ? 'Porteur' : 'Partenaire', i],
    );
  }
  const signers: string[] = [];
  for (const s of fields.signers ?? []) {
    const signerId = uuidv7();
    signers.push(signerId);
    await admin.query(
      `INSERT INTO convention_signer (tenant_id, id, convention_id, party_tenant_id, user_id, step, status, acted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $7 = 'signed' THEN now() END)`,
      [owner.id, signerId, id, s.party.id, s.user.id, s.step, s.status ?? 'pending'],
    );
  }
  return { id, signers };
}

describe('signature reminders and expiry', () => {
  const config = testConfig();
  const clock = new ManualClock();
  let admin: pg.Client;
  let worker: NestFastifyApplication;
  let owner: TestTenant;
  let partner: TestTenant;
  let other: TestTenant;
  let creator: TestUser;
  let users: TestUser[];

  const sweepAt = (at: string) => {
    clock.set(at);
    return worker.get(ConventionSweepService).sweep({ tenantIds: [owner.id] });
  };
  const signerRows = async (conventionId: string) =>
    (
      await admin.query<{
        id: string;
        status: string;
        reminders_sent: number;
        last_reminded_at: Date | null;
      }>(
        `SELECT id, status, reminders_sent, last_reminded_at FROM convention_signer
          WHERE tenant_id = $1 AND convention_id = $2`,
        [owner.id, conventionId],
      )
    ).rows;
  const reminded = async (conventionId: string) =>
    Object.fromEntries((await signerRows(conventionId)).map((s) => [s.id, s.reminders_sent]));
  const events = async (type: string, conventionId: string) =>
    (
      await admin.query<{ payload: Record<string, unknown> }>(
        `SELECT payload FROM outbox_event WHERE tenant_id = $1 AND type = $2 AND payload->>'conventionId' = $3
          ORDER BY id`,
        [owner.id, type, conventionId],
      )
    ).rows.map((r) => r.payload);
  /** The convention's entries in the owner's audit chain: the sweep acts as the platform (no actor). */
  const audited = async (conventionId: string) =>
    (
      await admin.query<{ tenant_id: string; action: string; actor_user_id: string | null; data: Body }>(
        `SELECT tenant_id, action, actor_user_id, data FROM audit_event
          WHERE target_type = 'convention' AND target_id = $1 ORDER BY seq`,
        [conventionId],
      )
    ).rows.map((e) => [e.tenant_id, e.action, e.actor_user_id, e.data.seq, e.data.summary]);
  const evidence = async (conventionId: string) =>
    (
      await admin.query<{ seq: number; type: string; data: Record<string, unknown> }>(
        `SELECT seq, type, data FROM convention_event WHERE tenant_id = $1 AND convention_id = $2 ORDER BY seq`,
        [owner.id, conventionId],
      )
    ).rows;

  beforeAll(async () => {
    admin = await adminClient();
    owner = await createTenant(admin, 'institute');
    partner = await createTenant(admin, 'partner');
    other = await createTenant(admin, 'institute');
    creator = await createUser(admin, [{ tenant: owner, role: 'institute_manager' }]);
    users = [
      await createUser(admin, [{ tenant: owner, role: 'institute_manager' }]),
      await createUser(admin, [{ tenant: partner, role: 'partner_admin' }]),
      await createUser(admin, [{ tenant: other, role: 'institute_manager' }]),
    ];
    // The worker upserts no schedule (JOB_SCHEDULES=none in tests): only this suite's sweeps run, on its
    // clock (the schedule itself is tested below).
    worker = await createWorker(config, { clock });
  });
  afterAll(async () => {
    await worker?.close();
    await admin?.end();
  });

  it('reminds the pending signers of the current step once per interval, never the signed ones', async () => {
    const { id, signers } = await insertConvention(admin, owner, creator, {
      status: 'out_for_signature',
      sentAt: '2031-03-01T09:00:00Z',
      signingDeadline: '2031-03-20',
      reminderIntervalDays: 1,
      parties: [partner, other],
      signers: [
        { user: users[0], party: owner, step: 1 },
        { user: users[1], party: partner, step: 1, status: 'signed' },
        { user: users[2], party: other, step: 2 },
      ],
    });
    const [first, signed, later] = signers;

    expect((await sweepAt('2031-03-01T21:00:00Z')).reminders).toBe(0);
    expect(await reminded(id)).toEqual({ [first]: 0, [signed]: 0, [later]: 0 });

    // One interval after sending: the pending signer of step 1 only.
    expect((await sweepAt('2031-03-02T09:00:00Z')).reminders).toBe(1);
    expect(await reminded(id)).toEqual({ [first]: 1, [signed]: 0, [later]: 0 });
    expect(await events('conventions.signature_reminder', id)).toEqual([
      { conventionId: id, signerId: first },
    ]);

    // Again in the same interval: nothing (the sweep runs every 15 minutes; each sends only what is due).
    expect((await sweepAt('2031-03-02T09:15:00Z')).reminders).toBe(0);
    expect((await sweepAt('2031-03-03T08:59:00Z')).reminders).toBe(0);
    expect(await reminded(id)).toEqual({ [first]: 1, [signed]: 0, [later]: 0 });

    expect((await sweepAt('2031-03-03T09:00:00Z')).reminders).toBe(1);
    expect(await reminded(id)).toEqual({ [first]: 2, [signed]: 0, [later]: 0 });

    // Step 1 complete: step 2 becomes current, and its signer has waited since the sending.
    await admin.query(`UPDATE convention_signer SET status = 'signed', acted_at = now() WHERE id = $1`, [
      first,
    ]);
    expect((await sweepAt('2031-03-03T10:00:00Z')).reminders).toBe(1);
    expect(await reminded(id)).toEqual({ [first]: 2, [signed]: 0, [later]: 1 });
    expect((await events('conventions.signature_reminder', id)).map((e) => e.signerId)).toEqual([
      first,
      first,
      later,
    ]);
  });

  it('sends none after the signing deadline, and expires the convention the day after it', async () => {
    const { id, signers } = await insertConvention(admin, owner, creator, {
      status: 'out_for_signature',
      sentAt: '2031-04-01T09:00:00Z',
      signingDeadline: '2031-04-03',
      reminderIntervalDays: 1,
      parties: [partner],
      signers: [{ user: users[1], party: partner, step: 1 }],
    });
    expect((await sweepAt('2031-04-02T09:00:00Z')).reminders).toBe(1);
    // The deadline day is still open…
    expect((await sweepAt('2031-04-03T12:00:00Z')).reminders).toBe(1);
    // …the day after, no reminder: the convention expires unsigned and its signer is cancelled.
    const after = await sweepAt('2031-04-04T12:00:00Z');
    expect(after.reminders).toBe(0);
    expect(await reminded(id)).toEqual({ [signers[0]]: 2 });
    const convention = await admin.query(`SELECT status, close_reason FROM convention WHERE id = $1`, [id]);
    expect(convention.rows[0]).toEqual({ status: 'expired', close_reason: 'signing_deadline' });
    expect((await signerRows(id))[0].status).toBe('cancelled');
    expect(await events('conventions.expired', id)).toEqual([
      { conventionId: id, reason: 'signing_deadline' },
    ]);
    expect(await audited(id)).toEqual([
      [
        owner.id,
        'convention.expired',
        null,
        1,
        { reason: 'signing_deadline', signingDeadline: '2031-04-03', cancelledSigners: 1 },
      ],
    ]);
    expect((await sweepAt('2031-04-10T12:00:00Z')).reminders).toBe(0);
  });

  it('sends expiry notices at 90, 30 and 7 days once each, and expires on the expiry date', async () => {
    const { id } = await insertConvention(admin, owner, creator, {
      status: 'active',
      expiryDate: '2031-09-01',
      parties: [partner],
    });
    const notices = async () => (await events('conventions.expiring', id)).map((e) => e.threshold);

    await sweepAt('2031-06-01T10:00:00Z'); // 92 days
    expect(await notices()).toEqual([]);
    await sweepAt('2031-06-03T10:00:00Z'); // 90 days
    await sweepAt('2031-06-03T10:15:00Z');
    await sweepAt('2031-06-04T10:00:00Z');
    expect(await notices()).toEqual([90]);
    await sweepAt('2031-08-02T10:00:00Z'); // 30 days
    await sweepAt('2031-08-20T10:00:00Z');
    expect(await notices()).toEqual([90, 30]);
    await sweepAt('2031-08-25T10:00:00Z'); // 7 days
    await sweepAt('2031-08-31T22:30:00Z'); // still 31 August in Casablanca (UTC+1)
    expect(await notices()).toEqual([90, 30, 7]);
    expect(await events('conventions.expiring', id)).toContainEqual({
      conventionId: id,
      daysLeft: 7,
      threshold: 7,
    });

    let convention = await admin.query(`SELECT status, closed_at FROM convention WHERE id = $1`, [id]);
    expect(convention.rows[0]).toEqual({ status: 'active', closed_at: null });

    const onTheDay = await sweepAt('2031-08-31T23:30:00Z'); // 1 September in Casablanca
    expect(onTheDay.expired).toBe(1);
    convention = await admin.query(`SELECT status, closed_at, close_reason FROM convention WHERE id = $1`, [
      id,
    ]);
    expect(convention.rows[0]).toEqual({
      status: 'expired',
      closed_at: new Date('2031-08-31T23:30:00Z'),
      close_reason: 'expiry_date',
    });
    expect(await events('conventions.expired', id)).toEqual([{ conventionId: id, reason: 'expiry_date' }]);
    expect((await evidence(id)).map((e) => [e.seq, e.type, e.data.threshold ?? e.data.reason])).toEqual([
      [1, 'expiry_notice', 90],
      [2, 'expiry_notice', 30],
      [3, 'expiry_notice', 7],
      [4, 'expired', 'expiry_date'],
    ]);
    expect(await audited(id)).toEqual([
      [
        owner.id,
        'convention.expiry_notice',
        null,
        1,
        { threshold: 90, daysLeft: 90, expiryDate: '2031-09-01' },
      ],
      [
        owner.id,
        'convention.expiry_notice',
        null,
        2,
        { threshold: 30, daysLeft: 30, expiryDate: '2031-09-01' },
      ],
      [
        owner.id,
        'convention.expiry_notice',
        null,
        3,
        { threshold: 7, daysLeft: 7, expiryDate: '2031-09-01' },
      ],
      [owner.id, 'convention.expired', null, 4, { reason: 'expiry_date', expiryDate: '2031-09-01' }],
    ]);
    expect((await sweepAt('2031-09-02T10:00:00Z')).expired).toBe(0);
  });

  it('leaves other owners alone when scoped, and is idempotent across concurrent sweeps', async () => {
    const { id, signers } = await insertConvention(admin, owner, creator, {
      status: 'out_for_signature',
      sentAt: '2031-05-01T09:00:00Z',
      reminderIntervalDays: 2,
      parties: [partner],
      signers: [{ user: users[1], party: partner, step: 1 }],
    });
    clock.set('2031-05-03T09:00:00Z');
    const sweeps = worker.get(ConventionSweepService);
    const results = await Promise.all([1, 2, 3].map(() => sweeps.sweep({ tenantIds: [owner.id] })));
    expect(results.reduce((n, r) => n + r.reminders, 0)).toBe(1);
    expect(await reminded(id)).toEqual({ [signers[0]]: 1 });
  });
});

describe('a production worker without EVIDENCE_SIGNING_KEY', () => {
  const base = testConfig();
  // The worker never seals, so it loads no key: production without one must still boot and sweep.
  const config = {
    ...base,
    env: 'production' as const,
    evidence: { privateKeyPem: undefined, keyFile: '/nonexistent/evidence-ed25519.pem' },
  };
  const clock = new ManualClock();
  let admin: pg.Client;
  let worker: NestFastifyApplication | undefined;

  beforeAll(async () => {
    admin = await adminClient();
  });
  afterAll(async () => {
    await worker?.close();
    await admin?.end();
  });

  it('boots, expires a convention and audits it', async () => {
    const owner = await createTenant(admin, 'institute');
    const partner = await createTenant(admin, 'partner');
    const creator = await createUser(admin, [{ tenant: owner, role: 'institute_manager' }]);
    const { id } = await insertConvention(admin, owner, creator, {
      status: 'active',
      expiryDate: '2031-03-01',
      parties: [partner],
    });
    worker = await createWorker(config, { clock });
    clock.set('2031-03-02T10:00:00Z');
    const result = await worker.get(ConventionSweepService).sweep({ tenantIds: [owner.id] });
    expect(result).toMatchObject({ expired: 1, failed: 0 });
    const entries = await admin.query(
      `SELECT action FROM audit_event WHERE tenant_id = $1 AND target_id = $2 ORDER BY seq`,
      [owner.id, id],
    );
    expect(entries.rows).toEqual([{ action: 'convention.expired' }]);
  });
});

describe('the conventions sweep schedule', () => {
  const config = testConfig({ JOB_SCHEDULES: 'conventions.sweep' });
  let admin: pg.Client;
  let worker: NestFastifyApplication;

  beforeAll(async () => {
    admin = await adminClient();
  });
  afterAll(async () => {
    await worker?.close();
    await admin?.end();
  });

  it('is upserted at worker boot on the maintenance queue, and its first run sends what is due now', async () => {
    const owner = await createTenant(admin, 'institute');
    const partner = await createTenant(admin, 'partner');
    const creator = await createUser(admin, [{ tenant: owner, role: 'institute_manager' }]);
    const signer = await createUser(admin, [{ tenant: partner, role: 'partner_admin' }]);
    const sentAt = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const { id, signers } = await insertConvention(admin, owner, creator, {
      status: 'out_for_signature',
      sentAt,
      reminderIntervalDays: 1,
      parties: [partner],
      signers: [{ user: signer, party: partner, step: 1 }],
    });

    worker = await createWorker(config);
    const schedulers = await worker.get(QueueProducer).queue('maintenance').getJobSchedulers();
    expect(schedulers).toContainEqual(
      expect.objectContaining({ key: 'conventions.sweep', name: 'conventions.sweep', every: 15 * 60_000 }),
    );
    await waitFor('the scheduled reminder', async () => {
      const rows = await admin.query(`SELECT reminders_sent FROM convention_signer WHERE id = $1`, [
        signers[0],
      ]);
      return rows.rows[0].reminders_sent === 1;
    });
    const outbox = await admin.query(
      `SELECT payload FROM outbox_event WHERE tenant_id = $1 AND type = 'conventions.signature_reminder'`,
      [owner.id],
    );
    expect(outbox.rows).toEqual([{ payload: { conventionId: id, signerId: signers[0] } }]);
  });
});
