import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
const KIND = `current_setting('app.tenant_kind', true)`;

/** The organiser's rows: its own (all commands), Root reads all. */
async function organiserTable(db: QueryRunner, table: string, grants: string): Promise<void> {
  await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  await db.query(
    `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
  );
  await db.query(`CREATE POLICY root_read ON ${table} FOR SELECT USING (${KIND} = 'root')`);
  await db.query(`GRANT ${grants} ON ${table} TO jazari_app`);
}

/** A row under a workshop that everyone who sees the workshop reads (the workshop's own policies decide). */
const WORKSHOP_VISIBLE = (table: string) => `EXISTS (
  SELECT 1 FROM workshop w WHERE w.tenant_id = ${table}.tenant_id AND w.id = ${table}.workshop_id)`;

/** The caller's tenant co-organises the row's workshop. */
const CO_ORGANISER = (table: string) => `EXISTS (
  SELECT 1 FROM workshop_tenant p
   WHERE p.tenant_id = ${table}.tenant_id AND p.workshop_id = ${table}.workshop_id
     AND p.participant_tenant_id = ${TENANT} AND p.role = 'co_organiser')`;

/**
 * Issue 8: R&D workshops, seminars, co-design sessions, trainings and steering committees
 * (docs/workshops.md). Every row belongs to the organising tenant; co-organisers and audience tenants
 * read through `workshop_tenant`; their acts are written by the application in the organiser's scope
 * (onBehalfOf) once it has checked them.
 */
export class Workshops1764835200000 implements MigrationInterface {
  name = 'Workshops1764835200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE workshop (
        tenant_id                  uuid        NOT NULL,
        id                         uuid        NOT NULL,
        kind                       text        NOT NULL,
        title                      text        NOT NULL,
        description                text        NOT NULL DEFAULT '',
        languages                  text[]      NOT NULL DEFAULT '{fr}',
        starts_at                  timestamptz NOT NULL,
        ends_at                    timestamptz NOT NULL,
        time_zone                  text        NOT NULL DEFAULT 'Africa/Casablanca',
        venue                      text,
        online_url                 text,
        capacity                   integer,
        audience                   text        NOT NULL DEFAULT 'listed',
        registration_opens_at      timestamptz,
        registration_closes_at     timestamptz,
        status                     text        NOT NULL DEFAULT 'draft',
        check_in_code              text        NOT NULL,
        convention_tenant_id       uuid,
        convention_id              uuid,
        obligation_id              uuid,
        obligation_evidence_at     timestamptz,
        minutes                    text,
        decisions                  jsonb       NOT NULL DEFAULT '[]',
        minutes_published_at       timestamptz,
        version                    integer     NOT NULL DEFAULT 1,
        created_by                 uuid,
        created_at                 timestamptz NOT NULL DEFAULT now(),
        updated_at                 timestamptz NOT NULL DEFAULT now(),
        published_at               timestamptz,
        held_at                    timestamptz,
        cancelled_at               timestamptz,
        cancel_reason              text,
        CONSTRAINT pk_workshop PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_workshop_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_workshop_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
        CONSTRAINT ck_workshop_kind CHECK (kind IN ('workshop', 'seminar', 'co_design', 'training', 'steering_committee')),
        CONSTRAINT ck_workshop_status CHECK (status IN ('draft', 'published', 'held', 'cancelled')),
        CONSTRAINT ck_workshop_audience CHECK (audience IN ('network', 'listed')),
        CONSTRAINT ck_workshop_times CHECK (starts_at < ends_at),
        CONSTRAINT ck_workshop_registration CHECK (registration_opens_at IS NULL OR registration_closes_at IS NULL
          OR registration_opens_at < registration_closes_at),
        CONSTRAINT ck_workshop_capacity CHECK (capacity IS NULL OR capacity BETWEEN 1 AND 100000),
        CONSTRAINT ck_workshop_where CHECK (venue IS NOT NULL OR online_url IS NOT NULL),
        CONSTRAINT ck_workshop_obligation CHECK ((convention_id IS NULL) = (obligation_id IS NULL)
          AND (convention_id IS NULL) = (convention_tenant_id IS NULL))
      )
    `);
    await db.query(`CREATE INDEX ix_workshop_starts ON workshop (tenant_id, starts_at, id)`);
    await db.query(`CREATE INDEX ix_workshop_network ON workshop (starts_at, id) WHERE audience = 'network'`);

    // Co-organisers and audience tenants: the participant table the policies consult.
    await db.query(`
      CREATE TABLE workshop_tenant (
        tenant_id             uuid NOT NULL,
        workshop_id           uuid NOT NULL,
        participant_tenant_id uuid NOT NULL,
        role                  text NOT NULL,
        CONSTRAINT pk_workshop_tenant PRIMARY KEY (tenant_id, workshop_id, participant_tenant_id),
        CONSTRAINT fk_workshop_tenant_workshop FOREIGN KEY (tenant_id, workshop_id) REFERENCES workshop (tenant_id, id),
        CONSTRAINT fk_workshop_tenant_participant FOREIGN KEY (participant_tenant_id) REFERENCES tenant (id),
        CONSTRAINT ck_workshop_tenant_role CHECK (role IN ('co_organiser', 'audience')),
        CONSTRAINT ck_workshop_tenant_not_owner CHECK (participant_tenant_id <> tenant_id)
      )
    `);
    await db.query(
      `CREATE INDEX ix_workshop_tenant_participant ON workshop_tenant (participant_tenant_id, tenant_id, workshop_id)`,
    );
    await organiserTable(db, 'workshop_tenant', 'SELECT, INSERT, DELETE');
    // A participant reads its own participation (which is what the workshop's policy asks about); the
    // full list is read by the application in the organiser's scope once it has decided the caller sees it.
    await db.query(
      `CREATE POLICY participant_read ON workshop_tenant FOR SELECT USING (participant_tenant_id = ${TENANT})`,
    );

    await organiserTable(db, 'workshop', 'SELECT, INSERT');
    await db.query(
      `GRANT UPDATE (title, description, languages, starts_at, ends_at, time_zone, venue, online_url, capacity,
         audience, registration_opens_at, registration_closes_at, status, convention_tenant_id, convention_id,
         obligation_id, obligation_evidence_at, minutes, decisions, minutes_published_at, version, updated_at,
         published_at, held_at, cancelled_at, cancel_reason) ON workshop TO jazari_app`,
    );
    // Co-organisers read drafts too; audience tenants once published; a network-wide one, every tenant.
    await db.query(`
      CREATE POLICY participant_read ON workshop FOR SELECT USING (EXISTS (
        SELECT 1 FROM workshop_tenant p
         WHERE p.tenant_id = workshop.tenant_id AND p.workshop_id = workshop.id
           AND p.participant_tenant_id = ${TENANT}
           AND (p.role = 'co_organiser' OR workshop.status <> 'draft')))
    `);
    await db.query(
      `CREATE POLICY network_read ON workshop FOR SELECT USING (audience = 'network' AND status <> 'draft' AND ${TENANT} IS NOT NULL)`,
    );

    await db.query(`
      CREATE TABLE workshop_project (
        tenant_id         uuid NOT NULL,
        workshop_id       uuid NOT NULL,
        project_tenant_id uuid NOT NULL,
        project_id        uuid NOT NULL,
        CONSTRAINT pk_workshop_project PRIMARY KEY (tenant_id, workshop_id, project_tenant_id, project_id),
        CONSTRAINT fk_workshop_project_workshop FOREIGN KEY (tenant_id, workshop_id) REFERENCES workshop (tenant_id, id)
      )
    `);
    await organiserTable(db, 'workshop_project', 'SELECT, INSERT, DELETE');
    await db.query(
      `CREATE POLICY workshop_read ON workshop_project FOR SELECT USING (${WORKSHOP_VISIBLE('workshop_project')})`,
    );

    await db.query(`
      CREATE TABLE workshop_agenda_item (
        tenant_id       uuid        NOT NULL,
        id              uuid        NOT NULL,
        workshop_id     uuid        NOT NULL,
        position        integer     NOT NULL,
        starts_at       timestamptz,
        ends_at         timestamptz,
        title           text        NOT NULL,
        speaker_user_id uuid,
        speaker_name    text,
        CONSTRAINT pk_workshop_agenda_item PRIMARY KEY (tenant_id, id),
        CONSTRAINT uq_workshop_agenda_item_position UNIQUE (tenant_id, workshop_id, position),
        CONSTRAINT fk_workshop_agenda_item_workshop FOREIGN KEY (tenant_id, workshop_id) REFERENCES workshop (tenant_id, id),
        CONSTRAINT fk_workshop_agenda_item_speaker FOREIGN KEY (speaker_user_id) REFERENCES app_user (id)
      )
    `);
    await organiserTable(db, 'workshop_agenda_item', 'SELECT, INSERT, DELETE');
    await db.query(
      `CREATE POLICY workshop_read ON workshop_agenda_item FOR SELECT USING (${WORKSHOP_VISIBLE('workshop_agenda_item')})`,
    );

    // A person's place: invited, registered, waitlisted (first come, first promoted), declined, cancelled.
    await db.query(`
      CREATE TABLE workshop_registration (
        tenant_id            uuid        NOT NULL,
        id                   uuid        NOT NULL,
        workshop_id          uuid        NOT NULL,
        user_id              uuid        NOT NULL,
        registrant_tenant_id uuid        NOT NULL,
        status               text        NOT NULL,
        queued_at            timestamptz NOT NULL,
        invited_by           uuid,
        invited_at           timestamptz,
        checked_in_at        timestamptz,
        checked_in_by        uuid,
        check_in_failures    integer     NOT NULL DEFAULT 0,
        reminded_at          timestamptz,
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_workshop_registration PRIMARY KEY (tenant_id, id),
        CONSTRAINT uq_workshop_registration_user UNIQUE (tenant_id, workshop_id, user_id),
        CONSTRAINT fk_workshop_registration_workshop FOREIGN KEY (tenant_id, workshop_id) REFERENCES workshop (tenant_id, id),
        CONSTRAINT fk_workshop_registration_user FOREIGN KEY (user_id) REFERENCES app_user (id),
        CONSTRAINT fk_workshop_registration_registrant FOREIGN KEY (registrant_tenant_id) REFERENCES tenant (id),
        CONSTRAINT ck_workshop_registration_status CHECK (status IN ('invited', 'declined', 'registered', 'waitlisted', 'cancelled')),
        CONSTRAINT ck_workshop_registration_check_in CHECK (checked_in_at IS NULL OR status = 'registered')
      )
    `);
    await db.query(
      `CREATE INDEX ix_workshop_registration_queue ON workshop_registration (tenant_id, workshop_id, status, queued_at, id)`,
    );
    await db.query(`CREATE INDEX ix_workshop_registration_user ON workshop_registration (user_id, status)`);
    await organiserTable(db, 'workshop_registration', 'SELECT, INSERT');
    await db.query(
      `GRANT UPDATE (status, queued_at, invited_by, invited_at, checked_in_at, checked_in_by, check_in_failures,
         reminded_at, updated_at) ON workshop_registration TO jazari_app`,
    );
    await db.query(
      `CREATE POLICY registrant_read ON workshop_registration FOR SELECT USING (registrant_tenant_id = ${TENANT})`,
    );
    await db.query(
      `CREATE POLICY co_organiser_read ON workshop_registration FOR SELECT USING (${CO_ORGANISER('workshop_registration')})`,
    );

    await db.query(`
      CREATE TABLE workshop_action_item (
        tenant_id        uuid        NOT NULL,
        id               uuid        NOT NULL,
        workshop_id      uuid        NOT NULL,
        title            text        NOT NULL,
        assignee_user_id uuid,
        assignee_name    text,
        due_date         date,
        status           text        NOT NULL DEFAULT 'open',
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_workshop_action_item PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_workshop_action_item_workshop FOREIGN KEY (tenant_id, workshop_id) REFERENCES workshop (tenant_id, id),
        CONSTRAINT fk_workshop_action_item_assignee FOREIGN KEY (assignee_user_id) REFERENCES app_user (id),
        CONSTRAINT ck_workshop_action_item_status CHECK (status IN ('open', 'in_progress', 'done', 'cancelled'))
      )
    `);
    await db.query(
      `CREATE INDEX ix_workshop_action_item_workshop ON workshop_action_item (tenant_id, workshop_id, id)`,
    );
    await organiserTable(db, 'workshop_action_item', 'SELECT, INSERT');
    await db.query(
      `GRANT UPDATE (title, assignee_user_id, assignee_name, due_date, status, updated_at) ON workshop_action_item TO jazari_app`,
    );
    await db.query(
      `CREATE POLICY workshop_read ON workshop_action_item FOR SELECT USING (${WORKSHOP_VISIBLE('workshop_action_item')})`,
    );

    // Produced deliverables: project deliverables of any institute (no foreign key across tenants).
    await db.query(`
      CREATE TABLE workshop_deliverable (
        tenant_id             uuid        NOT NULL,
        workshop_id           uuid        NOT NULL,
        deliverable_tenant_id uuid        NOT NULL,
        deliverable_id        uuid        NOT NULL,
        project_id            uuid        NOT NULL,
        title                 text        NOT NULL,
        linked_at             timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_workshop_deliverable PRIMARY KEY (tenant_id, workshop_id, deliverable_tenant_id, deliverable_id),
        CONSTRAINT fk_workshop_deliverable_workshop FOREIGN KEY (tenant_id, workshop_id) REFERENCES workshop (tenant_id, id)
      )
    `);
    await organiserTable(db, 'workshop_deliverable', 'SELECT, INSERT, DELETE');
    await db.query(
      `CREATE POLICY workshop_read ON workshop_deliverable FOR SELECT USING (${WORKSHOP_VISIBLE('workshop_deliverable')})`,
    );

    // A person's calendar feed: only the token's SHA-256 is kept; revoked feeds answer nothing.
    await db.query(`
      CREATE TABLE workshop_calendar_feed (
        tenant_id  uuid        NOT NULL,
        id         uuid        NOT NULL,
        user_id    uuid        NOT NULL,
        token_hash bytea       NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        CONSTRAINT pk_workshop_calendar_feed PRIMARY KEY (tenant_id, id),
        CONSTRAINT uq_workshop_calendar_feed_token UNIQUE (tenant_id, token_hash),
        CONSTRAINT fk_workshop_calendar_feed_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_workshop_calendar_feed_user FOREIGN KEY (user_id) REFERENCES app_user (id),
        CONSTRAINT ck_workshop_calendar_feed_hash CHECK (octet_length(token_hash) = 32)
      )
    `);
    await db.query(`CREATE INDEX ix_workshop_calendar_feed_hash ON workshop_calendar_feed (token_hash)`);
    await db.query(`ALTER TABLE workshop_calendar_feed ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE workshop_calendar_feed FORCE ROW LEVEL SECURITY`);
    // A person's own feeds, in the tenant they created them in.
    await db.query(
      `CREATE POLICY own_feeds ON workshop_calendar_feed
         USING (tenant_id = ${TENANT} AND user_id = NULLIF(current_setting('app.user_id', true), '')::uuid)
         WITH CHECK (tenant_id = ${TENANT} AND user_id = NULLIF(current_setting('app.user_id', true), '')::uuid)`,
    );
    await db.query(`GRANT SELECT, INSERT ON workshop_calendar_feed TO jazari_app`);
    await db.query(`GRANT UPDATE (revoked_at) ON workshop_calendar_feed TO jazari_app`);

    // The feed is fetched by calendar clients with its secret URL only, outside any tenant: this function
    // runs as the owner (feed_read) and answers only the events of the feed's person.
    for (const table of ['workshop_calendar_feed', 'workshop', 'workshop_registration']) {
      await db.query(`CREATE POLICY feed_read ON ${table} FOR SELECT TO CURRENT_USER USING (true)`);
    }
    await db.query(`
      CREATE FUNCTION workshop_feed_events(p_token_hash bytea)
      RETURNS TABLE (workshop_id uuid, title text, description text, starts_at timestamptz, ends_at timestamptz,
                     time_zone text, venue text, online_url text, status text, version integer, updated_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT w.id, w.title, w.description, w.starts_at, w.ends_at, w.time_zone, w.venue, w.online_url,
               w.status, w.version, w.updated_at
          FROM workshop_calendar_feed f
          JOIN workshop_registration r ON r.user_id = f.user_id AND r.status = 'registered'
          JOIN workshop w ON w.tenant_id = r.tenant_id AND w.id = r.workshop_id AND w.status <> 'draft'
         WHERE f.token_hash = p_token_hash AND f.revoked_at IS NULL
         ORDER BY w.starts_at, w.id
         LIMIT 500
      $$
    `);
    await db.query(`
      CREATE FUNCTION workshop_feed_valid(p_token_hash bytea) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT EXISTS (SELECT 1 FROM workshop_calendar_feed WHERE token_hash = p_token_hash AND revoked_at IS NULL)
      $$
    `);
    await db.query(`REVOKE ALL ON FUNCTION workshop_feed_valid(bytea) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION workshop_feed_valid(bytea) TO jazari_app`);
    await db.query(`REVOKE ALL ON FUNCTION workshop_feed_events(bytea) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION workshop_feed_events(bytea) TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION workshop_feed_events(bytea)`);
    await db.query(`DROP FUNCTION workshop_feed_valid(bytea)`);
    for (const table of [
      'workshop_calendar_feed',
      'workshop_deliverable',
      'workshop_action_item',
      'workshop_registration',
      'workshop_agenda_item',
      'workshop_project',
      'workshop_tenant',
      'workshop',
    ]) {
      await db.query(`DROP TABLE ${table} CASCADE`);
    }
  }
}
