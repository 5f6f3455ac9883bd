import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
const KIND = `current_setting('app.tenant_kind', true)`;
const USER = `NULLIF(current_setting('app.user_id', true), '')::uuid`;

/**
 * Notifications (docs/notifications.md): the per-user inbox, the delivery ledger that makes every
 * (event, channel, recipient) happen once, and the copy of failed queue jobs kept for inspection.
 */
export class Notifications1764576000000 implements MigrationInterface {
  name = 'Notifications1764576000000';

  async up(db: QueryRunner): Promise<void> {
    // One inbox entry per event and person, in the tenant where the person is addressed (the signer's
    // party, a party admin's own tenant, the owner for its managers). The person reads it in any tenant.
    await db.query(`
      CREATE TABLE notification (
        tenant_id       uuid        NOT NULL,
        id              uuid        NOT NULL,
        user_id         uuid        NOT NULL,
        event_id        uuid        NOT NULL,
        event_type      text        NOT NULL,
        category        text        NOT NULL,
        action_required boolean     NOT NULL DEFAULT false,
        title           jsonb       NOT NULL,
        link            text        NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        read_at         timestamptz,
        CONSTRAINT pk_notification PRIMARY KEY (tenant_id, id),
        CONSTRAINT uq_notification_event_user UNIQUE (tenant_id, event_id, user_id),
        CONSTRAINT fk_notification_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_notification_user_id FOREIGN KEY (user_id) REFERENCES app_user (id),
        CONSTRAINT ck_notification_title CHECK (jsonb_typeof(title) = 'object'),
        CONSTRAINT ck_notification_link CHECK (link LIKE '/%')
      )
    `);
    await db.query(`CREATE INDEX ix_notification_user ON notification (user_id, id DESC)`);
    await db.query(
      `CREATE INDEX ix_notification_user_unread ON notification (user_id) WHERE read_at IS NULL`,
    );
    await db.query(`ALTER TABLE notification ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE notification FORCE ROW LEVEL SECURITY`);
    // Personal: no tenant-wide read (a tenant's admin does not read its members' inboxes). The worker
    // writes in the recipient's tenant; the person reads and marks their own rows from any tenant.
    await db.query(
      `CREATE POLICY tenant_insert ON notification FOR INSERT WITH CHECK (tenant_id = ${TENANT})`,
    );
    await db.query(
      `CREATE POLICY own_notifications_read ON notification FOR SELECT USING (user_id = ${USER})`,
    );
    await db.query(
      `CREATE POLICY own_notifications_update ON notification FOR UPDATE USING (user_id = ${USER}) WITH CHECK (user_id = ${USER})`,
    );
    await db.query(`GRANT SELECT, INSERT ON notification TO jazari_app`);
    await db.query(`GRANT UPDATE (read_at) ON notification TO jazari_app`);

    // The ledger: written before the effect. An in-app row is claimed in the event's transaction (it
    // rolls back with the inbox row); an e-mail is claimed as `sending` in its own committed transaction
    // before it is sent, then marked `delivered` (or `failed`), so a retried event skips what was sent.
    await db.query(`
      CREATE TABLE notification_delivery (
        tenant_id    uuid        NOT NULL,
        event_id     uuid        NOT NULL,
        channel      text        NOT NULL,
        recipient    text        NOT NULL,
        status       text        NOT NULL DEFAULT 'pending',
        attempts     integer     NOT NULL DEFAULT 0,
        last_error   text,
        created_at   timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        CONSTRAINT pk_notification_delivery PRIMARY KEY (tenant_id, event_id, channel, recipient),
        CONSTRAINT fk_notification_delivery_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT ck_notification_delivery_channel CHECK (channel IN ('in_app', 'email', 'webhook')),
        CONSTRAINT ck_notification_delivery_status CHECK (status IN ('pending', 'sending', 'delivered', 'failed'))
      )
    `);
    await db.query(`ALTER TABLE notification_delivery ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE notification_delivery FORCE ROW LEVEL SECURITY`);
    await db.query(
      `CREATE POLICY tenant_isolation ON notification_delivery USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
    );
    await db.query(`CREATE POLICY root_read ON notification_delivery FOR SELECT USING (${KIND} = 'root')`);
    await db.query(`GRANT SELECT, INSERT ON notification_delivery TO jazari_app`);
    await db.query(
      `GRANT UPDATE (status, attempts, last_error, delivered_at) ON notification_delivery TO jazari_app`,
    );

    // A copy of each queue job that exhausted its attempts. Operational, not tenant-owned: a system job
    // has no tenant, so the event's tenant is a plain column (event_tenant_id), not a tenant key. Written
    // by the worker with any context; read by Root's operators only.
    await db.query(`
      CREATE TABLE failed_job (
        id              uuid        NOT NULL,
        queue           text        NOT NULL,
        job_name        text        NOT NULL,
        job_id          text        NOT NULL,
        event_tenant_id uuid,
        attempts        integer     NOT NULL,
        failed_reason   text        NOT NULL,
        data            jsonb       NOT NULL,
        failed_at       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_failed_job PRIMARY KEY (id)
      )
    `);
    await db.query(`ALTER TABLE failed_job ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE failed_job FORCE ROW LEVEL SECURITY`);
    await db.query(`CREATE POLICY worker_insert ON failed_job FOR INSERT WITH CHECK (true)`);
    await db.query(`CREATE POLICY root_read ON failed_job FOR SELECT USING (${KIND} = 'root')`);
    await db.query(`GRANT SELECT, INSERT ON failed_job TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE failed_job`);
    await db.query(`DROP TABLE notification_delivery`);
    await db.query(`DROP TABLE notification`);
  }
}
