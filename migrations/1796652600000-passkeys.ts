import type { MigrationInterface, QueryRunner } from 'typeorm';

const USER = `NULLIF(current_setting('app.user_id', true), '')::uuid`;

/**
 * Passkeys (WebAuthn) as a second factor (issue 20 point 3). Like `user_totp`, a passkey belongs to the
 * person, not to a tenant: its rows are reached only in a transaction that names the user (`app.user_id`),
 * so no administrator of any tenant lists or removes them. A passkey stores its credential id and public
 * key (COSE), the signature counter last seen, and the name its owner gave it. A ceremony's challenge is
 * kept server-side, single use and short-lived, by the person and the challenge's value (which the
 * browser's answer quotes in its client data).
 */
export class Passkeys1796652600000 implements MigrationInterface {
  name = 'Passkeys1796652600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE user_passkey (
        user_id       uuid        NOT NULL,
        id            uuid        NOT NULL,
        credential_id text        NOT NULL,
        public_key    bytea       NOT NULL,
        counter       bigint      NOT NULL DEFAULT 0,
        transports    text[]      NOT NULL DEFAULT '{}',
        name          text        NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        last_used_at  timestamptz,
        CONSTRAINT pk_user_passkey PRIMARY KEY (user_id, id),
        CONSTRAINT uq_user_passkey_credential UNIQUE (user_id, credential_id),
        CONSTRAINT ck_user_passkey_name CHECK (char_length(name) BETWEEN 1 AND 60),
        CONSTRAINT ck_user_passkey_counter CHECK (counter >= 0),
        CONSTRAINT fk_user_passkey_user_id FOREIGN KEY (user_id) REFERENCES app_user (id)
      )
    `);
    await db.query(`
      CREATE TABLE webauthn_challenge (
        user_id    uuid        NOT NULL,
        id         uuid        NOT NULL,
        challenge  text        NOT NULL,
        ceremony   text        NOT NULL,
        purpose    text        NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at    timestamptz,
        CONSTRAINT pk_webauthn_challenge PRIMARY KEY (user_id, id),
        CONSTRAINT uq_webauthn_challenge UNIQUE (user_id, challenge),
        CONSTRAINT ck_webauthn_challenge_ceremony CHECK (ceremony IN ('registration', 'authentication')),
        CONSTRAINT ck_webauthn_challenge_purpose CHECK (purpose IN ('enrol', 'sign-in', 'confirm')),
        CONSTRAINT fk_webauthn_challenge_user_id FOREIGN KEY (user_id) REFERENCES app_user (id)
      )
    `);
    for (const table of ['user_passkey', 'webauthn_challenge']) {
      await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await db.query(
        `CREATE POLICY own_rows ON ${table} USING (user_id = ${USER}) WITH CHECK (user_id = ${USER})`,
      );
    }
    await db.query(`GRANT SELECT, INSERT, DELETE ON user_passkey TO jazari_app`);
    await db.query(`GRANT UPDATE (counter, last_used_at) ON user_passkey TO jazari_app`);
    await db.query(`GRANT SELECT, INSERT ON webauthn_challenge TO jazari_app`);
    await db.query(`GRANT UPDATE (used_at) ON webauthn_challenge TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE webauthn_challenge`);
    await db.query(`DROP TABLE user_passkey`);
  }
}
