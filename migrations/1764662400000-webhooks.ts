import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
const KIND = `current_setting('app.tenant_kind', true)`;

const TABLES = ['webhook_endpoint', 'webhook_delivery', 'webhook_attempt'] as const;

/**
 * Webhooks (docs/notifications.md#webhooks): a tenant's endpoints, one delivery per (event, endpoint)
 * and the log of each delivery's attempts. Every row belongs to the endpoint's tenant. No secret is
 * stored: an endpoint's signing secret is derived from a server key, its id and `secret_version`.
 */
export class Webhooks1764662400000 implements MigrationInterface {
  name = 'Webhooks1764662400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE webhook_endpoint (
        tenant_id       uuid        NOT NULL,
        id              uuid        NOT NULL,
        url             text        NOT NULL,
        description     text        NOT NULL DEFAULT '',
        event_types     text[]      NOT NULL,
        enabled         boolean     NOT NULL DEFAULT true,
        secret_version  integer     NOT NULL DEFAULT 1,
        failing_since   timestamptz,
        last_success_at timestamptz,
        disabled_at     timestamptz,
        disabled_reason text,
        created_by      uuid        NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_webhook_endpoint PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_webhook_endpoint_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_webhook_endpoint_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
        CONSTRAINT ck_webhook_endpoint_url CHECK (url ~ '^https?://' AND length(url) <= 2048),
        CONSTRAINT ck_webhook_endpoint_event_types CHECK (cardinality(event_types) >= 1),
        CONSTRAINT ck_webhook_endpoint_secret_version CHECK (secret_version >= 1),
        CONSTRAINT ck_webhook_endpoint_disabled_reason CHECK (disabled_reason IN ('failing', 'manual'))
      )
    `);
    // The fan-out's read: a tenant's enabled endpoints subscribed to one event type.
    await db.query(
      `CREATE INDEX ix_webhook_endpoint_event_types ON webhook_endpoint USING gin (event_types) WHERE enabled`,
    );

    // One delivery per (event, endpoint), in the endpoint's tenant. `data` is the body's `data` as it was
    // when the event was handled, so every attempt (and a redelivery) sends the same document. `cycle`
    // grows with each manual redelivery; a job of an older cycle finds it changed and does nothing.
    await db.query(`
      CREATE TABLE webhook_delivery (
        tenant_id        uuid        NOT NULL,
        id               uuid        NOT NULL,
        endpoint_id      uuid        NOT NULL,
        event_id         uuid        NOT NULL,
        event_type       text        NOT NULL,
        event_tenant_id  uuid        NOT NULL,
        event_created_at timestamptz NOT NULL,
        data             jsonb       NOT NULL,
        status           text        NOT NULL DEFAULT 'pending',
        cycle            integer     NOT NULL DEFAULT 1,
        cycle_attempts   integer     NOT NULL DEFAULT 0,
        attempts         integer     NOT NULL DEFAULT 0,
        last_error       text,
        last_status_code integer,
        last_latency_ms  integer,
        last_attempt_at  timestamptz,
        delivered_at     timestamptz,
        created_at       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_webhook_delivery PRIMARY KEY (tenant_id, id),
        CONSTRAINT uq_webhook_delivery_event_endpoint UNIQUE (tenant_id, event_id, endpoint_id),
        CONSTRAINT fk_webhook_delivery_endpoint FOREIGN KEY (tenant_id, endpoint_id)
          REFERENCES webhook_endpoint (tenant_id, id),
        CONSTRAINT fk_webhook_delivery_event_tenant_id FOREIGN KEY (event_tenant_id) REFERENCES tenant (id),
        CONSTRAINT ck_webhook_delivery_status CHECK (status IN ('pending', 'delivered', 'failed')),
        CONSTRAINT ck_webhook_delivery_data CHECK (jsonb_typeof(data) = 'object')
      )
    `);
    await db.query(
      `CREATE INDEX ix_webhook_delivery_endpoint ON webhook_delivery (tenant_id, endpoint_id, id DESC)`,
    );

    // Each attempt, written as it starts (so an attempt cut short by a crash stays visible) and
    // completed with its outcome.
    await db.query(`
      CREATE TABLE webhook_attempt (
        tenant_id   uuid        NOT NULL,
        delivery_id uuid        NOT NULL,
        number      integer     NOT NULL,
        cycle       integer     NOT NULL,
        started_at  timestamptz NOT NULL,
        finished_at timestamptz,
        status_code integer,
        latency_ms  integer,
        error       text,
        CONSTRAINT pk_webhook_attempt PRIMARY KEY (tenant_id, delivery_id, number),
        CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (tenant_id, delivery_id)
          REFERENCES webhook_delivery (tenant_id, id)
      )
    `);

    for (const table of TABLES) {
      await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await db.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
      );
      await db.query(`CREATE POLICY root_read ON ${table} FOR SELECT USING (${KIND} = 'root')`);
      // DELETE: removing an endpoint removes its log with it (explicitly, no cascades).
      await db.query(`GRANT SELECT, INSERT, DELETE ON ${table} TO jazari_app`);
    }
    await db.query(
      `GRANT UPDATE (url, description, event_types, enabled, secret_version, failing_since, last_success_at,
         disabled_at, disabled_reason, updated_at) ON webhook_endpoint TO jazari_app`,
    );
    await db.query(
      `GRANT UPDATE (status, cycle, cycle_attempts, attempts, last_error, last_status_code, last_latency_ms,
         last_attempt_at, delivered_at) ON webhook_delivery TO jazari_app`,
    );
    await db.query(
      `GRANT UPDATE (finished_at, status_code, latency_ms, error) ON webhook_attempt TO jazari_app`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE webhook_attempt`);
    await db.query(`DROP TABLE webhook_delivery`);
    await db.query(`DROP TABLE webhook_endpoint`);
  }
}
