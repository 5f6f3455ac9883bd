import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 22 point 4, network-wide search under RLS (docs/adr/0014-search-under-rls.md): `@@` is not
 * leakproof, so under the `project` policies PostgreSQL may not use it as an index condition and Root's
 * search read every project. `project_search(q)` runs as the owner, for whom RLS on `project` is a
 * `USING (true)` policy, so the GIN index answers; it applies the SELECT policies of `project` itself,
 * from the caller's `app.tenant_id` / `app.tenant_kind`, and answers the keys of the matching projects
 * the caller may read:
 *   - `tenant_isolation`: the caller's own projects;
 *   - `root_read`: every project, in a Root-kind scope;
 *   - `partner_read`: the projects the caller's tenant is a partner of (`project_partner`, read by the
 *     owner under that table's own policies, which admit the same rows).
 * No tenant set: no rows. The list statement still reads `project` under RLS with those keys, so the
 * function can only narrow what RLS admits. The words are parsed as the `search` column was built; the
 * last one is also a prefix.
 */
export class ProjectSearch1796636477000 implements MigrationInterface {
  name = 'ProjectSearch1796636477000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE POLICY project_search ON project FOR SELECT TO CURRENT_USER USING (true)`);
    await db.query(`
      CREATE FUNCTION project_search(p_q text) RETURNS TABLE (tenant_id uuid, id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH scope AS (
          SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid AS tenant_id,
                 current_setting('app.tenant_kind', true) AS kind,
                 to_tsquery('simple', regexp_replace(plainto_tsquery('simple', jazari_fold(p_q))::text,
                                                     '''$', ''':*')) AS query
        )
        -- Root reads every project (root_read).
        SELECT p.tenant_id, p.id
          FROM scope s JOIN project p ON p.search @@ s.query
         WHERE s.kind = 'root'
        UNION
        -- Any other scope: its own projects (tenant_isolation) ...
        SELECT p.tenant_id, p.id
          FROM scope s JOIN project p ON p.tenant_id = s.tenant_id AND p.search @@ s.query
         WHERE s.kind IS DISTINCT FROM 'root'
        UNION
        -- ... and those it is a partner of (partner_read).
        SELECT p.tenant_id, p.id
          FROM scope s
          JOIN project_partner pp ON pp.partner_tenant_id = s.tenant_id
          JOIN project p ON p.tenant_id = pp.tenant_id AND p.id = pp.project_id AND p.search @@ s.query
         WHERE s.kind IS DISTINCT FROM 'root'
      $$
    `);
    await db.query(`REVOKE ALL ON FUNCTION project_search(text) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION project_search(text) TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION project_search(text)`);
    await db.query(`DROP POLICY project_search ON project`);
  }
}
