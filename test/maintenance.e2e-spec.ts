import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { uuidv7 } from '@jazari/database';
import { PruneHandler } from '@jazari/outbox';
import { allSchedules } from '@jazari/queue';
import { adminClient, createTenant, createUser, ensureRootTenant, testConfig } from '@jazari/testing';
import { createWorker } from '@jazari/worker';
import type pg from 'pg';

const DAY = 86_400_000;

/**
 * Housekeeping prunes what nothing can use any more — done outbox events past their retention with their
 * ledger rows, sessions ended long ago with their refresh tokens, sign-in's challenges and reset links a
 * day after they expired — and keeps everything else.
 */
describe('maintenance: pruning', () => {
  // The real clock: every other suite's rows are from today, so only the old rows made here are prunable
  // (another suite's worker may prune them first at its boot: the assertions are on what remains).
  const now = new Date();
  let worker: NestFastifyApplication;
  let admin: pg.Client;

  beforeAll(async () => {
    admin = await adminClient();
    worker = await createWorker(testConfig({ OUTBOX_RETENTION_DAYS: '7', SESSION_RETENTION_DAYS: '30' }));
  });
  afterAll(async () => {
    await worker?.close();
    await admin?.end();
  });

  it('is scheduled hourly', () => {
    expect(allSchedules()).toContainEqual(
      expect.objectContaining({ id: 'maintenance.prune', job: 'maintenance.prune', everyMs: 3_600_000 }),
    );
  });

  it('removes old done events and ended sessions, and keeps what may still be used', async () => {
    await ensureRootTenant(admin);
    const tenant = await createTenant(admin, 'institute');
    const user = await createUser(admin, [{ tenant, role: 'researcher' }]);
    const at = (days: number) => new Date(now.getTime() - days * DAY);

    const event = async (doneDaysAgo: number | null) => {
      const id = uuidv7();
      await admin.query(
        // A real event type: any worker's relay of this run may publish the one not done, and its
        // handler finds no such invitation and does nothing.
        `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload, done_at)
         VALUES ($1, $2, 'identity.invitation_created', 1, 'notifications', $3, $4)`,
        [
          tenant.id,
          id,
          JSON.stringify({ invitationId: uuidv7() }),
          doneDaysAgo === null ? null : at(doneDaysAgo),
        ],
      );
      await admin.query(`INSERT INTO outbox_handled (tenant_id, event_id, handler) VALUES ($1, $2, 'h')`, [
        tenant.id,
        id,
      ]);
      return id;
    };
    const oldDone = await event(10);
    const recentDone = await event(2);
    const notDone = await event(null);

    const session = async (ended: { revokedDaysAgo?: number; expiresInDays: number }) => {
      const id = uuidv7();
      await admin.query(
        `INSERT INTO auth_session (tenant_id, id, user_id, expires_at, revoked_at, revoked_reason)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          tenant.id,
          id,
          user.id,
          at(-ended.expiresInDays),
          ended.revokedDaysAgo === undefined ? null : at(ended.revokedDaysAgo),
          ended.revokedDaysAgo === undefined ? null : 'logout',
        ],
      );
      await admin.query(
        `INSERT INTO refresh_token (tenant_id, id, session_id, secret_hash, expires_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [tenant.id, uuidv7(), id, Buffer.alloc(32, 1), at(-1)],
      );
      return id;
    };
    const revokedLongAgo = await session({ revokedDaysAgo: 40, expiresInDays: 10 });
    const expiredLongAgo = await session({ expiresInDays: -45 });
    const revokedRecently = await session({ revokedDaysAgo: 3, expiresInDays: 10 });
    const live = await session({ expiresInDays: 20 });

    await worker.get(PruneHandler).prune();

    const events = await admin.query<{ id: string }>(`SELECT id FROM outbox_event WHERE tenant_id = $1`, [
      tenant.id,
    ]);
    expect(events.rows.map((r) => r.id).sort()).toEqual([recentDone, notDone].sort());
    const ledger = await admin.query(`SELECT 1 FROM outbox_handled WHERE event_id = $1`, [oldDone]);
    expect(ledger.rowCount).toBe(0);
    const sessions = await admin.query<{ id: string }>(`SELECT id FROM auth_session WHERE tenant_id = $1`, [
      tenant.id,
    ]);
    expect(sessions.rows.map((r) => r.id).sort()).toEqual([revokedRecently, live].sort());
    const tokens = await admin.query(`SELECT 1 FROM refresh_token WHERE session_id = ANY($1::uuid[])`, [
      [revokedLongAgo, expiredLongAgo],
    ]);
    expect(tokens.rowCount).toBe(0);

    // Idempotent: a second run in the same hour finds nothing.
    expect(await worker.get(PruneHandler).prune()).toEqual({
      outboxEvents: 0,
      handled: 0,
      refreshTokens: 0,
      sessions: 0,
      idempotencyKeys: 0,
      signInLeftovers: 0,
    });
  });

  it("removes sign-in's short-lived rows a day after they expired, and keeps newer ones", async () => {
    const tenant = await createTenant(admin, 'institute');
    const user = await createUser(admin, [{ tenant, role: 'researcher' }]);
    const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3_600_000);
    const rows = {
      password_reset: (expires: Date) =>
        admin.query(
          `INSERT INTO password_reset (tenant_id, id, user_id, secret_hash, expires_at) VALUES ($1, $2, $3, $4, $5)`,
          [tenant.id, uuidv7(), user.id, Buffer.alloc(32, 2), expires],
        ),
      second_factor_challenge: (expires: Date) =>
        admin.query(
          `INSERT INTO second_factor_challenge (user_id, id, secret_hash, expires_at) VALUES ($1, $2, $3, $4)`,
          [user.id, uuidv7(), Buffer.alloc(32, 3), expires],
        ),
      webauthn_challenge: (expires: Date) =>
        admin.query(
          `INSERT INTO webauthn_challenge (user_id, id, challenge, ceremony, purpose, expires_at)
           VALUES ($1, $2, $3, 'authentication', 'sign-in', $4)`,
          [user.id, uuidv7(), uuidv7(), expires],
        ),
      sso_sign_in: (expires: Date) =>
        admin.query(
          `INSERT INTO sso_sign_in (tenant_id, id, secret_hash, nonce, code_verifier, next_path, expires_at)
           VALUES ($1, $2, $3, 'n', 'v', '/', $4)`,
          [tenant.id, uuidv7(), Buffer.alloc(32, 4), expires],
        ),
    };
    for (const insert of Object.values(rows)) {
      await insert(at(30)); // expired 30 hours ago: gone
      await insert(at(2)); // expired 2 hours ago: the page may still say "this link expired"
      await insert(at(-1)); // still open
    }
    const counts = async () => {
      const found: Record<string, string[]> = {};
      for (const table of Object.keys(rows)) {
        const { rows: left } = await admin.query<{ expires_at: Date }>(
          `SELECT expires_at FROM ${table} WHERE ${table === 'sso_sign_in' ? 'tenant_id' : 'user_id'} = $1 ORDER BY expires_at`,
          [table === 'sso_sign_in' ? tenant.id : user.id],
        );
        found[table] = left.map((r) => r.expires_at.toISOString());
      }
      return found;
    };
    expect(Object.values(await counts()).map((left) => left.length)).toEqual([3, 3, 3, 3]);

    const result = await worker.get(PruneHandler).prune();

    expect(result.signInLeftovers).toBeGreaterThanOrEqual(4);
    for (const [table, left] of Object.entries(await counts())) {
      expect([table, left]).toEqual([table, [at(2).toISOString(), at(-1).toISOString()]]);
    }
  });

  /**
   * The class of defect the test above was written for: a table whose rows expire, which nothing ever
   * deleted. Every table with an `expires_at` column is either pruned once expired, or kept on purpose.
   */
  it('prunes every table whose rows expire, unless it is kept on purpose', async () => {
    const pruned = [
      'auth_session',
      'refresh_token',
      'password_reset',
      'second_factor_challenge',
      'webauthn_challenge',
      'sso_sign_in',
    ];
    const kept = {
      // An expired key stays on the tenant's list as expired, with who made it and when it was last used.
      api_key: 'listed as expired',
      // An administrator sees an invitation that was never accepted, and may send it again.
      invitation: 'listed as expired',
      // A report past its download window keeps its row (status `expired`); its file is deleted.
      report: 'listed as expired',
    };
    const { rows } = await admin.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'expires_at'
          AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE')
        ORDER BY table_name`,
    );
    expect(rows.map((r) => r.table_name)).toEqual([...pruned, ...Object.keys(kept)].sort());
  });
});
