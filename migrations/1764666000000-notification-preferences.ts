import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
const KIND = `current_setting('app.tenant_kind', true)`;
const USER = `NULLIF(current_setting('app.user_id', true), '')::uuid`;

/**
 * Notification preferences and the daily digest (docs/notifications.md). Preferences are a person's, not
 * a tenant's: one row per (user, category) that differs from the defaults (in-app on, e-mail immediate).
 * Digest items wait in the recipient's tenant, like inbox rows, until the person's daily digest takes them.
 */
export class NotificationPreferences1764666000000 implements MigrationInterface {
  name = 'NotificationPreferences1764666000000';

  async up(db: QueryRunner): Promise<void> {
    // An e-mail held for the daily digest is `digested` in the event's ledger (claimed once, like any).
    await db.query(
      `ALTER TABLE notification_delivery DROP CONSTRAINT ck_notification_delivery_status,
         ADD CONSTRAINT ck_notification_delivery_status
           CHECK (status IN ('pending', 'sending', 'delivered', 'failed', 'digested'))`,
    );
    await db.query(`
      CREATE TABLE notification_preference (
        user_id    uuid        NOT NULL,
        category   text        NOT NULL,
        in_app     boolean     NOT NULL DEFAULT true,
        email      text        NOT NULL DEFAULT 'immediate',
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_notification_preference PRIMARY KEY (user_id, category),
        CONSTRAINT fk_notification_preference_user_id FOREIGN KEY (user_id) REFERENCES app_user (id),
        CONSTRAINT ck_notification_preference_email CHECK (email IN ('immediate', 'digest', 'off'))
      )
    `);
    await db.query(`ALTER TABLE notification_preference ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE notification_preference FORCE ROW LEVEL SECURITY`);
    // The person reads and writes their own; the worker, addressing a member of a tenant, reads that
    // member's preferences in the tenant's scope (as app_user is visible to the tenants a person is in).
    await db.query(
      `CREATE POLICY own_preferences ON notification_preference USING (user_id = ${USER}) WITH CHECK (user_id = ${USER})`,
    );
    await db.query(`
      CREATE POLICY members_preferences_read ON notification_preference FOR SELECT USING (
        EXISTS (SELECT 1 FROM membership m WHERE m.user_id = notification_preference.user_id AND m.tenant_id = ${TENANT})
      )
    `);
    await db.query(`GRANT SELECT, INSERT, UPDATE ON notification_preference TO jazari_app`);

    // One row per (recipient tenant, event, person) whose e-mail waits for the daily digest. Written in
    // the event's transaction (exactly once, like an inbox row); `digest_day` is set when a digest takes it.
    await db.query(`
      CREATE TABLE notification_digest_item (
        tenant_id  uuid        NOT NULL,
        id         uuid        NOT NULL,
        user_id    uuid        NOT NULL,
        event_id   uuid        NOT NULL,
        event_type text        NOT NULL,
        category   text        NOT NULL,
        title      jsonb       NOT NULL,
        link       text        NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        digest_day date,
        CONSTRAINT pk_notification_digest_item PRIMARY KEY (tenant_id, id),
        CONSTRAINT uq_notification_digest_item_event_user UNIQUE (tenant_id, event_id, user_id),
        CONSTRAINT fk_notification_digest_item_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_notification_digest_item_user_id FOREIGN KEY (user_id) REFERENCES app_user (id),
        CONSTRAINT ck_notification_digest_item_title CHECK (jsonb_typeof(title) = 'object'),
        CONSTRAINT ck_notification_digest_item_link CHECK (link ~ '^(/|https?://)')
      )
    `);
    await db.query(
      `CREATE INDEX ix_notification_digest_item_waiting ON notification_digest_item (user_id) WHERE digest_day IS NULL`,
    );
    await db.query(`ALTER TABLE notification_digest_item ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE notification_digest_item FORCE ROW LEVEL SECURITY`);
    await db.query(
      `CREATE POLICY tenant_insert ON notification_digest_item FOR INSERT WITH CHECK (tenant_id = ${TENANT})`,
    );
    await db.query(
      `CREATE POLICY own_items ON notification_digest_item FOR SELECT USING (user_id = ${USER})`,
    );
    await db.query(
      `CREATE POLICY own_items_update ON notification_digest_item FOR UPDATE USING (user_id = ${USER}) WITH CHECK (user_id = ${USER})`,
    );
    // The digest job finds who has items waiting in a Root-kind read-only scope.
    await db.query(`CREATE POLICY root_read ON notification_digest_item FOR SELECT USING (${KIND} = 'root')`);
    await db.query(`GRANT SELECT, INSERT ON notification_digest_item TO jazari_app`);
    await db.query(`GRANT UPDATE (digest_day) ON notification_digest_item TO jazari_app`);

    // The digest e-mail's ledger: one per person and day, claimed (`sending`) before the send.
    await db.query(`
      CREATE TABLE notification_digest (
        user_id      uuid        NOT NULL,
        day          date        NOT NULL,
        status       text        NOT NULL DEFAULT 'sending',
        items        integer     NOT NULL DEFAULT 0,
        attempts     integer     NOT NULL DEFAULT 1,
        last_error   text,
        created_at   timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        CONSTRAINT pk_notification_digest PRIMARY KEY (user_id, day),
        CONSTRAINT fk_notification_digest_user_id FOREIGN KEY (user_id) REFERENCES app_user (id),
        CONSTRAINT ck_notification_digest_status CHECK (status IN ('sending', 'delivered', 'failed'))
      )
    `);
    await db.query(`ALTER TABLE notification_digest ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE notification_digest FORCE ROW LEVEL SECURITY`);
    await db.query(
      `CREATE POLICY own_digests ON notification_digest USING (user_id = ${USER}) WITH CHECK (user_id = ${USER})`,
    );
    await db.query(`CREATE POLICY root_read ON notification_digest FOR SELECT USING (${KIND} = 'root')`);
    await db.query(`GRANT SELECT, INSERT ON notification_digest TO jazari_app`);
    await db.query(
      `GRANT UPDATE (status, items, attempts, last_error, delivered_at) ON notification_digest TO jazari_app`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM notification_delivery WHERE status = 'digested'`);
    await db.query(
      `ALTER TABLE notification_delivery DROP CONSTRAINT ck_notification_delivery_status,
         ADD CONSTRAINT ck_notification_delivery_status
           CHECK (status IN ('pending', 'sending', 'delivered', 'failed'))`,
    );
    await db.query(`DROP TABLE notification_digest`);
    await db.query(`DROP TABLE notification_digest_item`);
    await db.query(`DROP TABLE notification_preference`);
  }
}
