import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The per-request access check also returns the user's profile locale, so a problem document (a 400, a
 * 404, a 409…) is written in the user's language without a query of its own (issue 16 point 6).
 */
export class SessionLocale1765356400000 implements MigrationInterface {
  name = 'SessionLocale1765356400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION access_session_state(uuid, uuid, uuid)`);
    await db.query(`
      CREATE FUNCTION access_session_state(p_tenant uuid, p_user uuid, p_session uuid)
      RETURNS TABLE (kind text, tenant_status text, user_status text, role text, session_live boolean,
                     locale text)
      LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
      #variable_conflict use_column
      BEGIN
        RETURN QUERY
          SELECT t.kind, t.status, u.status, m.role, (s.revoked_at IS NULL AND s.expires_at > now()),
                 u.locale::text
            FROM auth_session s
            JOIN tenant t ON t.id = s.tenant_id
            JOIN app_user u ON u.id = s.user_id
            LEFT JOIN membership m ON m.tenant_id = s.tenant_id AND m.user_id = s.user_id
           WHERE s.tenant_id = p_tenant AND s.id = p_session AND s.user_id = p_user;
      END
      $$
    `);
    await db.query(`REVOKE ALL ON FUNCTION access_session_state(uuid, uuid, uuid) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION access_session_state(uuid, uuid, uuid) TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION access_session_state(uuid, uuid, uuid)`);
    await db.query(`
      CREATE FUNCTION access_session_state(p_tenant uuid, p_user uuid, p_session uuid)
      RETURNS TABLE (kind text, tenant_status text, user_status text, role text, session_live boolean)
      LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
      #variable_conflict use_column
      BEGIN
        RETURN QUERY
          SELECT t.kind, t.status, u.status, m.role, (s.revoked_at IS NULL AND s.expires_at > now())
            FROM auth_session s
            JOIN tenant t ON t.id = s.tenant_id
            JOIN app_user u ON u.id = s.user_id
            LEFT JOIN membership m ON m.tenant_id = s.tenant_id AND m.user_id = s.user_id
           WHERE s.tenant_id = p_tenant AND s.id = p_session AND s.user_id = p_user;
      END
      $$
    `);
    await db.query(`REVOKE ALL ON FUNCTION access_session_state(uuid, uuid, uuid) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION access_session_state(uuid, uuid, uuid) TO jazari_app`);
  }
}
