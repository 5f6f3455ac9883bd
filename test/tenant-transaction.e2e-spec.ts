import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { ClsService } from 'nestjs-cls';
import {
  DatabasePool,
  NO_TENANT,
  NoTransactionError,
  runtimePoolConfig,
  together,
  TransactionRunner,
  uuidv7,
  type DbContext,
  type Tx,
} from '@jazari/database';
import { adminClient, testConfig } from '@jazari/testing';
import pg from 'pg';

describe('tenant transactions', () => {
  let api: NestFastifyApplication;
  let admin: pg.Client;
  let runner: TransactionRunner;
  const a: DbContext = { tenantId: uuidv7(), tenantKind: 'institute', userId: uuidv7() };
  const b: DbContext = { tenantId: uuidv7(), tenantKind: 'partner', userId: null };

  beforeAll(async () => {
    // Two connections, so interleaved units of work keep reusing each other's connections.
    api = await createApi(testConfig({ DATABASE_POOL_SIZE: '2' }));
    runner = api.get(TransactionRunner);
    admin = await adminClient();
    for (const tenant of [a, b]) {
      for (let i = 0; i < 5; i++) {
        await admin.query(
          `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload, done_at)
           VALUES ($1, $2, 'test.row', 1, 'maintenance', '{}', now())`,
          [tenant.tenantId, uuidv7()],
        );
      }
    }
  });
  afterAll(async () => {
    await admin.query('DELETE FROM outbox_event WHERE tenant_id = ANY($1)', [[a.tenantId, b.tenantId]]);
    await admin.end();
    await api.close();
  });

  const settings = (): Promise<{ tenant: string; kind: string; user: string }[]> =>
    runner.tx().query(
      `SELECT current_setting('app.tenant_id', true) AS tenant, current_setting('app.tenant_kind', true) AS kind,
                current_setting('app.user_id', true) AS user`,
    ) as never;

  it('sets the tenant, kind and user for the transaction only', async () => {
    expect(await runner.run(a, settings)).toEqual([
      { tenant: a.tenantId, kind: 'institute', user: a.userId },
    ]);
    // Same pool, next unit of work without a tenant: nothing carried over.
    for (let i = 0; i < 4; i++) {
      expect(await runner.run(NO_TENANT, settings)).toEqual([{ tenant: '', kind: '', user: '' }]);
    }
  });

  it('opens the transaction and sets the tenant in one round trip', async () => {
    const sent: string[] = [];
    // eslint-disable-next-line @typescript-eslint/unbound-method -- re-applied with the right `this` below
    const original = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const text = args[0];
      sent.push(typeof text === 'string' ? text : String((text as { text?: string }).text));
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
    try {
      await runner.run(a, (tx) =>
        tx.query('SELECT count(*) FROM outbox_event WHERE tenant_id = $1', [a.tenantId]),
      );
    } finally {
      pg.Client.prototype.query = original;
    }
    expect(sent).toHaveLength(3);
    expect(sent[0]).toMatch(/^BEGIN; SELECT set_config\('app.tenant_id'/);
    expect(sent[2]).toBe('COMMIT');
  });

  it('rolls back everything when the unit of work throws', async () => {
    const id = uuidv7();
    await expect(
      runner.run(a, async (tx) => {
        await tx.query(
          `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload) VALUES ($1, $2, 'x', 1, 'maintenance', '{}')`,
          [a.tenantId, id],
        );
        throw new Error('half-way');
      }),
    ).rejects.toThrow('half-way');
    expect((await admin.query('SELECT 1 FROM outbox_event WHERE id = $1', [id])).rowCount).toBe(0);
  });

  it('refuses to write a row for another tenant than the one set', async () => {
    await expect(
      runner.run(a, (tx) =>
        tx.query(
          `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload) VALUES ($1, $2, 'x', 1, 'maintenance', '{}')`,
          [b.tenantId, uuidv7()],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('commits an independent unit of work even when the open one rolls back', async () => {
    const kept = uuidv7();
    const lost = uuidv7();
    const insert = (tx: { query: (sql: string, p: unknown[]) => Promise<unknown> }, id: string) =>
      tx.query(
        `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload) VALUES ($1, $2, 'x', 1, 'maintenance', '{}')`,
        [a.tenantId, id],
      );
    await expect(
      runner.run(a, async (outer) => {
        await insert(outer, lost);
        const inner = await runner.runIndependently(a, async (tx) => {
          expect(runner.tx()).toBe(tx);
          expect(tx).not.toBe(outer);
          await insert(tx, kept);
          // Its own snapshot: the outer transaction's uncommitted row is not visible here.
          return tx.query('SELECT 1 FROM outbox_event WHERE id = $1', [lost]);
        });
        expect(inner).toEqual([]);
        // The outer transaction is current again, and sees the committed row.
        expect(runner.tx()).toBe(outer);
        expect(await outer.query('SELECT 1 FROM outbox_event WHERE id = $1', [kept])).toHaveLength(1);
        throw new Error('the outer work fails');
      }),
    ).rejects.toThrow('the outer work fails');
    expect((await admin.query('SELECT 1 FROM outbox_event WHERE id = $1', [kept])).rowCount).toBe(1);
    expect((await admin.query('SELECT 1 FROM outbox_event WHERE id = $1', [lost])).rowCount).toBe(0);
    await admin.query('DELETE FROM outbox_event WHERE id = $1', [kept]);
  });

  it('rolls back an independent unit of work that throws, leaving the open one usable', async () => {
    const id = uuidv7();
    await runner.run(a, async (outer) => {
      await expect(
        runner.runIndependently(a, async (tx) => {
          await tx.query(
            `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload) VALUES ($1, $2, 'x', 1, 'maintenance', '{}')`,
            [a.tenantId, id],
          );
          throw new Error('inner fails');
        }),
      ).rejects.toThrow('inner fails');
      expect(await outer.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    });
    expect((await admin.query('SELECT 1 FROM outbox_event WHERE id = $1', [id])).rowCount).toBe(0);
  });

  /** Records the statements every pg client sends while `work` runs, and how many were in flight then. */
  async function recording<T>(
    work: () => Promise<T>,
  ): Promise<{ result: T; sent: { text: string; inFlight: number }[] }> {
    const sent: { text: string; inFlight: number }[] = [];
    let inFlight = 0;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- re-applied with the right `this` below
    const original = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const text = args[0];
      sent.push({
        text: typeof text === 'string' ? text : String((text as { text?: string }).text),
        inFlight,
      });
      inFlight++;
      const result = (original as (...a: unknown[]) => Promise<unknown>).apply(this, args);
      const settle = (): void => void inFlight--;
      result.then(settle, settle);
      return result;
    } as typeof original;
    try {
      return { result: await work(), sent };
    } finally {
      pg.Client.prototype.query = original;
    }
  }

  it('runs each view of a transaction in its own scope, changing scope only when a statement needs it', async () => {
    const c: DbContext = { tenantId: b.tenantId, tenantKind: 'partner', userId: uuidv7() };
    const { result, sent } = await recording(() =>
      runner.run(a, async () => {
        const seen = [(await settings())[0]];
        seen.push((await runner.onBehalfOf(a, settings))[0]); // the scope it is in: nothing to change
        seen.push((await runner.onBehalfOf(b, settings))[0]);
        seen.push((await runner.onBehalfOf(b, settings))[0]); // still b's: nothing to change
        seen.push((await settings())[0]); // back in a's
        // Views used at once: each statement still runs in its own view's scope.
        const [inB, inA, inC] = await together([
          runner.onBehalfOf(b, settings),
          settings(),
          runner.onBehalfOf(c, settings),
        ]);
        seen.push(inB[0], inA[0], inC[0]);
        await runner.onBehalfOf(b, settings); // the unit of work ends in b's scope: COMMIT restores a's
        return seen;
      }),
    );
    const scope = (ctx: DbContext) => ({
      tenant: ctx.tenantId,
      kind: ctx.tenantKind ?? '',
      user: ctx.userId ?? '',
    });
    expect(result).toEqual([scope(a), scope(a), scope(b), scope(b), scope(a), scope(b), scope(a), scope(c)]);
    const texts = sent.map((s) => s.text);
    const sets = texts.filter((t) => t.startsWith('SELECT set_config') && !t.endsWith('COMMIT'));
    // b, a, then at once b, a, c, then b: one change each time the next statement needs another scope.
    expect(sets).toHaveLength(6);
    expect(texts.at(-1)).toMatch(/^SELECT set_config\('app.tenant_id', '[0-9a-f-]+', true\).*; COMMIT$/);
    expect(texts.at(-1)).toContain(`'${a.tenantId}'`);
    // A scope change goes out with its statement, not a round trip before it (pipeline mode).
    for (const [i, text] of texts.entries()) {
      if (sets.includes(text)) expect(sent[i + 1].inFlight).toBeGreaterThan(0);
    }
  });

  it('checks writes made on behalf of another tenant against that tenant, and the rest against its own', async () => {
    const insert =
      (tenantId: string | null) => (tx: { query: (sql: string, p: unknown[]) => Promise<unknown> }) =>
        tx.query(
          `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload) VALUES ($1, $2, 'x', 1, 'maintenance', '{}')`,
          [tenantId, uuidv7()],
        );
    await expect(
      runner.run(a, async (tx) => {
        await runner.onBehalfOf(b, insert(b.tenantId));
        await insert(b.tenantId)(tx); // the outer view is a's again
      }),
    ).rejects.toThrow(/row-level security/);
    await expect(
      runner.run(a, async (tx) => {
        await together([runner.onBehalfOf(b, insert(a.tenantId)), insert(a.tenantId)(tx)]);
      }),
    ).rejects.toThrow(/row-level security/);
    await runner.run(a, async (tx) => {
      await together([runner.onBehalfOf(b, insert(b.tenantId)), insert(a.tenantId)(tx)]);
    });
    const { rows } = await admin.query<{ tenant_id: string }>(
      `DELETE FROM outbox_event WHERE type = 'x' AND tenant_id = ANY($1) RETURNING tenant_id`,
      [[a.tenantId, b.tenantId]],
    );
    expect(rows.map((r) => r.tenant_id).sort()).toEqual([a.tenantId, b.tenantId].sort());
  });

  describe('a read-only unit of work (its COMMIT not waited for)', () => {
    // One connection: every unit of work reuses the one a read-only unit of work has just released with
    // its COMMIT still in flight.
    let pool: DatabasePool;
    let single: TransactionRunner;
    beforeAll(() => {
      pool = new DatabasePool(runtimePoolConfig(testConfig({ DATABASE_POOL_SIZE: '1' }), 'jazari-test'));
      single = new TransactionRunner(pool, api.get(ClsService));
    });
    afterAll(() => pool.close());

    const readOnly = <T>(context: DbContext, work: (tx: Tx) => Promise<T>): Promise<T> =>
      single.runWithPrelude(context, 'SELECT 1 AS checked', (tx) => work(tx), { readOnly: true });
    const where = (tx: Tx) =>
      tx.query<{ pid: number; xid: string; tenant: string; mine: number; others: number }>(
        `SELECT pg_backend_pid() AS pid, txid_current()::text AS xid, current_setting('app.tenant_id') AS tenant,
                count(*) FILTER (WHERE tenant_id::text = current_setting('app.tenant_id'))::int AS mine,
                count(*) FILTER (WHERE tenant_id::text <> current_setting('app.tenant_id'))::int AS others
           FROM outbox_event`,
      );

    it('refuses any write in it, and keeps none', async () => {
      const id = uuidv7();
      await expect(
        readOnly(a, (tx) =>
          tx.query(
            `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload) VALUES ($1, $2, 'x', 1, 'maintenance', '{}')`,
            [a.tenantId, id],
          ),
        ),
      ).rejects.toThrow(/read-only transaction/);
      expect((await admin.query('SELECT 1 FROM outbox_event WHERE id = $1', [id])).rowCount).toBe(0);
    });

    it('hands the connection to the next unit of work, which runs in a transaction of its own after the COMMIT', async () => {
      const id = uuidv7();
      // Not awaited one by one: each unit of work takes the connection the one before released.
      const [first, second, written, third] = await Promise.all([
        readOnly(a, where),
        readOnly(b, where),
        // A writing unit of work right behind two read-only ones: were it still inside the last read-only
        // transaction, its write would be refused.
        single.run(a, async (tx) => {
          await tx.query(
            `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload, done_at)
             VALUES ($1, $2, 'test.row', 1, 'maintenance', '{}', now())`,
            [a.tenantId, id],
          );
          return where(tx);
        }),
        readOnly(a, async (tx) => {
          const [row] = await where(tx);
          const [{ seen }] = await tx.query<{ seen: number }>(
            'SELECT count(*)::int AS seen FROM outbox_event WHERE id = $1',
            [id],
          );
          return [{ ...row, seen }];
        }),
      ]);
      const all = [first[0], second[0], written[0], third[0]];
      // One connection, four transactions on it (not one): each unit of work began its own.
      expect(new Set(all.map((row) => row.pid)).size).toBe(1);
      expect(new Set(all.map((row) => row.xid)).size).toBe(4);
      // Each in its own tenant's scope, seeing its rows and no other tenant's.
      expect(all.map((row) => row.tenant)).toEqual([a.tenantId, b.tenantId, a.tenantId, a.tenantId]);
      for (const row of all) {
        expect(row.mine).toBeGreaterThanOrEqual(5);
        expect(row.others).toBe(0);
      }
      // The write committed, and the read-only unit of work behind it saw it.
      expect(third[0].seen).toBe(1);
      expect((await admin.query('DELETE FROM outbox_event WHERE id = $1', [id])).rowCount).toBe(1);
    });
  });

  it('will not let a repository run outside a transaction', () => {
    expect(() => runner.tx()).toThrow(NoTransactionError);
  });

  it('never returns another tenant’s rows when units of work interleave and fail on a shared pool', async () => {
    const leaks: string[] = [];
    let failures = 0;
    const one = async (i: number): Promise<void> => {
      const me = i % 2 === 0 ? a : b;
      try {
        await runner.run(me, async (tx) => {
          const rows = await tx.query<{ tenant_id: string }>('SELECT tenant_id FROM outbox_event');
          for (const row of rows) if (row.tenant_id !== me.tenantId) leaks.push(row.tenant_id);
          if (rows.length !== 5) leaks.push(`saw ${rows.length} rows`);
          if (i % 7 === 0) throw new Error('application failure mid-transaction');
          if (i % 11 === 0) await tx.query('SELECT 1 / 0'); // a database error mid-transaction
        });
      } catch {
        failures++;
      }
    };
    const batch = 50;
    for (let start = 0; start < 2_000; start += batch) {
      await Promise.all(Array.from({ length: batch }, (_, k) => one(start + k)));
    }
    expect(leaks).toEqual([]);
    expect(failures).toBeGreaterThan(400);
  });
});
