import 'reflect-metadata';
import { loadavg } from 'node:os';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import type { AppConfig } from '@jazari/config';
import { uuidv7 } from '@jazari/database';
import { batchedQueueActiveEvents, batchedQueueConcurrency, createQueueConnection } from '@jazari/queue';
import { adminClient, createTenant, createUser, signIn } from '@jazari/testing';
import { createWorker, defaultConcurrency } from '@jazari/worker';
import pg from 'pg';
import request from 'supertest';
import { startTestServices, type TestServices } from '../scripts/lib/test-services.js';
import { benchConfig, removeQueues } from './lib/services.js';
import { goalMissed, size, SMOKE } from './lib/smoke.js';

/**
 * `npm run bench:notifications`: notifications handled per second end to end — from the commit of the
 * outbox events to the last inbox row written — against the ceiling of the same Redis: a BullMQ worker
 * with the same concurrency running no-op jobs added in bulk. Both measured in this run, three times
 * each, medians reported, and the ratio.
 *
 * Each event is `conventions.activated` of a convention between an institute and a partner: the full
 * path (NOTIFY at commit → relay claim → BullMQ → the event's handler in its tenant transaction →
 * catalogue resolver → preferences → one inbox row per admin, written in the admin's tenant, with its
 * ledger claim). The two admins have turned e-mail off for the category so SMTP is not what is measured.
 */

const EVENTS = size('BENCH_EVENTS', 2_000, 100);
const RUNS = SMOKE ? 1 : 3;
/** Issue 22: end to end at least half the BullMQ no-op ceiling of the same Redis in the same run. */
const GOAL = 0.5;
const NO_OP_QUEUE = 'bench-no-op';
/**
 * `BENCH_STATEMENTS=1`: count the round trips the worker sends to PostgreSQL during one more run (after the
 * measured ones, so the counting costs the figures nothing) and print them per event, by statement.
 */
const COUNT_STATEMENTS = process.env.BENCH_STATEMENTS === '1';

interface Run {
  readonly seconds: number;
  readonly perSecond: number;
  /**
   * CPU time of this process (the worker runs in it; the ceiling's BullMQ worker too) per event or job:
   * less sensitive than the rates to what else the machine runs.
   */
  readonly cpuMsEach: number;
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Counts what every pg client but `except` sends, by statement text (values and set_config literals
 * folded), until the returned function is called; that prints them per event, most frequent first, and
 * the round trips: a statement sent while another of the same connection is still in flight (pipeline
 * mode: a scope change and the statement it is for) rides on that one's round trip.
 */
function countStatements(except: pg.Client): (events: number) => void {
  const counts = new Map<string, number>();
  const inFlight = new WeakMap<pg.Client, number>();
  let roundTrips = 0;
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  const patched = function (this: pg.Client, ...args: unknown[]): unknown {
    if (this === except) return original.apply(this, args);
    const first = args[0] as string | { text?: string } | undefined;
    const text = typeof first === 'string' ? first : (first?.text ?? '?');
    const key = text
      .replace(/'[^']*'/g, "'…'")
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 110);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const pending = inFlight.get(this) ?? 0;
    if (pending === 0) roundTrips++;
    inFlight.set(this, pending + 1);
    const settle = (): void => void inFlight.set(this, (inFlight.get(this) ?? 1) - 1);
    const result = original.apply(this, args);
    if (result instanceof Promise) result.then(settle, settle);
    else settle();
    return result;
  };
  prototype.query = patched;
  return (events) => {
    prototype.query = original;
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    console.log(
      `statements sent by the worker: ${total} for ${events} events, ${(total / events).toFixed(2)} per event; ` +
        `round trips ${(roundTrips / events).toFixed(2)} per event`,
    );
    for (const [text, n] of [...counts].sort((a, b) => b[1] - a[1])) {
      console.log(`  ${(n / events).toFixed(3).padStart(7)}  ${text}`);
    }
  };
}

/**
 * Commits EVENTS outbox events (batches of 100, one transaction each) and waits for every inbox row.
 *
 * The wait reads what the run wrote and nothing else, so it costs PostgreSQL little while the pipeline
 * runs (the ceiling counts its jobs in memory): the inbox rows of the recipients' tenants whose id is
 * above one made before the run — the worker runs in this process, whose UUIDv7s only grow — a range of
 * the primary key, not a scan of every inbox row matched against the run's event ids every 20 ms.
 */
async function pipelineRun(
  admin: pg.Client,
  tenantId: string,
  payload: string,
  inboxTenants: readonly string[],
  recipients: number,
): Promise<Run> {
  const ids = Array.from({ length: EVENTS }, () => uuidv7());
  const before = uuidv7();
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < ids.length; i += 100) {
    await admin.query(
      `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload)
       SELECT $1, id, 'conventions.activated', 1, 'notifications', $3::jsonb FROM unnest($2::uuid[]) AS id`,
      [tenantId, ids.slice(i, i + 100), payload],
    );
  }
  const expected = EVENTS * recipients;
  await waitUntil(
    async () => {
      const { rows } = await admin.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM notification WHERE tenant_id = ANY($1::uuid[]) AND id > $2::uuid`,
        [inboxTenants, before],
      );
      return rows[0].n >= expected;
    },
    600_000,
    'the inbox rows',
  );
  const seconds = (performance.now() - started) / 1000;
  return { seconds, perSecond: EVENTS / seconds, cpuMsEach: cpuMsSince(cpu) / EVENTS };
}

/** The same number of no-op jobs through a BullMQ worker of the same concurrency, on the same Redis. */
async function ceilingRun(config: AppConfig, concurrency: number): Promise<Run> {
  const connection = createQueueConnection(config);
  const queue = connection.queue(NO_OP_QUEUE);
  let done = 0;
  const handle = connection.worker(NO_OP_QUEUE, () => Promise.resolve(), { concurrency, autorun: false });
  const worker = handle.worker;
  worker.on('completed', () => (done += 1));
  try {
    const started = performance.now();
    const cpu = process.cpuUsage();
    void worker.run();
    for (let i = 0; i < EVENTS; i += 100) {
      await queue.addBulk(
        Array.from({ length: Math.min(100, EVENTS - i) }, (_, k) => ({
          name: 'no-op',
          data: { n: i + k },
          opts: { jobId: uuidv7(), removeOnComplete: true },
        })),
      );
    }
    await waitUntil(() => Promise.resolve(done >= EVENTS), 600_000, 'the no-op jobs');
    const seconds = (performance.now() - started) / 1000;
    return { seconds, perSecond: EVENTS / seconds, cpuMsEach: cpuMsSince(cpu) / EVENTS };
  } finally {
    await handle.close();
    await queue.close();
    await connection.close();
  }
}

async function main(): Promise<void> {
  const log = (line: string): void => void process.stderr.write(`[bench services] ${line}\n`);
  let services: TestServices | undefined;
  let config: AppConfig | undefined;
  let worker: NestFastifyApplication | undefined;
  let api: NestFastifyApplication | undefined;
  let admin: pg.Client | undefined;
  try {
    services = await startTestServices(
      { databaseUrl: process.env.TEST_DATABASE_URL, redisUrl: process.env.TEST_REDIS_URL },
      log,
    );
    Object.assign(process.env, services.env); // adminClient() reads the run's database from here
    config = benchConfig(services.env);
    admin = await adminClient();
    const institute = await createTenant(admin, 'institute');
    const partner = await createTenant(admin, 'partner');
    const people = [
      await createUser(admin, [{ tenant: institute, role: 'institute_manager' }]),
      await createUser(admin, [{ tenant: partner, role: 'partner_admin' }]),
    ];
    await admin.query(
      `INSERT INTO notification_preference (user_id, category, in_app, email)
       SELECT unnest($1::uuid[]), 'conventions', true, 'off'`,
      [people.map((p) => p.id)],
    );
    api = await createApi(config);
    const manager = await signIn(api, people[0].email, people[0].password);
    const response = await request(api.getHttpServer())
      .post('/api/v1/conventions')
      .set({ authorization: `Bearer ${manager.accessToken}` })
      .send({
        title: 'Convention de mesure',
        type: 'partnership',
        parties: [
          { tenantId: institute.id, roleLabel: 'porteur' },
          { tenantId: partner.id, roleLabel: 'partenaire' },
        ],
      });
    if (response.status !== 201) throw new Error(`could not create the convention: ${response.status}`);
    const conventionId = (response.body as { id: string }).id;
    await api.close();
    api = undefined;
    const payload = JSON.stringify({ conventionId, partyTenantIds: [institute.id, partner.id] });
    // Each person's inbox row is written in their own tenant.
    const tenants = [institute.id, partner.id];

    worker = await createWorker(config);
    const slots = defaultConcurrency(config);
    // The worker keeps `slots` batches of QUEUE_BATCH_SIZE events running and a batch more active: the
    // ceiling's BullMQ worker holds as many no-op jobs active as the notifications worker holds events (its
    // events come in carriers of QUEUE_BATCH_SIZE, ADR 0029: fewer BullMQ jobs, not fewer events at once).
    const batched = config.queue.batchSize > 1;
    const concurrency = batched ? batchedQueueActiveEvents(slots, config.queue.batchSize) : slots;
    console.log(
      `notifications end to end (commit → inbox rows), ${EVENTS} events × ${people.length} recipients per run, ` +
        `worker: ${slots} batches of up to ${config.queue.batchSize} events, ${concurrency} events active ` +
        `(${batched ? `BullMQ concurrency ${batchedQueueConcurrency(slots)} carriers` : `BullMQ concurrency ${slots}`}), ` +
        `pool ${config.database.poolSize}; ceiling: BullMQ no-op jobs, ${concurrency} active`,
    );
    await pipelineRun(admin, institute.id, payload, tenants, people.length); // warm-up, not counted

    const pipeline: Run[] = [];
    const ceiling: Run[] = [];
    for (let run = 1; run <= RUNS; run++) {
      ceiling.push(await ceilingRun(config, concurrency));
      pipeline.push(await pipelineRun(admin, institute.id, payload, tenants, people.length));
      console.log(
        `run ${run}: pipeline ${pipeline.at(-1)!.perSecond.toFixed(1)} events/s ` +
          `(${(pipeline.at(-1)!.perSecond * people.length).toFixed(1)} inbox rows/s, ` +
          `${pipeline.at(-1)!.cpuMsEach.toFixed(3)} ms of this process's CPU per event), ` +
          `ceiling ${ceiling.at(-1)!.perSecond.toFixed(1)} jobs/s (${ceiling.at(-1)!.cpuMsEach.toFixed(3)} ms per job)`,
      );
    }
    const pipelineMedian = median(pipeline.map((r) => r.perSecond));
    const ceilingMedian = median(ceiling.map((r) => r.perSecond));
    const ratio = pipelineMedian / ceilingMedian;
    console.log(
      `ratio ${ratio.toFixed(3)} (goal ≥ ${GOAL}${SMOKE ? ', not judged in a smoke run' : ''}): ` +
        `median pipeline ${pipelineMedian.toFixed(1)} events/s (${(pipelineMedian * people.length).toFixed(1)} inbox rows/s); ` +
        `BullMQ no-op ceiling ${ceilingMedian.toFixed(1)} jobs/s; load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
    );
    console.log(
      JSON.stringify({
        bench: 'notifications-throughput',
        events: EVENTS,
        recipients: people.length,
        concurrency,
        pipelineEventsPerSecond: pipeline.map((r) => Math.round(r.perSecond * 10) / 10),
        ceilingJobsPerSecond: ceiling.map((r) => Math.round(r.perSecond * 10) / 10),
        pipelineCpuMsPerEvent: pipeline.map((r) => Math.round(r.cpuMsEach * 1000) / 1000),
        ceilingCpuMsPerJob: ceiling.map((r) => Math.round(r.cpuMsEach * 1000) / 1000),
        medianPipeline: Math.round(pipelineMedian * 10) / 10,
        medianCeiling: Math.round(ceilingMedian * 10) / 10,
        ratio: Math.round(ratio * 1000) / 1000,
        goal: { ratio: GOAL, met: ratio >= GOAL },
        loadAverage: loadavg(),
      }),
    );
    if (COUNT_STATEMENTS) {
      const report = countStatements(admin);
      await pipelineRun(admin, institute.id, payload, tenants, people.length);
      report(EVENTS);
    }
    if (ratio < GOAL && goalMissed()) process.exitCode = 1;
  } finally {
    try {
      await api?.close();
      await worker?.close();
      await admin?.end();
      if (config) await removeQueues(config, [NO_OP_QUEUE]);
    } finally {
      await services?.stop();
    }
  }
}

try {
  await main();
} catch (error) {
  console.error('notifications throughput benchmark failed:', error);
  process.exitCode = 1;
}
