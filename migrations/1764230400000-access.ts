import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
const KIND = `current_setting('app.tenant_kind', true)`;
const USER = `NULLIF(current_setting('app.user_id', true), '')::uuid`;

/** RLS boilerplate of a tenant table: ENABLE + FORCE and the tenant-isolation policy. */
async function isolate(db: QueryRunner, table: string): Promise<void> {
  await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  await db.query(
    `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
  );
}

/**
 * Access control: sessions and refresh tokens, API keys, invitations and the hash-chained audit log, plus
 * the two reads that happen before a tenant is known (login by email; a user's own tenants).
 */
export class Access1764230400000 implements MigrationInterface {
  name = 'Access1764230400000';

  async up(db: QueryRunner): Promise<void> {
    // A signed-in user with no tenant chosen yet (login, tenant switch) sees the tenants they belong to.
    await db.query(`
      CREATE POLICY own_tenants ON tenant FOR SELECT USING (
        EXISTS (SELECT 1 FROM membership m WHERE m.tenant_id = tenant.id AND m.user_id = ${USER})
      )
    `);
    await db.query(`ALTER TABLE app_user ADD COLUMN last_tenant_id uuid`);
    await db.query(`GRANT UPDATE (last_tenant_id) ON app_user TO jazari_app`);

    // Login happens before any tenant or user is known, so no policy lets the runtime role find a user by
    // email. This function (run as the owner, which the policy below admits) answers exactly that question.
    await db.query(`CREATE POLICY login_lookup ON app_user FOR SELECT TO CURRENT_USER USING (true)`);
    await db.query(`
      CREATE FUNCTION identity_find_login(p_email text)
      RETURNS TABLE (id uuid, password_hash text, status text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT u.id, u.password_hash, u.status FROM app_user u WHERE u.email = lower(p_email)
      $$
    `);
    await db.query(`REVOKE ALL ON FUNCTION identity_find_login(text) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION identity_find_login(text) TO jazari_app`);

    // A session is one sign-in in one tenant: the family its refresh tokens rotate within.
    await db.query(`
      CREATE TABLE auth_session (
        tenant_id      uuid        NOT NULL,
        id             uuid        NOT NULL,
        user_id        uuid        NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        last_used_at   timestamptz NOT NULL DEFAULT now(),
        expires_at     timestamptz NOT NULL,
        revoked_at     timestamptz,
        revoked_reason text,
        ip             text,
        user_agent     text,
        CONSTRAINT pk_auth_session PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_auth_session_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_auth_session_user_id FOREIGN KEY (user_id) REFERENCES app_user (id),
        CONSTRAINT ck_auth_session_revoked CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
      )
    `);
    await db.query(
      `CREATE INDEX ix_auth_session_user_id ON auth_session (tenant_id, user_id) WHERE revoked_at IS NULL`,
    );
    await isolate(db, 'auth_session');
    // A user revokes their own sessions in every tenant (password change) without switching tenant.
    await db.query(`CREATE POLICY own_sessions_read ON auth_session FOR SELECT USING (user_id = ${USER})`);
    await db.query(
      `CREATE POLICY own_sessions_revoke ON auth_session FOR UPDATE USING (user_id = ${USER}) WITH CHECK (user_id = ${USER})`,
    );
    await db.query(`GRANT SELECT, INSERT ON auth_session TO jazari_app`);
    await db.query(`GRANT UPDATE (last_used_at, revoked_at, revoked_reason) ON auth_session TO jazari_app`);

    await db.query(`
      CREATE TABLE refresh_token (
        tenant_id   uuid        NOT NULL,
        id          uuid        NOT NULL,
        session_id  uuid        NOT NULL,
        secret_hash bytea       NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        expires_at  timestamptz NOT NULL,
        used_at     timestamptz,
        CONSTRAINT pk_refresh_token PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_refresh_token_session FOREIGN KEY (tenant_id, session_id) REFERENCES auth_session (tenant_id, id)
      )
    `);
    await db.query(`CREATE INDEX ix_refresh_token_session ON refresh_token (tenant_id, session_id)`);
    await isolate(db, 'refresh_token');
    await db.query(`GRANT SELECT, INSERT ON refresh_token TO jazari_app`);
    await db.query(`GRANT UPDATE (used_at) ON refresh_token TO jazari_app`);

    await db.query(`
      CREATE TABLE api_key (
        tenant_id    uuid        NOT NULL,
        id           uuid        NOT NULL,
        name         text        NOT NULL,
        permissions  text[]      NOT NULL,
        secret_hash  bytea       NOT NULL,
        created_by   uuid        NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        expires_at   timestamptz,
        last_used_at timestamptz,
        revoked_at   timestamptz,
        CONSTRAINT pk_api_key PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_api_key_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_api_key_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
        CONSTRAINT ck_api_key_permissions CHECK (cardinality(permissions) > 0)
      )
    `);
    await isolate(db, 'api_key');
    await db.query(`GRANT SELECT, INSERT ON api_key TO jazari_app`);
    await db.query(`GRANT UPDATE (last_used_at, revoked_at) ON api_key TO jazari_app`);

    await db.query(`
      CREATE TABLE invitation (
        tenant_id        uuid        NOT NULL,
        id               uuid        NOT NULL,
        email            text        NOT NULL,
        role             text        NOT NULL,
        invited_by       uuid        NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now(),
        expires_at       timestamptz NOT NULL,
        accepted_at      timestamptz,
        accepted_user_id uuid,
        revoked_at       timestamptz,
        recorded_at      timestamptz,
        CONSTRAINT pk_invitation PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_invitation_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_invitation_invited_by FOREIGN KEY (invited_by) REFERENCES app_user (id),
        CONSTRAINT fk_invitation_accepted_user_id FOREIGN KEY (accepted_user_id) REFERENCES app_user (id),
        CONSTRAINT ck_invitation_email CHECK (email = lower(email) AND email LIKE '%_@_%'),
        CONSTRAINT ck_invitation_role CHECK (role IN (
          'network_admin', 'ministry_analyst', 'institute_manager', 'researcher', 'partner_admin', 'partner_member')),
        CONSTRAINT ck_invitation_closed CHECK (accepted_at IS NULL OR revoked_at IS NULL)
      )
    `);
    // One open invitation per person and tenant; an expired one is revoked before a new one is made.
    await db.query(`
      CREATE UNIQUE INDEX uq_invitation_open ON invitation (tenant_id, email)
        WHERE accepted_at IS NULL AND revoked_at IS NULL
    `);
    await isolate(db, 'invitation');
    await db.query(`GRANT SELECT, INSERT ON invitation TO jazari_app`);
    await db.query(
      `GRANT UPDATE (accepted_at, accepted_user_id, revoked_at, recorded_at) ON invitation TO jazari_app`,
    );

    // The audit log: append-only for the runtime role (INSERT and SELECT only), hash-chained per tenant.
    await db.query(`
      CREATE TABLE audit_event (
        tenant_id        uuid        NOT NULL,
        seq              bigint      NOT NULL,
        id               uuid        NOT NULL,
        occurred_at      timestamptz NOT NULL,
        actor_user_id    uuid,
        actor_api_key_id uuid,
        action           text        NOT NULL,
        target_type      text        NOT NULL,
        target_id        text        NOT NULL,
        data             jsonb       NOT NULL,
        prev_hash        bytea       NOT NULL,
        hash             bytea       NOT NULL,
        CONSTRAINT pk_audit_event PRIMARY KEY (tenant_id, seq),
        CONSTRAINT uq_audit_event_id UNIQUE (tenant_id, id),
        CONSTRAINT ck_audit_event_seq CHECK (seq > 0),
        CONSTRAINT ck_audit_event_hash CHECK (octet_length(hash) = 32 AND octet_length(prev_hash) = 32)
      )
    `);
    await isolate(db, 'audit_event');
    await db.query(`CREATE POLICY root_read ON audit_event FOR SELECT USING (${KIND} = 'root')`);
    // \`npm run audit:verify\` reads every tenant's chain as the owner.
    await db.query(`CREATE POLICY verifier_read ON audit_event FOR SELECT TO CURRENT_USER USING (true)`);
    await db.query(`GRANT SELECT, INSERT ON audit_event TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_event`);
    await db.query(`DROP TABLE invitation`);
    await db.query(`DROP TABLE api_key`);
    await db.query(`DROP TABLE refresh_token`);
    await db.query(`DROP TABLE auth_session`);
    await db.query(`DROP FUNCTION identity_find_login(text)`);
    await db.query(`DROP POLICY login_lookup ON app_user`);
    await db.query(`ALTER TABLE app_user DROP COLUMN last_tenant_id`);
    await db.query(`DROP POLICY own_tenants ON tenant`);
  }
}
