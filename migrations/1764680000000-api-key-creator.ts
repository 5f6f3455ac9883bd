import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An API key never carries more than its creator may do now (docs/identity.md): the per-request check
 * also answers the creator's current role in the key's tenant — null once they left it or their
 * account is disabled — and the API grants the key only the permissions of that role among its own.
 */
export class ApiKeyCreator1764680000000 implements MigrationInterface {
  name = 'ApiKeyCreator1764680000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION access_api_key_state(uuid, uuid)`);
    await db.query(`
      CREATE FUNCTION access_api_key_state(p_tenant uuid, p_key uuid)
      RETURNS TABLE (secret_hash bytea, permissions text[], revoked boolean, expired boolean, kind text,
                     tenant_status text, last_used_at timestamptz, creator_role text)
      LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
      #variable_conflict use_column
      BEGIN
        RETURN QUERY
          SELECT k.secret_hash, k.permissions, k.revoked_at IS NOT NULL,
                 (k.expires_at IS NOT NULL AND k.expires_at <= now()), t.kind, t.status, k.last_used_at,
                 CASE WHEN u.status = 'active' THEN m.role END
            FROM api_key k
            JOIN tenant t ON t.id = k.tenant_id
            LEFT JOIN membership m ON m.tenant_id = k.tenant_id AND m.user_id = k.created_by
            LEFT JOIN app_user u ON u.id = m.user_id
           WHERE k.tenant_id = p_tenant AND k.id = p_key;
      END
      $$
    `);
    await db.query(`REVOKE ALL ON FUNCTION access_api_key_state(uuid, uuid) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION access_api_key_state(uuid, uuid) TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION access_api_key_state(uuid, uuid)`);
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
    await db.query(`REVOKE ALL ON FUNCTION access_api_key_state(uuid, uuid) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION access_api_key_state(uuid, uuid) TO jazari_app`);
  }
}
