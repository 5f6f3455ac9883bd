import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
const KIND = `current_setting('app.tenant_kind', true)`;

/** Every resources table: the owner's rows, RLS forced, the owner does everything, Root reads all. */
async function ownerTable(db: QueryRunner, table: string): Promise<void> {
  await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  await db.query(
    `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
  );
  await db.query(`CREATE POLICY root_read ON ${table} FOR SELECT USING (${KIND} = 'root')`);
}

/**
 * Issue 7: shared resources — the catalogue (`resource`, its listed viewers and fair shares), allocations
 * and their usage, bookings that never overlap (an exclusion constraint on a `tstzrange`). Every row is
 * the resource owner's; requesters read theirs through `requester_tenant_id`, viewers read the catalogue
 * through `visibility` / `resource_visibility`. Requesters' acts are written by the application in the
 * owner's scope (onBehalfOf) after its checks: no policy lets another tenant write the owner's rows.
 */
export class Resources1764748800000 implements MigrationInterface {
  name = 'Resources1764748800000';

  async up(db: QueryRunner): Promise<void> {
    // Trusted since PostgreSQL 13: the database owner (the migration's role) may create it.
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await db.query(`
      CREATE TABLE resource (
        tenant_id         uuid          NOT NULL,
        id                uuid          NOT NULL,
        kind              text          NOT NULL,
        name              text          NOT NULL,
        description       text          NOT NULL DEFAULT '',
        unit              text          NOT NULL,
        capacity          numeric(15,3) NOT NULL,
        period            text          NOT NULL,
        region_code       text          NOT NULL,
        visibility        text          NOT NULL DEFAULT 'network',
        status            text          NOT NULL DEFAULT 'available',
        terms             text          NOT NULL DEFAULT '',
        terms_version     integer       NOT NULL DEFAULT 1,
        default_share     numeric(15,3),
        large_threshold   numeric(15,3),
        bookable          boolean       NOT NULL DEFAULT false,
        direct_booking    boolean       NOT NULL DEFAULT false,
        version           integer       NOT NULL DEFAULT 1,
        created_by        uuid,
        created_at        timestamptz   NOT NULL DEFAULT now(),
        updated_at        timestamptz   NOT NULL DEFAULT now(),
        search            text GENERATED ALWAYS AS (jazari_fold(name || ' ' || description)) STORED,
        CONSTRAINT pk_resource PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_resource_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_resource_region FOREIGN KEY (region_code) REFERENCES region (code),
        CONSTRAINT ck_resource_kind CHECK (kind IN (
          'compute', 'dataset', 'model', 'lab', 'equipment', 'expertise', 'software_licence')),
        CONSTRAINT ck_resource_unit CHECK (unit IN (
          'gpu_hour', 'cpu_hour', 'TB', 'GB', 'seat', 'slot', 'day', 'hour', 'licence', 'request')),
        CONSTRAINT ck_resource_period CHECK (period IN ('month', 'quarter', 'year')),
        CONSTRAINT ck_resource_visibility CHECK (visibility IN ('network', 'listed')),
        CONSTRAINT ck_resource_status CHECK (status IN ('available', 'maintenance', 'retired')),
        CONSTRAINT ck_resource_name CHECK (length(name) BETWEEN 1 AND 200),
        CONSTRAINT ck_resource_quantities CHECK (capacity > 0
          AND (default_share IS NULL OR default_share > 0)
          AND (large_threshold IS NULL OR large_threshold > 0)),
        CONSTRAINT ck_resource_direct_booking CHECK (bookable OR NOT direct_booking)
      )
    `);
    await db.query(`CREATE INDEX ix_resource_kind ON resource (tenant_id, kind, id DESC)`);
    await db.query(`CREATE INDEX ix_resource_id ON resource (id DESC)`);
    await db.query(`CREATE INDEX ix_resource_network ON resource (id DESC) WHERE visibility = 'network'`);

    // Listed viewers of a `listed` resource.
    await db.query(`
      CREATE TABLE resource_visibility (
        tenant_id        uuid NOT NULL,
        resource_id      uuid NOT NULL,
        viewer_tenant_id uuid NOT NULL,
        CONSTRAINT pk_resource_visibility PRIMARY KEY (tenant_id, resource_id, viewer_tenant_id),
        CONSTRAINT fk_resource_visibility_resource FOREIGN KEY (tenant_id, resource_id) REFERENCES resource (tenant_id, id),
        CONSTRAINT fk_resource_visibility_viewer FOREIGN KEY (viewer_tenant_id) REFERENCES tenant (id)
      )
    `);
    await db.query(
      `CREATE INDEX ix_resource_visibility_viewer ON resource_visibility (viewer_tenant_id, tenant_id, resource_id)`,
    );
    await ownerTable(db, 'resource_visibility');
    await db.query(
      `CREATE POLICY viewer_read ON resource_visibility FOR SELECT USING (viewer_tenant_id = ${TENANT})`,
    );
    await db.query(`GRANT SELECT, INSERT, DELETE ON resource_visibility TO jazari_app`);

    // The catalogue: the owner, Root, and every tenant the resource is visible to read it.
    await ownerTable(db, 'resource');
    await db.query(`
      CREATE POLICY visible_read ON resource FOR SELECT USING (
        ${TENANT} IS NOT NULL AND (
          visibility = 'network'
          OR EXISTS (SELECT 1 FROM resource_visibility v
                      WHERE v.tenant_id = resource.tenant_id AND v.resource_id = resource.id
                        AND v.viewer_tenant_id = ${TENANT})))
    `);
    await db.query(`GRANT SELECT, INSERT ON resource TO jazari_app`);
    await db.query(
      `GRANT UPDATE (name, description, capacity, period, region_code, visibility, status, terms, terms_version, default_share, large_threshold, bookable, direct_booking, version, updated_at) ON resource TO jazari_app`,
    );

    // Fair shares per tenant (overriding the resource's default share), per period.
    await db.query(`
      CREATE TABLE resource_share (
        tenant_id       uuid          NOT NULL,
        resource_id     uuid          NOT NULL,
        share_tenant_id uuid          NOT NULL,
        quantity        numeric(15,3) NOT NULL,
        updated_at      timestamptz   NOT NULL DEFAULT now(),
        CONSTRAINT pk_resource_share PRIMARY KEY (tenant_id, resource_id, share_tenant_id),
        CONSTRAINT fk_resource_share_resource FOREIGN KEY (tenant_id, resource_id) REFERENCES resource (tenant_id, id),
        CONSTRAINT fk_resource_share_tenant FOREIGN KEY (share_tenant_id) REFERENCES tenant (id),
        CONSTRAINT ck_resource_share_quantity CHECK (quantity >= 0)
      )
    `);
    await ownerTable(db, 'resource_share');
    await db.query(
      `CREATE POLICY holder_read ON resource_share FOR SELECT USING (share_tenant_id = ${TENANT})`,
    );
    await db.query(`GRANT SELECT, INSERT, DELETE ON resource_share TO jazari_app`);
    await db.query(`GRANT UPDATE (quantity, updated_at) ON resource_share TO jazari_app`);

    // Allocations live with the resource (the owner decides and its capacity is locked there); the
    // requester reads its own through requester_tenant_id. The project is the requester's: no FK.
    await db.query(`
      CREATE TABLE resource_allocation (
        tenant_id            uuid          NOT NULL,
        id                   uuid          NOT NULL,
        resource_id          uuid          NOT NULL,
        requester_tenant_id  uuid          NOT NULL,
        project_id           uuid          NOT NULL,
        requested_by         uuid,
        quantity_requested   numeric(15,3) NOT NULL,
        quantity_approved    numeric(15,3),
        quantity_used        numeric(15,3) NOT NULL DEFAULT 0,
        starts_on            date          NOT NULL,
        ends_on              date          NOT NULL,
        period_start         date          NOT NULL,
        justification        text          NOT NULL,
        terms_version        integer       NOT NULL,
        status               text          NOT NULL DEFAULT 'pending',
        needs_root           boolean       NOT NULL DEFAULT false,
        decision_reason      text,
        decided_by           uuid,
        decided_at           timestamptz,
        root_decided_by      uuid,
        root_decided_at      timestamptz,
        activated_at         timestamptz,
        closed_at            timestamptz,
        notice_80_at         timestamptz,
        notice_100_at        timestamptz,
        expiry_notice_at     timestamptz,
        version              integer       NOT NULL DEFAULT 1,
        created_at           timestamptz   NOT NULL DEFAULT now(),
        updated_at           timestamptz   NOT NULL DEFAULT now(),
        CONSTRAINT pk_resource_allocation PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_resource_allocation_resource FOREIGN KEY (tenant_id, resource_id) REFERENCES resource (tenant_id, id),
        CONSTRAINT fk_resource_allocation_requester FOREIGN KEY (requester_tenant_id) REFERENCES tenant (id),
        CONSTRAINT ck_resource_allocation_status CHECK (status IN (
          'pending', 'awaiting_root', 'approved', 'rejected', 'active', 'expired', 'revoked')),
        CONSTRAINT ck_resource_allocation_dates CHECK (starts_on <= ends_on AND period_start <= starts_on),
        CONSTRAINT ck_resource_allocation_quantities CHECK (quantity_requested > 0
          AND (quantity_approved IS NULL OR (quantity_approved > 0 AND quantity_approved <= quantity_requested))
          AND quantity_used >= 0
          AND (quantity_approved IS NULL OR quantity_used <= quantity_approved)),
        CONSTRAINT ck_resource_allocation_justification CHECK (length(justification) BETWEEN 1 AND 4000)
      )
    `);
    await db.query(
      `CREATE INDEX ix_resource_allocation_period ON resource_allocation (tenant_id, resource_id, period_start)`,
    );
    await db.query(
      `CREATE INDEX ix_resource_allocation_requester ON resource_allocation (requester_tenant_id, id DESC)`,
    );
    await db.query(
      `CREATE INDEX ix_resource_allocation_status ON resource_allocation (tenant_id, status, id DESC)`,
    );
    await db.query(
      `CREATE INDEX ix_resource_allocation_open ON resource_allocation (ends_on) WHERE status IN ('approved', 'active')`,
    );
    await ownerTable(db, 'resource_allocation');
    await db.query(
      `CREATE POLICY requester_read ON resource_allocation FOR SELECT USING (requester_tenant_id = ${TENANT})`,
    );
    await db.query(`GRANT SELECT, INSERT ON resource_allocation TO jazari_app`);
    await db.query(
      `GRANT UPDATE (quantity_approved, quantity_used, status, decision_reason, decided_by, decided_at, root_decided_by, root_decided_at, activated_at, closed_at, notice_80_at, notice_100_at, expiry_notice_at, version, updated_at) ON resource_allocation TO jazari_app`,
    );

    await db.query(`
      CREATE TABLE resource_usage (
        tenant_id            uuid          NOT NULL,
        id                   uuid          NOT NULL,
        allocation_id        uuid          NOT NULL,
        requester_tenant_id  uuid          NOT NULL,
        quantity             numeric(15,3) NOT NULL,
        occurred_at          timestamptz   NOT NULL,
        note                 text,
        recorded_by_tenant_id uuid         NOT NULL,
        recorded_by_user_id  uuid,
        recorded_by_api_key_id uuid,
        recorded_at          timestamptz   NOT NULL DEFAULT now(),
        CONSTRAINT pk_resource_usage PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_resource_usage_allocation FOREIGN KEY (tenant_id, allocation_id) REFERENCES resource_allocation (tenant_id, id),
        CONSTRAINT ck_resource_usage_quantity CHECK (quantity > 0)
      )
    `);
    await db.query(
      `CREATE INDEX ix_resource_usage_allocation ON resource_usage (tenant_id, allocation_id, id DESC)`,
    );
    await ownerTable(db, 'resource_usage');
    await db.query(
      `CREATE POLICY requester_read ON resource_usage FOR SELECT USING (requester_tenant_id = ${TENANT})`,
    );
    await db.query(`GRANT SELECT, INSERT ON resource_usage TO jazari_app`);

    // No two live bookings of one resource overlap: enforced here, not by a read-then-write check.
    await db.query(`
      CREATE TABLE resource_booking (
        tenant_id         uuid        NOT NULL,
        id                uuid        NOT NULL,
        resource_id       uuid        NOT NULL,
        allocation_id     uuid,
        booker_tenant_id  uuid        NOT NULL,
        booked_by         uuid,
        during            tstzrange   NOT NULL,
        note              text,
        status            text        NOT NULL DEFAULT 'confirmed',
        sequence          integer     NOT NULL DEFAULT 0,
        cancelled_at      timestamptz,
        cancelled_by      uuid,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_resource_booking PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_resource_booking_resource FOREIGN KEY (tenant_id, resource_id) REFERENCES resource (tenant_id, id),
        CONSTRAINT fk_resource_booking_allocation FOREIGN KEY (tenant_id, allocation_id) REFERENCES resource_allocation (tenant_id, id),
        CONSTRAINT fk_resource_booking_booker FOREIGN KEY (booker_tenant_id) REFERENCES tenant (id),
        CONSTRAINT ck_resource_booking_status CHECK (status IN ('confirmed', 'cancelled')),
        CONSTRAINT ck_resource_booking_cancelled CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
        CONSTRAINT ck_resource_booking_during CHECK (NOT isempty(during) AND lower_inc(during) AND NOT upper_inc(during)
          AND NOT lower_inf(during) AND NOT upper_inf(during)),
        CONSTRAINT ex_resource_booking_overlap EXCLUDE USING gist (
          tenant_id WITH =, resource_id WITH =, during WITH &&) WHERE (status <> 'cancelled')
      )
    `);
    await db.query(
      `CREATE INDEX ix_resource_booking_booker ON resource_booking (booker_tenant_id, tenant_id, id DESC)`,
    );
    await ownerTable(db, 'resource_booking');
    // Whoever sees the resource sees when it is taken (its calendar); RLS on resource decides who that is.
    await db.query(`
      CREATE POLICY visible_read ON resource_booking FOR SELECT USING (EXISTS (
        SELECT 1 FROM resource r WHERE r.tenant_id = resource_booking.tenant_id AND r.id = resource_booking.resource_id))
    `);
    await db.query(`GRANT SELECT, INSERT ON resource_booking TO jazari_app`);
    await db.query(
      `GRANT UPDATE (status, sequence, cancelled_at, cancelled_by, updated_at) ON resource_booking TO jazari_app`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'resource_booking',
      'resource_usage',
      'resource_allocation',
      'resource_share',
      'resource_visibility',
      'resource',
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
