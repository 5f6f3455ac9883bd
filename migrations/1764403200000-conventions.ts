import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
const KIND = `current_setting('app.tenant_kind', true)`;

/** A party reads the convention (and everything under it) it is a party to. */
const PARTY_OF = (table: string, column: string) => `EXISTS (
  SELECT 1 FROM convention_party cp
   WHERE cp.tenant_id = ${table}.tenant_id AND cp.convention_id = ${table}.${column}
     AND cp.party_tenant_id = ${TENANT})`;

/**
 * A convention table: the owner (Root or an institute) does everything; Root reads all; each party reads
 * the conventions it is a party to (through `convention_party`). Parties' own acts — signing, declining,
 * marking an obligation met — are written by the application in the owner's scope (onBehalfOf) after it
 * has checked who the caller is; the rows stay the owner's.
 */
async function conventionTable(
  db: QueryRunner,
  table: string,
  column: string,
  grants: string,
): Promise<void> {
  await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  await db.query(
    `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
  );
  await db.query(`CREATE POLICY root_read ON ${table} FOR SELECT USING (${KIND} = 'root')`);
  await db.query(`CREATE POLICY party_read ON ${table} FOR SELECT USING (${PARTY_OF(table, column)})`);
  // The public verification answers from outside any tenant through a SECURITY DEFINER function.
  await db.query(`CREATE POLICY verifier_read ON ${table} FOR SELECT TO CURRENT_USER USING (true)`);
  await db.query(`GRANT ${grants} ON ${table} TO jazari_app`);
}

/**
 * Issue 5: partnership conventions — parties, documents and their versions, signers and signatures,
 * the per-convention evidence chain and its seals, obligations — and the reference-number counter.
 */
export class Conventions1764403200000 implements MigrationInterface {
  name = 'Conventions1764403200000';

  async up(db: QueryRunner): Promise<void> {
    // Reference numbers: `<OWNER CODE>-<YEAR>-<NNNN>`, one sequence per owner and year.
    await db.query(`
      CREATE TABLE convention_counter (
        tenant_id uuid    NOT NULL,
        year      integer NOT NULL,
        last_seq  integer NOT NULL,
        CONSTRAINT pk_convention_counter PRIMARY KEY (tenant_id, year),
        CONSTRAINT fk_convention_counter_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id)
      )
    `);
    await db.query(`ALTER TABLE convention_counter ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE convention_counter FORCE ROW LEVEL SECURITY`);
    await db.query(
      `CREATE POLICY tenant_isolation ON convention_counter USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
    );
    await db.query(`GRANT SELECT, INSERT, UPDATE ON convention_counter TO jazari_app`);

    await db.query(`
      CREATE TABLE convention (
        tenant_id              uuid          NOT NULL,
        id                     uuid          NOT NULL,
        reference              text          NOT NULL,
        ref_year               integer       NOT NULL,
        ref_seq                integer       NOT NULL,
        title                  text          NOT NULL,
        type                   text          NOT NULL,
        status                 text          NOT NULL DEFAULT 'draft',
        parent_id              uuid,
        effective_date         date,
        expiry_date            date,
        value_mad              numeric(16,2),
        signing_deadline       date,
        reminder_interval_days integer       NOT NULL DEFAULT 3,
        version                integer       NOT NULL DEFAULT 1,
        created_by             uuid          NOT NULL,
        created_at             timestamptz   NOT NULL DEFAULT now(),
        updated_at             timestamptz   NOT NULL DEFAULT now(),
        sent_at                timestamptz,
        activated_at           timestamptz,
        closed_at              timestamptz,
        close_reason           text,
        CONSTRAINT pk_convention PRIMARY KEY (tenant_id, id),
        CONSTRAINT uq_convention_reference UNIQUE (tenant_id, reference),
        CONSTRAINT uq_convention_ref_seq UNIQUE (tenant_id, ref_year, ref_seq),
        CONSTRAINT fk_convention_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_convention_parent FOREIGN KEY (tenant_id, parent_id) REFERENCES convention (tenant_id, id),
        CONSTRAINT fk_convention_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
        CONSTRAINT ck_convention_type CHECK (type IN (
          'framework', 'partnership', 'rnd_collaboration', 'data_sharing', 'mou', 'amendment')),
        CONSTRAINT ck_convention_status CHECK (status IN (
          'draft', 'in_review', 'out_for_signature', 'active', 'expired', 'terminated', 'declined', 'voided')),
        CONSTRAINT ck_convention_amendment CHECK ((type = 'amendment') = (parent_id IS NOT NULL)),
        CONSTRAINT ck_convention_dates CHECK (effective_date IS NULL OR expiry_date IS NULL OR effective_date <= expiry_date),
        CONSTRAINT ck_convention_value CHECK (value_mad IS NULL OR value_mad >= 0),
        CONSTRAINT ck_convention_reminders CHECK (reminder_interval_days BETWEEN 1 AND 60)
      )
    `);
    await db.query(`CREATE INDEX ix_convention_status ON convention (tenant_id, status, id DESC)`);
    await db.query(
      `CREATE INDEX ix_convention_parent ON convention (tenant_id, parent_id) WHERE parent_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX ix_convention_expiry ON convention (expiry_date) WHERE status = 'active'`);

    await db.query(`
      CREATE TABLE convention_party (
        tenant_id       uuid    NOT NULL,
        convention_id   uuid    NOT NULL,
        party_tenant_id uuid    NOT NULL,
        role_label      text    NOT NULL,
        position        integer NOT NULL DEFAULT 0,
        CONSTRAINT pk_convention_party PRIMARY KEY (tenant_id, convention_id, party_tenant_id),
        CONSTRAINT fk_convention_party_convention FOREIGN KEY (tenant_id, convention_id) REFERENCES convention (tenant_id, id),
        CONSTRAINT fk_convention_party_party FOREIGN KEY (party_tenant_id) REFERENCES tenant (id),
        CONSTRAINT ck_convention_party_role CHECK (length(role_label) BETWEEN 1 AND 60)
      )
    `);
    await db.query(
      `CREATE INDEX ix_convention_party_party ON convention_party (party_tenant_id, tenant_id, convention_id)`,
    );
    await db.query(`ALTER TABLE convention_party ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE convention_party FORCE ROW LEVEL SECURITY`);
    await db.query(
      `CREATE POLICY tenant_isolation ON convention_party USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
    );
    await db.query(`CREATE POLICY root_read ON convention_party FOR SELECT USING (${KIND} = 'root')`);
    // A party sees every party of a convention it is a party to. A policy cannot query its own table
    // (recursion), so the membership test is a SECURITY DEFINER function run as the owner, whose own
    // reads pass through verifier_read; the policy applies to the runtime role only.
    await db.query(`
      CREATE FUNCTION convention_party_member(p_owner uuid, p_convention uuid) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT EXISTS (SELECT 1 FROM convention_party
                        WHERE tenant_id = p_owner AND convention_id = p_convention AND party_tenant_id = ${TENANT})
      $$
    `);
    await db.query(`REVOKE ALL ON FUNCTION convention_party_member(uuid, uuid) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION convention_party_member(uuid, uuid) TO jazari_app`);
    await db.query(
      `CREATE POLICY party_read ON convention_party FOR SELECT TO jazari_app USING (convention_party_member(tenant_id, convention_id))`,
    );
    await db.query(`CREATE POLICY verifier_read ON convention_party FOR SELECT TO CURRENT_USER USING (true)`);
    await db.query(`GRANT SELECT, INSERT, DELETE ON convention_party TO jazari_app`);
    await db.query(`GRANT UPDATE (role_label, position) ON convention_party TO jazari_app`);

    // The convention's own policies consult convention_party, so they come after it.
    await conventionTable(db, 'convention', 'id', 'SELECT, INSERT');
    await db.query(
      `GRANT UPDATE (title, type, status, effective_date, expiry_date, value_mad, signing_deadline, reminder_interval_days, version, updated_at, sent_at, activated_at, closed_at, close_reason) ON convention TO jazari_app`,
    );

    await db.query(`
      CREATE TABLE convention_priority (
        tenant_id     uuid NOT NULL,
        convention_id uuid NOT NULL,
        priority_code text NOT NULL,
        CONSTRAINT pk_convention_priority PRIMARY KEY (tenant_id, convention_id, priority_code),
        CONSTRAINT fk_convention_priority_convention FOREIGN KEY (tenant_id, convention_id) REFERENCES convention (tenant_id, id),
        CONSTRAINT fk_convention_priority_code FOREIGN KEY (priority_code) REFERENCES national_priority (code)
      )
    `);
    await conventionTable(db, 'convention_priority', 'convention_id', 'SELECT, INSERT, DELETE');

    // Linked projects may belong to any institute: no foreign key across tenants (checked by the service).
    await db.query(`
      CREATE TABLE convention_project (
        tenant_id         uuid NOT NULL,
        convention_id     uuid NOT NULL,
        project_tenant_id uuid NOT NULL,
        project_id        uuid NOT NULL,
        CONSTRAINT pk_convention_project PRIMARY KEY (tenant_id, convention_id, project_tenant_id, project_id),
        CONSTRAINT fk_convention_project_convention FOREIGN KEY (tenant_id, convention_id) REFERENCES convention (tenant_id, id)
      )
    `);
    await conventionTable(db, 'convention_project', 'convention_id', 'SELECT, INSERT, DELETE');

    await db.query(`
      CREATE TABLE convention_document (
        tenant_id     uuid        NOT NULL,
        id            uuid        NOT NULL,
        convention_id uuid        NOT NULL,
        version       integer     NOT NULL,
        filename      text        NOT NULL,
        content_type  text        NOT NULL DEFAULT 'application/pdf',
        size_bytes    bigint      NOT NULL,
        sha256        bytea       NOT NULL,
        storage_key   text        NOT NULL,
        uploaded_by   uuid        NOT NULL,
        uploaded_at   timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_convention_document PRIMARY KEY (tenant_id, id),
        CONSTRAINT uq_convention_document_version UNIQUE (tenant_id, convention_id, version),
        CONSTRAINT fk_convention_document_convention FOREIGN KEY (tenant_id, convention_id) REFERENCES convention (tenant_id, id),
        CONSTRAINT ck_convention_document_sha256 CHECK (octet_length(sha256) = 32)
      )
    `);
    await db.query(`CREATE INDEX ix_convention_document_sha256 ON convention_document (sha256)`);
    await conventionTable(db, 'convention_document', 'convention_id', 'SELECT, INSERT');

    // Who signs for which party, in which step (equal steps sign in parallel).
    await db.query(`
      CREATE TABLE convention_signer (
        tenant_id        uuid        NOT NULL,
        id               uuid        NOT NULL,
        convention_id    uuid        NOT NULL,
        party_tenant_id  uuid        NOT NULL,
        user_id          uuid        NOT NULL,
        step             integer     NOT NULL,
        status           text        NOT NULL DEFAULT 'pending',
        acted_at         timestamptz,
        decline_reason   text,
        last_reminded_at timestamptz,
        reminders_sent   integer     NOT NULL DEFAULT 0,
        CONSTRAINT pk_convention_signer PRIMARY KEY (tenant_id, id),
        CONSTRAINT uq_convention_signer_user UNIQUE (tenant_id, convention_id, party_tenant_id, user_id),
        CONSTRAINT fk_convention_signer_party FOREIGN KEY (tenant_id, convention_id, party_tenant_id)
          REFERENCES convention_party (tenant_id, convention_id, party_tenant_id),
        CONSTRAINT fk_convention_signer_user FOREIGN KEY (user_id) REFERENCES app_user (id),
        CONSTRAINT ck_convention_signer_step CHECK (step BETWEEN 1 AND 20),
        CONSTRAINT ck_convention_signer_status CHECK (status IN ('pending', 'signed', 'declined', 'cancelled'))
      )
    `);
    await db.query(
      `CREATE INDEX ix_convention_signer_convention ON convention_signer (tenant_id, convention_id, step)`,
    );
    await db.query(`CREATE INDEX ix_convention_signer_user ON convention_signer (user_id, status)`);
    await conventionTable(db, 'convention_signer', 'convention_id', 'SELECT, INSERT, DELETE');
    await db.query(
      `GRANT UPDATE (step, status, acted_at, decline_reason, last_reminded_at, reminders_sent) ON convention_signer TO jazari_app`,
    );

    // What a signature records: the document's hash, who, for which party, when, from where, how.
    await db.query(`
      CREATE TABLE convention_signature (
        tenant_id       uuid        NOT NULL,
        id              uuid        NOT NULL,
        convention_id   uuid        NOT NULL,
        signer_id       uuid        NOT NULL,
        document_id     uuid        NOT NULL,
        document_sha256 bytea       NOT NULL,
        user_id         uuid        NOT NULL,
        party_tenant_id uuid        NOT NULL,
        signed_at       timestamptz NOT NULL DEFAULT now(),
        ip              text,
        user_agent      text,
        method          text        NOT NULL,
        cancelled_at    timestamptz,
        CONSTRAINT pk_convention_signature PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_convention_signature_signer FOREIGN KEY (tenant_id, signer_id) REFERENCES convention_signer (tenant_id, id),
        CONSTRAINT fk_convention_signature_document FOREIGN KEY (tenant_id, document_id) REFERENCES convention_document (tenant_id, id),
        CONSTRAINT fk_convention_signature_convention FOREIGN KEY (tenant_id, convention_id) REFERENCES convention (tenant_id, id),
        CONSTRAINT ck_convention_signature_sha256 CHECK (octet_length(document_sha256) = 32),
        CONSTRAINT ck_convention_signature_method CHECK (method IN ('password'))
      )
    `);
    await db.query(
      `CREATE INDEX ix_convention_signature_convention ON convention_signature (tenant_id, convention_id)`,
    );
    await conventionTable(db, 'convention_signature', 'convention_id', 'SELECT, INSERT');
    await db.query(`GRANT UPDATE (cancelled_at) ON convention_signature TO jazari_app`);

    // The evidence: every event of a convention, hash-chained per convention; append-only.
    await db.query(`
      CREATE TABLE convention_event (
        tenant_id       uuid        NOT NULL,
        convention_id   uuid        NOT NULL,
        seq             integer     NOT NULL,
        id              uuid        NOT NULL,
        occurred_at     timestamptz NOT NULL,
        type            text        NOT NULL,
        actor_user_id   uuid,
        actor_tenant_id uuid,
        data            jsonb       NOT NULL,
        prev_hash       bytea       NOT NULL,
        hash            bytea       NOT NULL,
        CONSTRAINT pk_convention_event PRIMARY KEY (tenant_id, convention_id, seq),
        CONSTRAINT uq_convention_event_id UNIQUE (tenant_id, id),
        CONSTRAINT fk_convention_event_convention FOREIGN KEY (tenant_id, convention_id) REFERENCES convention (tenant_id, id),
        CONSTRAINT ck_convention_event_hash CHECK (octet_length(hash) = 32 AND octet_length(prev_hash) = 32)
      )
    `);
    await conventionTable(db, 'convention_event', 'convention_id', 'SELECT, INSERT');

    // A seal: the platform's Ed25519 signature over the chain's head when the convention became active.
    await db.query(`
      CREATE TABLE convention_seal (
        tenant_id     uuid        NOT NULL,
        convention_id uuid        NOT NULL,
        id            uuid        NOT NULL,
        head_seq      integer     NOT NULL,
        head_hash     bytea       NOT NULL,
        key_id        text        NOT NULL,
        signature     bytea       NOT NULL,
        sealed_at     timestamptz NOT NULL,
        CONSTRAINT pk_convention_seal PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_convention_seal_convention FOREIGN KEY (tenant_id, convention_id) REFERENCES convention (tenant_id, id)
      )
    `);
    await db.query(
      `CREATE INDEX ix_convention_seal_convention ON convention_seal (tenant_id, convention_id)`,
    );
    await conventionTable(db, 'convention_seal', 'convention_id', 'SELECT, INSERT');

    await db.query(`
      CREATE TABLE obligation (
        tenant_id             uuid        NOT NULL,
        id                    uuid        NOT NULL,
        convention_id         uuid        NOT NULL,
        description           text        NOT NULL,
        responsible_tenant_id uuid        NOT NULL,
        due_date              date        NOT NULL,
        status                text        NOT NULL DEFAULT 'open',
        met_at                timestamptz,
        evidence_kind         text,
        evidence_tenant_id    uuid,
        evidence_id           uuid,
        note                  text,
        created_at            timestamptz NOT NULL DEFAULT now(),
        updated_at            timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_obligation PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_obligation_convention FOREIGN KEY (tenant_id, convention_id) REFERENCES convention (tenant_id, id),
        CONSTRAINT fk_obligation_responsible FOREIGN KEY (tenant_id, convention_id, responsible_tenant_id)
          REFERENCES convention_party (tenant_id, convention_id, party_tenant_id),
        CONSTRAINT ck_obligation_status CHECK (status IN ('open', 'met', 'waived')),
        CONSTRAINT ck_obligation_evidence CHECK (
          (evidence_kind IS NULL AND evidence_id IS NULL AND evidence_tenant_id IS NULL)
          OR (evidence_kind IN ('deliverable', 'milestone', 'workshop') AND evidence_id IS NOT NULL AND evidence_tenant_id IS NOT NULL))
      )
    `);
    await db.query(
      `CREATE INDEX ix_obligation_convention ON obligation (tenant_id, convention_id, due_date)`,
    );
    await db.query(
      `CREATE INDEX ix_obligation_responsible ON obligation (responsible_tenant_id, status, due_date)`,
    );
    await conventionTable(db, 'obligation', 'convention_id', 'SELECT, INSERT, DELETE');
    await db.query(
      `GRANT UPDATE (description, responsible_tenant_id, due_date, status, met_at, evidence_kind, evidence_tenant_id, evidence_id, note, updated_at) ON obligation TO jazari_app`,
    );

    // The public check: does this document hash belong to an active convention, signed by whom? Answers
    // from outside any tenant, so it runs as the owner (verifier_read) and returns only what it should.
    await db.query(`
      CREATE FUNCTION convention_verify_document(p_sha256 bytea)
      RETURNS TABLE (convention_id uuid, reference text, title text, status text, activated_at timestamptz,
                     document_version integer, signer_name text, party_name text, signed_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT c.id, c.reference, c.title, c.status, c.activated_at, d.version, u.display_name, t.name_fr, s.signed_at
          FROM convention_document d
          JOIN convention c ON c.tenant_id = d.tenant_id AND c.id = d.convention_id
          LEFT JOIN convention_signature s
                 ON s.tenant_id = d.tenant_id AND s.document_id = d.id AND s.cancelled_at IS NULL
          LEFT JOIN app_user u ON u.id = s.user_id
          LEFT JOIN tenant t ON t.id = s.party_tenant_id
         WHERE d.sha256 = p_sha256 AND c.status IN ('active', 'expired', 'terminated')
           -- Only the version that was signed: a superseded draft of a signed convention proves nothing.
           AND EXISTS (SELECT 1 FROM convention_signature x
                        WHERE x.tenant_id = d.tenant_id AND x.document_id = d.id AND x.cancelled_at IS NULL)
         ORDER BY c.id, s.signed_at
      $$
    `);
    // (app_user is already readable by the owner through login_lookup.)
    await db.query(`CREATE POLICY verifier_read ON tenant FOR SELECT TO CURRENT_USER USING (true)`);
    await db.query(`REVOKE ALL ON FUNCTION convention_verify_document(bytea) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION convention_verify_document(bytea) TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION convention_verify_document(bytea)`);
    await db.query(`DROP POLICY verifier_read ON tenant`);
    for (const table of [
      'obligation',
      'convention_seal',
      'convention_event',
      'convention_signature',
      'convention_signer',
      'convention_document',
      'convention_project',
      'convention_priority',
      'convention',
      'convention_party',
      'convention_counter',
    ]) {
      await db.query(`DROP TABLE ${table} CASCADE`);
    }
    await db.query(`DROP FUNCTION convention_party_member(uuid, uuid)`);
  }
}
