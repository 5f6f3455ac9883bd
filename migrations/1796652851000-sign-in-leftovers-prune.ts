import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What sign-in leaves behind, each row short-lived: nothing can use one once it has expired. */
const TABLES = ['password_reset', 'second_factor_challenge', 'webauthn_challenge', 'sso_sign_in'] as const;

/**
 * The hourly prune also removes sign-in's short-lived rows a day after they expired: password-reset
 * links, second-factor challenges, passkey challenges and SSO sign-ins. Every sign-in attempt writes one,
 * and nothing deleted them: the tables only grew. A definer function, like `maintenance_prune`: the rows
 * belong to every tenant and every user (the `maintenance` policies admit the owner).
 */
export class SignInLeftoversPrune1796652851000 implements MigrationInterface {
  name = 'SignInLeftoversPrune1796652851000';

  async up(db: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await db.query(`CREATE POLICY maintenance ON ${table} TO CURRENT_USER USING (true) WITH CHECK (true)`);
      await db.query(`CREATE INDEX ix_${table}_expires ON ${table} (expires_at)`);
    }
    await db.query(`
      CREATE FUNCTION sign_in_leftovers_prune(p_before timestamptz)
      RETURNS TABLE (password_resets bigint, second_factor_challenges bigint, webauthn_challenges bigint,
                     sso_sign_ins bigint)
      LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH resets AS (DELETE FROM password_reset WHERE expires_at < p_before RETURNING 1),
             codes AS (DELETE FROM second_factor_challenge WHERE expires_at < p_before RETURNING 1),
             passkeys AS (DELETE FROM webauthn_challenge WHERE expires_at < p_before RETURNING 1),
             sso AS (DELETE FROM sso_sign_in WHERE expires_at < p_before RETURNING 1)
        SELECT (SELECT count(*) FROM resets), (SELECT count(*) FROM codes), (SELECT count(*) FROM passkeys),
               (SELECT count(*) FROM sso)
      $$
    `);
    await db.query(`REVOKE ALL ON FUNCTION sign_in_leftovers_prune(timestamptz) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION sign_in_leftovers_prune(timestamptz) TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION sign_in_leftovers_prune(timestamptz)`);
    for (const table of TABLES) {
      await db.query(`DROP INDEX ix_${table}_expires`);
      await db.query(`DROP POLICY maintenance ON ${table}`);
    }
  }
}
