import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { permissionsOf, type Actor, type Role } from '@jazari/access';
import { createApi } from '@jazari/api';
import { AuditLog, GENESIS_HASH, verifyAllChains } from '@jazari/audit';
import {
  NO_TENANT,
  TransactionRunner,
  uuidv7,
  type SystemTx,
  type TenantContext,
  type TenantTx,
} from '@jazari/database';
import {
  adminClient,
  createTenant,
  createUser,
  ensureRootTenant,
  runtimeClient,
  testConfig,
  signIn,
  testServices,
  type SignedIn,
  type TestTenant,
} from '@jazari/testing';
import pg from 'pg';
import request from 'supertest';

interface StoredRow {
  seq: string;
  id: string;
  action: string;
  actor_user_id: string | null;
  data: Record<string, unknown>;
  prev_hash: Buffer;
  hash: Buffer;
}

function runCli(): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.resolve('dist/scripts/audit-verify.js')],
      {
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'test',
          DATABASE_URL: testServices.databaseUrl,
          DATABASE_OWNER_URL: testServices.ownerUrl,
        },
        timeout: 30_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('audit log', () => {
  // Room for the concurrency test to have many transactions waiting on the chain lock at once.
  const config = testConfig({ DATABASE_POOL_SIZE: '8' });
  let app: NestFastifyApplication;
  let admin: pg.Client;
  let owner: pg.Client;
  let runner: TransactionRunner;
  let audit: AuditLog;
  let root: TestTenant;

  beforeAll(async () => {
    admin = await adminClient();
    owner = new pg.Client({ connectionString: testServices.ownerUrl });
    await owner.connect();
    root = await ensureRootTenant(admin);
    app = await createApi(config);
    runner = app.get(TransactionRunner);
    audit = app.get(AuditLog);
  });
  afterAll(async () => {
    await app.close();
    await owner.end();
    await admin.end();
  });

  const contextOf = (tenant: TestTenant): TenantContext => ({
    tenantId: tenant.id,
    tenantKind: tenant.kind,
    userId: null,
  });
  const actorOf = (tenant: TestTenant, role: Role): Actor => ({
    type: 'user',
    tenantId: tenant.id,
    tenantKind: tenant.kind,
    userId: uuidv7(),
    role,
    sessionId: uuidv7(),
    apiKeyId: null,
    permissions: permissionsOf(role),
  });
  const record = (tenant: TestTenant, action: string, data: Record<string, unknown> = {}): Promise<void> =>
    runner.run(contextOf(tenant), (tx) =>
      audit.record(tx, null, { action, targetType: 'tenant', targetId: tenant.id, data }),
    );
  const rowsOf = async (tenant: TestTenant): Promise<StoredRow[]> =>
    (
      await admin.query<StoredRow>(
        `SELECT seq, id, action, actor_user_id, data, prev_hash, hash FROM audit_event
         WHERE tenant_id = $1 ORDER BY seq`,
        [tenant.id],
      )
    ).rows;
  const tenantsWithEntries = async (count: number): Promise<TestTenant[]> => {
    const tenants = [await createTenant(admin, 'institute'), await createTenant(admin, 'partner')];
    for (const tenant of tenants) {
      for (let i = 1; i <= count; i++) await record(tenant, 'tenant.updated', { step: i });
    }
    return tenants;
  };

  it("appends each tenant's entries to its own gapless chain, in the caller's transaction", async () => {
    const a = await createTenant(admin, 'institute');
    const b = await createTenant(admin, 'partner');
    const manager = uuidv7();
    await runner.run(contextOf(a), (tx) =>
      audit.record(
        tx,
        { userId: manager, apiKeyId: null },
        {
          action: 'membership.role_changed',
          targetType: 'membership',
          targetId: manager,
          data: { to: 'institute_manager', from: 'researcher', at: new Date('2026-11-27T10:00:00.123Z') },
        },
      ),
    );
    await record(b, 'tenant.created');
    await record(a, 'tenant.updated', { changed: ['city'] });
    await record(b, 'tenant.updated');
    await record(a, 'tenant.suspended');

    const rowsA = await rowsOf(a);
    expect(rowsA.map((r) => [r.seq, r.action])).toEqual([
      ['1', 'membership.role_changed'],
      ['2', 'tenant.updated'],
      ['3', 'tenant.suspended'],
    ]);
    expect(rowsA[0].actor_user_id).toBe(manager);
    expect(rowsA[0].data).toEqual({
      at: '2026-11-27T10:00:00.123Z',
      from: 'researcher',
      to: 'institute_manager',
    });
    expect(rowsA[0].prev_hash.equals(GENESIS_HASH)).toBe(true);
    expect(rowsA[1].prev_hash.equals(rowsA[0].hash)).toBe(true);
    expect(rowsA[2].prev_hash.equals(rowsA[1].hash)).toBe(true);
    expect((await rowsOf(b)).map((r) => r.seq)).toEqual(['1', '2']);

    // Each tenant verifies its own chain only; Root verifies every chain.
    expect(await audit.verify(actorOf(a, 'institute_manager'))).toEqual({
      valid: true,
      checked: 3,
      chains: [{ tenantId: a.id, valid: true, checked: 3, firstInvalid: null }],
    });
    expect((await audit.verify(actorOf(b, 'partner_admin'))).chains.map((c) => c.tenantId)).toEqual([b.id]);
    const all = await audit.verify(actorOf(root, 'network_admin'));
    expect(all.chains).toEqual(
      expect.arrayContaining([
        { tenantId: a.id, valid: true, checked: 3, firstInvalid: null },
        { tenantId: b.id, valid: true, checked: 2, firstInvalid: null },
      ]),
    );
  });

  it('lists a tenant its own entries, newest first, page by page', async () => {
    const [a, b] = await tenantsWithEntries(5);
    const actor = actorOf(a, 'institute_manager');
    const first = await audit.list(actor, { limit: 2, beforeSeq: null });
    expect(first.entries.map((e) => [e.seq, e.data])).toEqual([
      [5, { step: 5 }],
      [4, { step: 4 }],
    ]);
    expect(first.nextBeforeSeq).toBe(4);
    const second = await audit.list(actor, { limit: 2, beforeSeq: 4 });
    expect(second.entries.map((e) => e.seq)).toEqual([3, 2]);
    const last = await audit.list(actor, { limit: 2, beforeSeq: 2 });
    expect(last.entries.map((e) => e.seq)).toEqual([1]);
    expect(last.nextBeforeSeq).toBeNull();
    expect(last.entries[0]).toMatchObject({
      action: 'tenant.updated',
      targetType: 'tenant',
      targetId: a.id,
      actorUserId: null,
      actorApiKeyId: null,
    });
    // Another tenant's list holds only its own entries.
    const other = await audit.list(actorOf(b, 'partner_admin'), { limit: 50, beforeSeq: null });
    expect(other.entries).toHaveLength(5);
    expect(other.entries.every((e) => e.targetId === b.id)).toBe(true);
  });

  it('records nothing, and leaves no gap, when the transaction rolls back', async () => {
    const tenant = await createTenant(admin, 'institute');
    await record(tenant, 'tenant.created');
    await expect(
      runner.run(contextOf(tenant), async (tx) => {
        await audit.record(tx, null, { action: 'tenant.updated', targetType: 'tenant', targetId: tenant.id });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await record(tenant, 'tenant.suspended');
    expect((await rowsOf(tenant)).map((r) => [r.seq, r.action])).toEqual([
      ['1', 'tenant.created'],
      ['2', 'tenant.suspended'],
    ]);
  });

  it('refuses to record outside a tenant transaction, or data it cannot hash faithfully', async () => {
    const event = { action: 'tenant.updated', targetType: 'tenant', targetId: 'x' };
    // A system transaction is not a tenant's: the types refuse it, and so does the log if forced.
    // @ts-expect-error -- a SystemTx is not a TenantTx
    void ((system: SystemTx) => audit.record(system, null, event));
    await expect(
      runner.run(NO_TENANT, (tx) => audit.record(tx as unknown as TenantTx, null, event)),
    ).rejects.toThrow('needs a tenant');
    const tenant = await createTenant(admin, 'institute');
    await expect(
      runner.run(contextOf(tenant), (tx) =>
        audit.record(tx, null, { ...event, data: { reason: undefined } }),
      ),
    ).rejects.toThrow('$.reason is a undefined');
    expect(await rowsOf(tenant)).toEqual([]);
  });

  it('keeps a chain gapless and valid under 50 concurrent appends', async () => {
    const tenant = await createTenant(admin, 'institute');
    await Promise.all(Array.from({ length: 50 }, (_, i) => record(tenant, 'tenant.updated', { i })));
    const rows = await rowsOf(tenant);
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.data.i)).size).toBe(50);
    expect(await audit.verify(actorOf(tenant, 'institute_manager'))).toMatchObject({
      valid: true,
      checked: 50,
    });
  });

  it('does not let the runtime role change or remove entries', async () => {
    const tenant = await createTenant(admin, 'institute');
    await record(tenant, 'tenant.created');
    const runtime = await runtimeClient();
    try {
      for (const statement of [
        `UPDATE audit_event SET data = '{"rewritten": true}' WHERE tenant_id = $1`,
        `DELETE FROM audit_event WHERE tenant_id = $1`,
      ]) {
        await runtime.query('BEGIN');
        await runtime.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant.id]);
        await expect(runtime.query(statement, [tenant.id])).rejects.toThrow(
          /permission denied for table audit_event/,
        );
        await runtime.query('ROLLBACK');
      }
      await expect(runtime.query('TRUNCATE audit_event')).rejects.toThrow(/permission denied/);
    } finally {
      await runtime.end();
    }
    expect(await rowsOf(tenant)).toHaveLength(1);
  });

  it('CLI: exits 0 when every chain verifies', async () => {
    const [a] = await tenantsWithEntries(2);
    const { code, stdout, stderr } = await runCli();
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain(`ok      tenant=${a.id} entries=2`);
    expect(stdout).toMatch(/jazari audit-verify: \d+ chains valid/);
  });

  it('names exactly the entry an owner changed by hand, and the entry after one removed', async () => {
    const [tampered, intact] = await tenantsWithEntries(4);
    const [pruned] = await tenantsWithEntries(4);
    const target = (await rowsOf(tampered))[1];
    const afterRemoved = (await rowsOf(pruned))[2];

    // The owner role is the one that could: the runtime role has no UPDATE or DELETE.
    await owner.query('BEGIN');
    await owner.query(`SELECT set_config('app.tenant_id', $1, true)`, [tampered.id]);
    await owner.query(
      `UPDATE audit_event SET data = data || '{"step": 99}' WHERE tenant_id = $1 AND seq = 2`,
      [tampered.id],
    );
    await owner.query(`SELECT set_config('app.tenant_id', $1, true)`, [pruned.id]);
    await owner.query(`DELETE FROM audit_event WHERE tenant_id = $1 AND seq = 2`, [pruned.id]);
    await owner.query('COMMIT');

    const result = await verifyAllChains(owner);
    expect(result.valid).toBe(false);
    const chainOf = (tenant: TestTenant) => result.chains.find((c) => c.tenantId === tenant.id);
    expect(chainOf(tampered)).toEqual({
      tenantId: tampered.id,
      valid: false,
      checked: 2,
      firstInvalid: { seq: 2, id: target.id, reason: 'hash-mismatch' },
    });
    expect(chainOf(pruned)?.firstInvalid).toEqual({ seq: 3, id: afterRemoved.id, reason: 'gap' });
    expect(chainOf(intact)).toEqual({ tenantId: intact.id, valid: true, checked: 4, firstInvalid: null });

    // The API answers the same to the tenant itself.
    expect((await audit.verify(actorOf(tampered, 'institute_manager'))).chains).toEqual([chainOf(tampered)]);

    const { code, stdout } = await runCli();
    expect(code).toBe(1);
    expect(stdout).toContain(`BROKEN  tenant=${tampered.id} seq=2 id=${target.id} reason=hash-mismatch`);
    expect(stdout).toContain(`ok      tenant=${intact.id} entries=4`);
    expect(stdout).toMatch(/jazari audit-verify: \d+ of \d+ chains BROKEN/);
  });

  describe('over HTTP', () => {
    /** A person of `tenant` with `role`, signed in through the API. */
    const signedIn = async (tenant: TestTenant, role: Role): Promise<SignedIn> => {
      const user = await createUser(admin, [{ tenant, role }]);
      return signIn(app, user.email, user.password);
    };
    const get = (session: SignedIn, url: string) =>
      request(app.getHttpServer()).get(url).auth(session.accessToken, { type: 'bearer' });

    it("GET /audit/events pages through the caller's tenant's entries, newest first", async () => {
      const [a] = await tenantsWithEntries(3);
      const actor = await signedIn(a, 'institute_manager');
      const first = await get(actor, '/api/v1/audit/events?limit=2');
      expect(first.status).toBe(200);
      expect(first.body.data[0]).toEqual({
        id: expect.any(String),
        seq: 3,
        occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        actor: { userId: null, apiKeyId: null },
        action: 'tenant.updated',
        target: { type: 'tenant', id: a.id },
        data: { step: 3 },
      });
      expect(first.body.data.map((e: { seq: number }) => e.seq)).toEqual([3, 2]);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await get(actor, `/api/v1/audit/events?limit=2&cursor=${first.body.nextCursor}`);
      expect(second.status).toBe(200);
      expect(second.body.data.map((e: { seq: number }) => e.seq)).toEqual([1]);
      expect(second.body.nextCursor).toBeNull();
      const all = await get(actor, '/api/v1/audit/events');
      expect(all.body.data.map((e: { seq: number }) => e.seq)).toEqual([3, 2, 1]);
    });

    it('rejects a limit out of range, a cursor it did not issue and unknown parameters', async () => {
      const actor = await signedIn(await createTenant(admin, 'institute'), 'institute_manager');
      for (const query of [
        'limit=0',
        'limit=201',
        'limit=ten',
        `cursor=${Buffer.from('-1').toString('base64url')}`,
        'cursor=not%20a%20cursor',
        `tenantId=${root.id}`,
      ]) {
        const response = await get(actor, `/api/v1/audit/events?${query}`);
        expect([query, response.status, response.body.type]).toEqual([
          query,
          400,
          'https://jazari.ma/problems/validation-failed',
        ]);
      }
    });

    it('GET /audit/verify answers for the chains the caller may read', async () => {
      const [a] = await tenantsWithEntries(2);
      const response = await get(await signedIn(a, 'institute_manager'), '/api/v1/audit/verify');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        valid: true,
        checked: 2,
        chains: [{ tenantId: a.id, valid: true, checked: 2, firstInvalid: null }],
      });
    });

    it('keeps the log from people without the permission', async () => {
      const [a] = await tenantsWithEntries(1);
      const researcher = await signedIn(a, 'researcher');
      await get(researcher, '/api/v1/audit/events').expect(403);
      await get(researcher, '/api/v1/audit/verify').expect(403);
      await request(app.getHttpServer()).get('/api/v1/audit/events').expect(401);
    });

    it('describes both routes and their bodies in the OpenAPI document', async () => {
      const { body: document } = await request(app.getHttpServer()).get('/api/openapi.json');
      const events = document.paths['/api/v1/audit/events'].get;
      expect(events.tags).toEqual(['audit']);
      expect(events.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['cursor', 'limit']);
      expect(events.responses['200'].content['application/json'].schema).toEqual({
        $ref: '#/components/schemas/AuditEventPageDto',
      });
      const verify = document.paths['/api/v1/audit/verify'].get;
      expect(verify.responses['200'].content['application/json'].schema).toEqual({
        $ref: '#/components/schemas/AuditVerificationDto',
      });
      expect(Object.keys(document.components.schemas.AuditEventDto.properties).sort()).toEqual([
        'action',
        'actor',
        'data',
        'id',
        'occurredAt',
        'seq',
        'target',
      ]);
    });
  });
});
