// @jazari-isolated-modules: this file defines a job of its own in the process-wide job catalogue, which
// every worker booted later in the same process would refuse for want of a handler (test/support/native-runtime.cjs).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Injectable, Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TransactionRunner, uuidv7, type TenantContext } from '@jazari/database';
import { OutboxRelay, OutboxService, ReclaimHandler } from '@jazari/outbox';
import {
  CARRIER_JOB_NAME,
  carrierJobId,
  currentJobBatch,
  defineJob,
  JOB_RUNNER,
  JobHandler,
  QueueProducer,
  type BatchJob,
  type BatchOutcome,
  type CarrierData,
  type JobEnvelope,
  type PayloadOf,
  type JobRunner,
} from '@jazari/queue';
import { adminClient, createTenant, testConfig, waitFor } from '@jazari/testing';
import { createWorker } from '@jazari/worker';
import type pg from 'pg';

const testOutboxProbeJob = defineJob<{
  label: string;
  slowMs?: number;
  /** Fail the first `failTimes` runs: with a lost connection's error, or the handler's own. */
  fail?: 'connection' | 'handler';
  failTimes?: number;
}>('test.outbox_probe', {
  queue: 'maintenance',
  version: 1,
  attempts: 3,
  backoff: { type: 'fixed', delay: 50 },
});

// What the handler did, in the order it did it: the effect the tests count.
const started: string[] = [];
const handled: string[] = [];

@Injectable()
class ProbeHandler {
  @JobHandler(testOutboxProbeJob)
  async handle(envelope: JobEnvelope<PayloadOf<typeof testOutboxProbeJob>>): Promise<void> {
    started.push(envelope.payload.label);
    const { fail, failTimes = Infinity } = envelope.payload;
    if (fail && started.filter((l) => l === envelope.payload.label).length <= failTimes) {
      if (fail === 'connection')
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
      throw new Error('the handler is broken');
    }
    if (envelope.payload.slowMs) await new Promise((resolve) => setTimeout(resolve, envelope.payload.slowMs));
    handled.push(envelope.payload.label);
  }
}
/** A notice (queue `notifications`: relayed in carriers), whose effect is an event it emits. */
const testNoticeProbeJob = defineJob<{ label: string; poisoned?: boolean }>('test.notice_probe', {
  queue: 'notifications',
  version: 1,
  attempts: 2,
  backoff: { type: 'fixed', delay: 50 },
});
/** Set by the tests: emits `effect-<label>` in the running transaction (joined for the event's tenant). */
let emitEffect: (tenantId: string, label: string) => Promise<unknown> = () =>
  Promise.reject(new Error('no worker yet'));
const noticeRuns: string[] = [];

@Injectable()
class NoticeProbeHandler {
  @JobHandler(testNoticeProbeJob)
  async handle(envelope: JobEnvelope<PayloadOf<typeof testNoticeProbeJob>>): Promise<void> {
    noticeRuns.push(envelope.payload.label);
    await emitEffect(envelope.tenantId, `effect-${envelope.payload.label}`);
    if (envelope.payload.poisoned) throw new Error(`${envelope.payload.label} is poisoned`);
  }
}
@Module({ providers: [ProbeHandler, NoticeProbeHandler] })
class ProbeModule {}

@Injectable()
class SecondProbeHandler {
  @JobHandler(testOutboxProbeJob)
  async handle(): Promise<void> {}
}
@Module({ providers: [SecondProbeHandler] })
class SecondProbeModule {}

const count = (label: string): number => handled.filter((l) => l === label).length;

describe('transactional outbox', () => {
  const config = testConfig({
    OUTBOX_POLL_INTERVAL_MS: '100',
    OUTBOX_REPUBLISH_AFTER_MS: '1000',
    QUEUE_NEWER_VERSION_DELAY_MS: '200',
  });
  const tenant: TenantContext = { tenantId: uuidv7(), tenantKind: 'institute', userId: null };
  let worker: NestFastifyApplication;
  let admin: pg.Client;

  const emit = (
    label: string,
    extra: { slowMs?: number; fail?: 'connection' | 'handler'; failTimes?: number } = {},
  ): Promise<string> =>
    worker
      .get(TransactionRunner)
      .run(tenant, (tx) => worker.get(OutboxService).emit(tx, testOutboxProbeJob, { label, ...extra }));
  const row = async (id: string, tenantId = tenant.tenantId) =>
    (
      await admin.query<{ done_at: Date | null; publish_count: number }>(
        'SELECT done_at, publish_count FROM outbox_event WHERE tenant_id = $1 AND id = $2',
        [tenantId, id],
      )
    ).rows[0];

  beforeAll(async () => {
    admin = await adminClient();
    worker = await createWorker(config, { handlers: [ProbeModule] });
  });
  afterAll(async () => {
    await worker.close();
    await admin.end();
  });

  it('handles a committed event once, and marks it done', async () => {
    const id = await emit('committed');
    await waitFor('the event to be done', async () => (await row(id))?.done_at);
    expect(count('committed')).toBe(1);
    expect((await row(id))?.publish_count).toBe(1);
  });

  it('has no second effect when the relay publishes the same event again', async () => {
    const id = await emit('twice');
    await waitFor('the first delivery', async () => (await row(id))?.done_at);
    // As if Redis had lost the job and the event had not been marked done: the relay publishes it again.
    await worker.get(QueueProducer).queue('maintenance').remove(id);
    await admin.query('UPDATE outbox_event SET done_at = NULL, published_at = NULL WHERE id = $1', [id]);
    await waitFor('the second delivery', async () => {
      const r = await row(id);
      return r?.publish_count === 2 && r.done_at;
    });
    expect(count('twice')).toBe(1);
    const ledger = await admin.query('SELECT handler FROM outbox_handled WHERE event_id = $1', [id]);
    expect(ledger.rows).toEqual([{ handler: 'test.outbox_probe' }]);
  });

  it('re-publishes an event that was published but never done', async () => {
    const id = await emit('lost-in-redis');
    await waitFor('the first delivery', async () => (await row(id))?.done_at);
    // Redis lost everything after the relay published, before the worker finished.
    await worker.get(QueueProducer).queue('maintenance').remove(id);
    await admin.query('UPDATE outbox_event SET done_at = NULL WHERE id = $1', [id]);
    await waitFor('the republished event to be done', async () => (await row(id))?.done_at, 10_000);
    expect((await row(id))?.publish_count).toBe(2);
    expect(count('lost-in-redis')).toBe(1);
  });

  it('re-publishes an event whose job BullMQ still keeps as completed', async () => {
    const id = await emit('kept-completed');
    await waitFor('the first delivery', async () => (await row(id))?.done_at);
    // The job stays completed in BullMQ (kept a day); the event is not done (as if its mark were lost).
    expect(await worker.get(QueueProducer).queue('maintenance').getJobState(id)).toBe('completed');
    await admin.query('UPDATE outbox_event SET done_at = NULL WHERE id = $1', [id]);
    await waitFor('the republished event to be done', async () => (await row(id))?.done_at, 10_000);
    expect((await row(id))?.publish_count).toBe(2);
    expect(count('kept-completed')).toBe(1); // the ledger: no second effect
  });

  it('runs again, without an operator, an event whose job failed for good on a lost connection', async () => {
    // Its three attempts all fail on a refused connection; the relay replaces the failed job.
    const id = await emit('lost-connection', { fail: 'connection', failTimes: 3 });
    await waitFor('the event done on a later publication', async () => (await row(id))?.done_at, 15_000);
    expect(count('lost-connection')).toBe(1);
    expect((await row(id))?.publish_count).toBeGreaterThanOrEqual(2);
    const copies = await admin.query('SELECT 1 FROM failed_job WHERE job_id = $1', [id]);
    expect(copies.rowCount).toBe(0);
  });

  it('parks an event whose handler failed for good until an operator resolves its failure', async () => {
    const id = await emit('broken', { fail: 'handler', failTimes: 3 });
    await waitFor(
      'the failure copied to failed_job',
      async () => (await admin.query('SELECT 1 FROM failed_job WHERE job_id = $1', [id])).rowCount === 1,
    );
    const parked = (await row(id))?.publish_count;
    // Published an hour ago and not done: any other event would be due again. A whole relay pass leaves
    // the parked one alone.
    await admin.query(`UPDATE outbox_event SET published_at = now() - interval '1 hour' WHERE id = $1`, [id]);
    await worker.get(OutboxRelay).drain();
    expect((await row(id))?.publish_count).toBe(parked);
    expect((await row(id))?.done_at).toBeNull();
    // The operator's decision resolves the copy: the relay takes the event again (4th run succeeds).
    await admin.query(`UPDATE failed_job SET resolution = 'retried', resolved_at = now() WHERE job_id = $1`, [
      id,
    ]);
    await waitFor('the event done after the resolution', async () => (await row(id))?.done_at, 10_000);
    expect(count('broken')).toBe(1);
  });

  it('reclaims an e-mail left `sending` by a dead worker and publishes its event again', async () => {
    const owner = await createTenant(admin, 'institute');
    const scope: TenantContext = { tenantId: owner.id, tenantKind: 'institute', userId: null };
    const id = await worker
      .get(TransactionRunner)
      .run(scope, (tx) => worker.get(OutboxService).emit(tx, testOutboxProbeJob, { label: 'abandoned' }));
    await waitFor('the first delivery', async () => (await row(id, owner.id))?.done_at);
    // As a worker that died mid-send leaves it: the event published and not done, its e-mail `sending`.
    await admin.query(
      `UPDATE outbox_event SET done_at = NULL, published_at = now() + interval '1 hour' WHERE id = $1`,
      [id],
    );
    await admin.query(
      `INSERT INTO notification_delivery (tenant_id, event_id, channel, recipient, status, attempts, claimed_at)
       VALUES ($1, $2, 'email', 'someone@example.org', 'sending', 1, now() - interval '10 minutes')`,
      [owner.id, id],
    );
    const fresh = uuidv7();
    await admin.query(
      `INSERT INTO notification_delivery (tenant_id, event_id, channel, recipient, status, attempts, claimed_at)
       VALUES ($1, $2, 'email', 'other@example.org', 'sending', 1, now())`,
      [owner.id, fresh],
    );
    const result = await worker.get(ReclaimHandler).reclaim(60_000);
    expect(result).toEqual({ emails: 1, webhookAttempts: 0, events: 1 });
    const { rows } = await admin.query<{ event_id: string; status: string; last_error: string | null }>(
      `SELECT event_id, status, last_error FROM notification_delivery WHERE tenant_id = $1 ORDER BY event_id`,
      [owner.id],
    );
    expect(rows).toEqual([
      { event_id: id, status: 'failed', last_error: expect.stringMatching(/^abandoned/) },
      { event_id: fresh, status: 'sending', last_error: null }, // a live sender may still hold it
    ]);
    // published_at was an hour ahead: only the sweep's reset lets the relay take it now.
    await waitFor(
      'the event published again and done',
      async () => (await row(id, owner.id))?.done_at,
      10_000,
    );
    expect((await row(id, owner.id))?.publish_count).toBe(2);
  });

  it('never handles an event whose transaction rolled back', async () => {
    await expect(
      worker.get(TransactionRunner).run(tenant, async (tx) => {
        await worker.get(OutboxService).emit(tx, testOutboxProbeJob, { label: 'rolled-back' });
        throw new Error('the domain change failed');
      }),
    ).rejects.toThrow('the domain change failed');
    // Events are relayed in id order: once a later event is handled, the relay has been past this point.
    const after = await emit('after-rollback');
    await waitFor('the later event', async () => (await row(after))?.done_at);
    expect(count('rolled-back')).toBe(0);
    const rows = await admin.query(`SELECT 1 FROM outbox_event WHERE payload->>'label' = 'rolled-back'`);
    expect(rows.rowCount).toBe(0);
  });

  it('is not blocked by an event of a type this release does not know', async () => {
    const unknown = uuidv7();
    await admin.query(
      `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload)
       VALUES ($1, $2, 'test.from_another_release', 1, 'maintenance', '{}')`,
      [tenant.tenantId, unknown],
    );
    // Ordered after the unknown one: it is published and handled all the same.
    const known = await emit('after-unknown');
    await waitFor('the known event', async () => (await row(known))?.done_at);
    expect(count('after-unknown')).toBe(1);
    const stuck = await row(unknown);
    expect(stuck?.done_at).toBeNull();
    expect(stuck?.publish_count).toBeGreaterThanOrEqual(1);
    await admin.query('DELETE FROM outbox_event WHERE tenant_id = $1 AND id = $2', [
      tenant.tenantId,
      unknown,
    ]);
  });

  it('defers, without using an attempt, an event whose payload is newer than this release knows', async () => {
    // Written by a newer release (mid rolling deploy): its payload version is 2, this release reads 1.
    const id = uuidv7();
    await admin.query(
      `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload)
       VALUES ($1, $2, 'test.outbox_probe', 2, 'maintenance', '{"label":"from-newer"}')`,
      [tenant.tenantId, id],
    );
    const queue = worker.get(QueueProducer).queue('maintenance');
    await waitFor(
      'the job deferred twice',
      async () => ((await queue.getJob(id))?.attemptsStarted ?? 0) >= 2,
    );
    const job = await queue.getJob(id);
    expect(['delayed', 'waiting', 'active']).toContain(await queue.getJobState(id));
    expect(job?.attemptsMade).toBe(0);
    expect(started).not.toContain('from-newer');
    expect((await row(id))?.done_at).toBeNull();
    expect((await admin.query('SELECT 1 FROM failed_job WHERE job_id = $1', [id])).rowCount).toBe(0);

    // A worker of the newer release takes it: handled once, done.
    const definition = testOutboxProbeJob as { version: number };
    definition.version = 2;
    try {
      await waitFor('the event to be done', async () => (await row(id))?.done_at, 15_000);
      expect(count('from-newer')).toBe(1);
    } finally {
      definition.version = 1;
    }
  });

  it('finishes the running job on a clean shutdown and does not run it again', async () => {
    const id = await emit('slow', { slowMs: 800 });
    await waitFor('the slow job to start', () => started.includes('slow'));
    await worker.close();
    expect(count('slow')).toBe(1);
    expect((await row(id))?.done_at).toBeTruthy();

    worker = await createWorker(config, { handlers: [ProbeModule] });
    const marker = await emit('after-restart');
    await waitFor('the restarted worker', async () => (await row(marker))?.done_at);
    expect(started.filter((l) => l === 'slow')).toHaveLength(1);
  });

  describe('in batches (the notices queue)', () => {
    const tries = new Map<string, number>();
    /** A job whose effect is an event it emits (`effect-<label>`), in the batch's transaction. */
    const job = (
      tenantId: string,
      label: string,
      fault: 'first-run' | 'flush' | undefined = undefined,
    ): BatchJob => ({
      name: 'test.outbox_probe',
      envelope: { v: 1, eventId: uuidv7(), tenantId, payload: { label } },
      handle: async () => {
        tries.set(label, (tries.get(label) ?? 0) + 1);
        await worker
          .get(TransactionRunner)
          .run({ tenantId, tenantKind: null, userId: null }, (tx) =>
            worker.get(OutboxService).emit(tx, testOutboxProbeJob, { label: `effect-${label}` }),
          );
        if (fault === 'first-run' && tries.get(label) === 1) throw new Error(`${label} is broken`);
        if (fault === 'flush')
          currentJobBatch()?.defer('test.flush', () => Promise.reject(new Error('the batch write failed')));
      },
    });
    const effects = async (prefix: string): Promise<string[]> =>
      (
        await admin.query<{ label: string }>(
          `SELECT payload->>'label' AS label FROM outbox_event WHERE payload->>'label' LIKE $1 ORDER BY 1`,
          [`effect-${prefix}%`],
        )
      ).rows.map((r) => r.label);
    /** The worker's runner (the outbox library's), as the batched queue calls it. */
    const runBatch = (jobs: readonly BatchJob[]): Promise<readonly BatchOutcome[]> =>
      worker.get<symbol, JobRunner>(JOB_RUNNER).runBatch!(jobs);
    const handledRows = async (jobs: readonly BatchJob[]): Promise<number> =>
      (
        await admin.query(`SELECT 1 FROM outbox_handled WHERE event_id = ANY($1::uuid[])`, [
          jobs.map((j) => j.envelope.eventId),
        ])
      ).rowCount ?? 0;

    it('runs each tenant’s events in one transaction, once each; a failing handler fails its own job only', async () => {
      const other = uuidv7();
      const jobs = [
        job(tenant.tenantId, 'b1'),
        job(tenant.tenantId, 'b2', 'first-run'),
        job(other, 'b3'),
        job(tenant.tenantId, 'b4'),
      ];
      const outcomes = await runBatch(jobs);
      expect(outcomes.map((o) => o?.message)).toEqual([undefined, 'b2 is broken', undefined, undefined]);
      // b1 ran in the batch, was rolled back with it and ran again on its own; b4 came after the failure.
      expect(Object.fromEntries(tries)).toEqual({ b1: 2, b2: 1, b3: 1, b4: 1 });
      expect(await effects('b')).toEqual(['effect-b1', 'effect-b3', 'effect-b4']);
      expect(await handledRows(jobs)).toBe(3);

      // Delivered again (a re-published event, a stalled job): only the failed one runs, once.
      expect((await runBatch(jobs)).every((o) => o === undefined)).toBe(true);
      expect(Object.fromEntries(tries)).toEqual({ b1: 2, b2: 2, b3: 1, b4: 1 });
      expect(await effects('b')).toEqual(['effect-b1', 'effect-b2', 'effect-b3', 'effect-b4']);
      expect(await handledRows(jobs)).toBe(4);
    });

    it('runs the jobs one by one when the batch’s gathered writes fail, each effect once', async () => {
      const jobs = [job(tenant.tenantId, 'f1', 'flush'), job(tenant.tenantId, 'f2', 'flush')];
      const outcomes = await runBatch(jobs);
      expect(outcomes).toEqual([undefined, undefined]);
      expect(Object.fromEntries([...tries].filter(([l]) => l.startsWith('f')))).toEqual({ f1: 2, f2: 2 });
      expect(await effects('f')).toEqual(['effect-f1', 'effect-f2']);
      expect(await handledRows(jobs)).toBe(2);
    });
  });

  describe('in carriers (the notices queue: one BullMQ job per batch of events, ADR 0029)', () => {
    const effects = async (prefix: string): Promise<string[]> =>
      (
        await admin.query<{ label: string }>(
          `SELECT payload->>'label' AS label FROM outbox_event WHERE payload->>'label' LIKE $1 ORDER BY 1`,
          [`effect-${prefix}%`],
        )
      ).rows.map((r) => r.label);
    const notices = () => worker.get(QueueProducer).queue('notifications');
    /** The carriers BullMQ keeps that hold one of `ids`. */
    const carriersOf = async (ids: readonly string[]) =>
      (await notices().getJobs(['completed', 'active', 'waiting', 'delayed', 'failed'])).filter(
        (j) =>
          j.name === CARRIER_JOB_NAME &&
          (j.data as CarrierData).events.some((e) => ids.includes(e.envelope.eventId)),
      );

    beforeAll(() => {
      emitEffect = (tenantId, label) =>
        worker
          .get(TransactionRunner)
          .run({ tenantId, tenantKind: null, userId: null }, (tx) =>
            worker.get(OutboxService).emit(tx, testOutboxProbeJob, { label }),
          );
    });

    it('a poisoned event and a newer one leave their carrier alone; the others take effect once', async () => {
      const good = ['c1', 'c2', 'c3', 'c4'].map((label) => ({ label, id: uuidv7() }));
      const poisoned = uuidv7();
      const newer = uuidv7();
      // Committed together: the relay claims them together and publishes them in one carrier.
      await admin.query(
        `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload)
         SELECT $1, id, 'test.notice_probe', v, 'notifications', p::jsonb
           FROM unnest($2::uuid[], $3::int[], $4::text[]) AS e(id, v, p)`,
        [
          tenant.tenantId,
          [good[0].id, good[1].id, poisoned, good[2].id, newer, good[3].id],
          [1, 1, 1, 1, 2, 1],
          [
            ...[good[0], good[1]].map((g) => JSON.stringify({ label: g.label })),
            JSON.stringify({ label: 'c-poisoned', poisoned: true }),
            JSON.stringify({ label: good[2].label }),
            JSON.stringify({ label: 'c-newer' }),
            JSON.stringify({ label: good[3].label }),
          ],
        ],
      );
      const ids = [...good.map((g) => g.id), poisoned, newer];
      await waitFor('the good events to be done', async () => {
        const { rowCount } = await admin.query(
          'SELECT 1 FROM outbox_event WHERE id = ANY($1::uuid[]) AND done_at IS NOT NULL',
          [good.map((g) => g.id)],
        );
        return rowCount === good.length;
      });
      const carriers = await carriersOf(ids);
      expect(carriers).toHaveLength(1);
      expect(new Set((carriers[0].data as CarrierData).events.map((e) => e.envelope.eventId))).toEqual(
        new Set(ids),
      );

      // The poisoned one went on as a job of its own (id: the event's), used its attempts and failed for
      // good: parked in failed_job for an operator, its effect never committed.
      await waitFor(
        'the poisoned event’s failure to be recorded',
        async () =>
          (await admin.query('SELECT 1 FROM failed_job WHERE job_id = $1', [poisoned])).rowCount === 1,
        15_000,
      );
      expect(await notices().getJobState(poisoned)).toBe('failed');
      expect((await row(poisoned))?.done_at).toBeNull();
      // One run in the carrier, two attempts alone.
      expect(noticeRuns.filter((l) => l === 'c-poisoned')).toHaveLength(3);

      // The newer one waits, deferred with no attempt used, as a job of its own.
      await waitFor(
        'the newer event deferred on its own',
        async () => ((await notices().getJob(newer))?.attemptsStarted ?? 0) >= 1,
      );
      expect((await notices().getJob(newer))?.attemptsMade).toBe(0);
      expect(noticeRuns).not.toContain('c-newer');
      expect((await row(newer))?.done_at).toBeNull();

      // Every good event's effect once, though the poisoned one's failure rolled back the batch they ran in.
      expect(await effects('c')).toEqual(['effect-c1', 'effect-c2', 'effect-c3', 'effect-c4']);

      // A worker of the newer release takes the newer one: its effect once.
      const definition = testNoticeProbeJob as { version: number };
      definition.version = 2;
      try {
        await waitFor('the newer event to be done', async () => (await row(newer))?.done_at, 15_000);
      } finally {
        definition.version = 1;
      }
      expect(await effects('c')).toEqual([
        'effect-c-newer',
        'effect-c1',
        'effect-c2',
        'effect-c3',
        'effect-c4',
      ]);

      // The carrier delivered again (as when its worker died before BullMQ heard it finish): nothing twice.
      const again = await notices().add(
        CARRIER_JOB_NAME,
        { events: (carriers[0].data as CarrierData).events.filter((e) => e.envelope.eventId !== poisoned) },
        { jobId: carrierJobId() },
      );
      await waitFor('the carrier delivered again', async () => (await again.getState()) === 'completed');
      expect(await effects('c')).toEqual([
        'effect-c-newer',
        'effect-c1',
        'effect-c2',
        'effect-c3',
        'effect-c4',
      ]);
      const ledger = await admin.query('SELECT 1 FROM outbox_handled WHERE event_id = ANY($1::uuid[])', [
        ids,
      ]);
      expect(ledger.rowCount).toBe(5);
    });
  });

  it('refuses to boot when a job has no handler, or two', async () => {
    await expect(createWorker(testConfig(), { handlers: [] })).rejects.toThrow(
      'job "test.outbox_probe" has no handler',
    );
    await expect(createWorker(testConfig(), { handlers: [ProbeModule, SecondProbeModule] })).rejects.toThrow(
      /job "test.outbox_probe" has two handlers: ProbeHandler.handle and SecondProbeHandler.handle|job "test.outbox_probe" has two handlers: SecondProbeHandler.handle and ProbeHandler.handle/,
    );
  });
});
