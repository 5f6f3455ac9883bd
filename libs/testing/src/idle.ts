import type { INestApplicationContext } from '@nestjs/common';
import { QUEUE_NAMES, QueueProducer } from '@jazari/queue';
import pg from 'pg';
import { testServices } from './test-config.js';

export interface IdleOptions {
  /** Fail after this long (the default suits a busy 2-core machine). */
  readonly timeoutMs?: number;
  /** Also wait for delayed jobs (retries waiting out their backoff); true by default. */
  readonly delayed?: boolean;
  /** The database whose outbox to watch, when it is not the file's own (the demo seed's). */
  readonly databaseUrl?: string;
}

/**
 * Waits until the background work of this test file is done: no outbox event of the file's database waits
 * for the relay (unpublished and not done), and no job of the worker's queues is waiting, active or
 * (unless told otherwise) delayed, seen twice in a row. A job that failed for good counts as done. Use it instead of a fixed sleep wherever a test waits for the
 * worker to finish, before asserting what it did (or did not) do. Each test file has a database of its
 * own (test/support/database-environment.mjs), so "no event pending" means this file's events only.
 */
export async function idle(worker: INestApplicationContext, options: IdleOptions = {}): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const states = ['waiting', 'active', 'prioritized', 'waiting-children'] as const;
  const counted = options.delayed === false ? states : ([...states, 'delayed'] as const);
  const producer = worker.get(QueueProducer);
  const admin = new pg.Client({ connectionString: options.databaseUrl ?? testServices.adminUrl });
  await admin.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    let quietChecks = 0;
    let last = '';
    for (;;) {
      const pending = await admin.query<{ count: string }>(
        `SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND done_at IS NULL`,
      );
      const busy: string[] = [];
      if (pending.rows[0].count !== '0') busy.push(`${pending.rows[0].count} outbox events pending`);
      for (const name of QUEUE_NAMES) {
        const counts = await producer.queue(name).getJobCounts(...counted);
        const jobs = Object.values(counts).reduce((sum, n) => sum + n, 0);
        if (jobs > 0) busy.push(`${name}: ${JSON.stringify(counts)}`);
      }
      quietChecks = busy.length === 0 ? quietChecks + 1 : 0;
      if (quietChecks >= 2) return;
      last = busy.join('; ');
      if (Date.now() > deadline) {
        throw new Error(`Timed out after ${timeoutMs} ms waiting for the worker to be idle (${last})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    await admin.end();
  }
}
