import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { adminClient, runtimeClient } from '@jazari/testing';
import type pg from 'pg';

describe('database roles', () => {
  let admin: pg.Client;
  let runtime: pg.Client;

  beforeAll(async () => {
    admin = await adminClient();
    runtime = await runtimeClient();
  });
  afterAll(async () => {
    await runtime.end();
    await admin.end();
  });

  it('connects the services as a role that is not a superuser and cannot bypass RLS', async () => {
    const { rows } = await runtime.query(
      `SELECT current_user AS name, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb
         FROM pg_roles WHERE rolname = current_user`,
    );
    expect(rows).toEqual([
      { name: 'jazari_app', rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false },
    ]);
  });

  it('gives the runtime role no table, sequence, view or function of its own', async () => {
    const { rows } = await admin.query(
      `SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = 'jazari_app'
       UNION ALL
       SELECT p.proname FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE r.rolname = 'jazari_app'`,
    );
    expect(rows).toEqual([]);
  });

  it('lets the runtime role neither create tables nor change the schema', async () => {
    await expect(runtime.query('CREATE TABLE sneaky (id int)')).rejects.toThrow(/permission denied/);
    await expect(runtime.query('ALTER TABLE outbox_event DISABLE ROW LEVEL SECURITY')).rejects.toThrow(
      /must be owner/,
    );
    await expect(runtime.query('SET row_security = off; SELECT * FROM outbox_event')).rejects.toThrow(
      /row-level security/,
    );
  });

  it('forces row-level security on every table that has a tenant_id column', async () => {
    const { rows } = await admin.query(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect(row).toEqual({ relname: row.relname, relrowsecurity: true, relforcerowsecurity: true });
  });

  it('leads every primary key and unique constraint of a tenant table with tenant_id (Citus-ready)', async () => {
    const { rows } = await admin.query<{ table: string; constraint: string; first: string }>(
      `SELECT c.relname AS table, con.conname AS constraint, a.attname AS first
         FROM pg_constraint con
         JOIN pg_class c ON c.oid = con.conrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = con.conkey[1]
        WHERE n.nspname = 'public' AND con.contype IN ('p', 'u')
          AND EXISTS (SELECT 1 FROM pg_attribute t WHERE t.attrelid = c.oid AND t.attname = 'tenant_id' AND NOT t.attisdropped)`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.first !== 'tenant_id')).toEqual([]);
    const withPrimaryKey = new Set(rows.filter((r) => r.constraint.startsWith('pk_')).map((r) => r.table));
    const tenantTables = await admin.query<{ relname: string }>(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r'
          AND EXISTS (SELECT 1 FROM pg_attribute t WHERE t.attrelid = c.oid AND t.attname = 'tenant_id')`,
    );
    expect(tenantTables.rows.map((t) => t.relname).filter((t) => !withPrimaryKey.has(t))).toEqual([]);
  });

  it('leads every foreign key between two tenant tables with tenant_id, matched to tenant_id', async () => {
    const { rows } = await admin.query<{ constraint: string; from: string; to: string }>(
      `SELECT con.conname AS constraint, fa.attname AS from, ta.attname AS to
         FROM pg_constraint con
         JOIN pg_attribute fa ON fa.attrelid = con.conrelid AND fa.attnum = con.conkey[1]
         JOIN pg_attribute ta ON ta.attrelid = con.confrelid AND ta.attnum = con.confkey[1]
        WHERE con.contype = 'f'
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = con.conrelid AND a.attname = 'tenant_id')
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = con.confrelid AND a.attname = 'tenant_id')`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.from !== 'tenant_id' || r.to !== 'tenant_id')).toEqual([]);
  });

  it('lets the runtime role only append to the audit log', async () => {
    await expect(runtime.query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(runtime.query(`DELETE FROM audit_event`)).rejects.toThrow(/permission denied/);
    await expect(runtime.query(`TRUNCATE audit_event`)).rejects.toThrow(/permission denied/);
  });

  it('shows no tenant rows to a session that has not set a tenant', async () => {
    const tenant = '0190f5a2-7b4e-7c3d-8e9f-000000000001';
    await admin.query(
      `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload)
       VALUES ($1, gen_random_uuid(), 'test.visible', 1, 'maintenance', '{}')`,
      [tenant],
    );
    const unset = await runtime.query(`SELECT count(*)::int AS n FROM outbox_event WHERE tenant_id = $1`, [
      tenant,
    ]);
    expect(unset.rows[0].n).toBe(0);
    await runtime.query('BEGIN');
    await runtime.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
    const set = await runtime.query(`SELECT count(*)::int AS n FROM outbox_event WHERE tenant_id = $1`, [
      tenant,
    ]);
    await runtime.query('COMMIT');
    expect(set.rows[0].n).toBe(1);
    // Done by the relay's claim only: publish state is not the runtime role's to change.
    await expect(runtime.query(`UPDATE outbox_event SET published_at = now()`)).rejects.toThrow(
      /permission denied/,
    );
    await admin.query(`DELETE FROM outbox_event WHERE tenant_id = $1`, [tenant]);
  });
});
