import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The per-request access check as two functions, so the API can send it in the same message that opens
 * the request's transaction (one round trip), and PL/pgSQL keeps their plans per connection. They run as
 * the caller (SECURITY INVOKER): RLS applies with the tenant the message just set.
 */
export class AccessCheck1764320000000 implements MigrationInterface {
  name = 'AccessCheck1764320000000';

  async up(db: QueryRunner): Promise<void> {
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
    await db.query(`
      CREATE FUNCTION access_api_key_state(p_tenant uuid, p_key uuid)
      RETURNS TABLE (secret_hash bytea, permissions text[], revoked boolean, expired boolean, kind text,
                     tenant_status text, last_used_at timestamptz)
      LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
      #variable_conflict use_column
      BEGIN
        RETURN QUERY
          SELECT k.secret_hash, k.permissions, k.revoked_at IS NOT NULL,
                 (k.expires_at IS NOT NULL AND k.expires_at <= now()), t.kind, t.status, k.last_used_at
            FROM api_key k JOIN tenant t ON t.id = k.tenant_id
           WHERE k.tenant_id = p_tenant AND k.id = p_key;
      END
      $$
    `);
    for (const signature of ['access_session_state(uuid, uuid, uuid)', 'access_api_key_state(uuid, uuid)']) {
      await db.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
      await db.query(`GRANT EXECUTE ON FUNCTION ${signature} TO jazari_app`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION access_api_key_state(uuid, uuid)`);
    await db.query(`DROP FUNCTION access_session_state(uuid, uuid, uuid)`);
  }
}
