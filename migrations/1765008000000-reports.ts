import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
const KIND = `current_setting('app.tenant_kind', true)`;

/** Tenant isolation (read and write its own rows) and Root's network-wide read, as on every tenant table. */
async function tenantTable(db: QueryRunner, table: string, grants: string): Promise<void> {
  await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  await db.query(
    `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
  );
  await db.query(`CREATE POLICY root_read ON ${table} FOR SELECT USING (${KIND} = 'root')`);
  await db.query(`GRANT ${grants} ON ${table} TO jazari_app`);
}

/**
 * Reports (docs/reports.md): a recurring report's schedule, and each report requested or produced by a
 * schedule's tick, owned by the requester's tenant. `(tenant_id, schedule_id, period_from, period_to)` is
 * unique, so a tick delivered twice (two workers, a retried job) inserts one report at most.
 */
export class Reports1765008000000 implements MigrationInterface {
  name = 'Reports1765008000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE report_schedule (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        scope text NOT NULL,
        subject_tenant_id uuid,
        cadence text NOT NULL,
        format text NOT NULL,
        locale text NOT NULL,
        owner_kind text NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_report_schedule PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_report_schedule_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_report_schedule_subject FOREIGN KEY (subject_tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_report_schedule_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
        CONSTRAINT ck_report_schedule_scope CHECK (
          (scope = 'national' AND subject_tenant_id IS NULL)
          OR (scope IN ('institute', 'partner') AND subject_tenant_id IS NOT NULL)),
        CONSTRAINT ck_report_schedule_owner_kind CHECK (owner_kind IN ('root', 'institute', 'partner')),
        CONSTRAINT ck_report_schedule_cadence CHECK (cadence IN ('monthly', 'quarterly')),
        CONSTRAINT ck_report_schedule_format CHECK (format IN ('xlsx', 'pdf', 'csv')),
        CONSTRAINT ck_report_schedule_locale CHECK (locale IN ('fr', 'ar', 'en'))
      )`);
    await tenantTable(db, 'report_schedule', 'SELECT, INSERT, DELETE');

    await db.query(`
      CREATE TABLE report (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        -- The schedule whose tick produced it (none when requested through the API). No foreign key:
        -- a report outlives its schedule's removal.
        schedule_id uuid,
        -- The person who asked (or who created the schedule); none for an API key.
        requested_by uuid,
        requester_kind text NOT NULL,
        scope text NOT NULL,
        subject_tenant_id uuid,
        period_from date NOT NULL,
        period_to date NOT NULL,
        period_label text NOT NULL,
        format text NOT NULL,
        locale text NOT NULL,
        status text NOT NULL DEFAULT 'queued',
        progress smallint NOT NULL DEFAULT 0,
        error text,
        filename text,
        content_type text,
        size_bytes bigint,
        sha256 bytea,
        storage_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        expires_at timestamptz,
        CONSTRAINT pk_report PRIMARY KEY (tenant_id, id),
        CONSTRAINT uq_report_schedule_period UNIQUE (tenant_id, schedule_id, period_from, period_to),
        CONSTRAINT fk_report_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_report_subject FOREIGN KEY (subject_tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_report_requested_by FOREIGN KEY (requested_by) REFERENCES app_user (id),
        CONSTRAINT ck_report_requester_kind CHECK (requester_kind IN ('root', 'institute', 'partner')),
        CONSTRAINT ck_report_scope CHECK (
          (scope = 'national' AND subject_tenant_id IS NULL)
          OR (scope IN ('institute', 'partner') AND subject_tenant_id IS NOT NULL)),
        CONSTRAINT ck_report_period CHECK (period_from <= period_to),
        CONSTRAINT ck_report_format CHECK (format IN ('xlsx', 'pdf', 'csv')),
        CONSTRAINT ck_report_locale CHECK (locale IN ('fr', 'ar', 'en')),
        CONSTRAINT ck_report_status CHECK (status IN ('queued', 'running', 'ready', 'failed')),
        CONSTRAINT ck_report_progress CHECK (progress BETWEEN 0 AND 100),
        CONSTRAINT ck_report_ready CHECK (status <> 'ready' OR (storage_key IS NOT NULL AND expires_at IS NOT NULL))
      )`);
    await tenantTable(db, 'report', 'SELECT, INSERT');
    await db.query(
      `GRANT UPDATE (status, progress, error, filename, content_type, size_bytes, sha256, storage_key, started_at,
         finished_at, expires_at) ON report TO jazari_app`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS report`);
    await db.query(`DROP TABLE IF EXISTS report_schedule`);
  }
}
