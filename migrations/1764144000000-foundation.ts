import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Foundation: the runtime role's grants, the transactional outbox and its handled-events ledger.
 *
 * Tenancy pattern every tenant table follows (see docs/database.md):
 *   - `tenant_id` leads the primary key (Citus-ready);
 *   - RLS ENABLE + FORCE, policy on NULLIF(current_setting('app.tenant_id', true), '')::uuid,
 *     so a transaction that did not set a tenant sees no rows.
 */
export class Foundation1764144000000 implements MigrationInterface {
  name = 'Foundation1764144000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'jazari_app') THEN
          -- Operators give it LOGIN and a password, or grant it to the login role the services use.
          CREATE ROLE jazari_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END
      $$;
    `);
    await db.query(`GRANT USAGE ON SCHEMA public TO jazari_app`);

    await db.query(`
      CREATE TABLE outbox_event (
        tenant_id     uuid        NOT NULL,
        id            uuid        NOT NULL,
        type          text        NOT NULL,
        version       smallint    NOT NULL,
        queue         text        NOT NULL,
        payload       jsonb       NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        published_at  timestamptz,
        publish_count integer     NOT NULL DEFAULT 0,
        done_at       timestamptz,
        CONSTRAINT pk_outbox_event PRIMARY KEY (tenant_id, id),
        CONSTRAINT ck_outbox_event_queue CHECK (queue IN ('notifications', 'webhooks', 'reports', 'maintenance'))
      )
    `);
    // The relay's work list: small, because done events leave it.
    await db.query(`CREATE INDEX ix_outbox_event_pending ON outbox_event (id) WHERE done_at IS NULL`);

    await db.query(`
      CREATE TABLE outbox_handled (
        tenant_id  uuid        NOT NULL,
        event_id   uuid        NOT NULL,
        handler    text        NOT NULL,
        handled_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_outbox_handled PRIMARY KEY (tenant_id, event_id, handler)
      )
    `);

    for (const table of ['outbox_event', 'outbox_handled']) {
      await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await db.query(`
        CREATE POLICY tenant_isolation ON ${table}
          USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
          WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
      `);
    }
    await db.query(`GRANT SELECT, INSERT ON outbox_event TO jazari_app`);
    await db.query(`GRANT UPDATE (done_at) ON outbox_event TO jazari_app`);
    await db.query(`GRANT SELECT, INSERT ON outbox_handled TO jazari_app`);

    // Wakes the relay; NOTIFY is delivered at commit, so rolled-back events wake nobody.
    await db.query(`
      CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox_event', '');
        RETURN NULL;
      END
      $$
    `);
    await db.query(`
      CREATE TRIGGER outbox_event_notify AFTER INSERT ON outbox_event
        FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify()
    `);

    // The relay claims events of every tenant, which the runtime role cannot read. This function runs as
    // the owner; the owner-only policy below lets it (and nothing else) see across tenants.
    await db.query(
      `CREATE POLICY relay_claim ON outbox_event TO CURRENT_USER USING (true) WITH CHECK (true)`,
    );
    await db.query(`
      CREATE FUNCTION outbox_claim(p_limit integer, p_republish_after interval)
      RETURNS TABLE (tenant_id uuid, id uuid, type text, version smallint, payload jsonb, publish_count integer)
      LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        UPDATE outbox_event AS o
           SET published_at = now(), publish_count = o.publish_count + 1
          FROM (
            SELECT e.tenant_id, e.id
              FROM outbox_event AS e
             WHERE e.done_at IS NULL
               AND (e.published_at IS NULL OR e.published_at < now() - p_republish_after)
             ORDER BY e.id
             LIMIT p_limit
               FOR UPDATE SKIP LOCKED
          ) AS c
         WHERE o.tenant_id = c.tenant_id AND o.id = c.id
        RETURNING o.tenant_id, o.id, o.type, o.version, o.payload, o.publish_count
      $$
    `);
    await db.query(`REVOKE ALL ON FUNCTION outbox_claim(integer, interval) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION outbox_claim(integer, interval) TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION outbox_claim(integer, interval)`);
    await db.query(`DROP TABLE outbox_handled`);
    await db.query(`DROP TABLE outbox_event`);
    await db.query(`DROP FUNCTION outbox_event_notify()`);
  }
}
