import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 22 point 4, network-wide search under RLS (docs/adr/0014-search-under-rls.md): `@@` is not
 * leakproof, so under the `project` policies PostgreSQL may not use it as an index condition and Root's
 * search read every project. `project_search(q, before, limit)` runs as the owner, for whom RLS on
 * `project` is a `USING (true)` policy, so the GIN index answers; it applies the SELECT policies of
 * `project` itself, from the caller's `app.tenant_id` / `app.tenant_kind`, and answers the keys of the
 * newest `limit` matching projects (older than `before`, if given) that the caller may read:
 *   - `root_read`: every project, in a Root-kind scope;
 *   - `tenant_isolation`: the caller's own projects;
 *   - `partner_read`: the projects the caller's tenant is a partner of (`project_partner`, read by the
 *     owner under that table's own policies, which admit the same rows).
 * No tenant set: no rows. The list statement still reads `project` under RLS with those keys and applies
 * the other filters, so the function can only narrow what RLS admits. The words are parsed as the
 * `search` column was built; the last one is also a prefix ("recol" finds "récoltes").
 */
export class ProjectSearch1796636477000 implements MigrationInterface {
  name = 'ProjectSearch1796636477000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE POLICY project_search ON project FOR SELECT TO CURRENT_USER USING (true)`);
    // EXECUTE plans each call with its values, so the planner weighs the words against the column's
    // statistics: a rare word reads its matches through the GIN index, a common one walks `ix_project_id`
    // backwards and stops after `p_limit` matches.
    await db.query(`
      CREATE FUNCTION project_search(p_q text, p_before uuid, p_limit integer)
      RETURNS TABLE (tenant_id uuid, id uuid)
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
      DECLARE
        v_tenant uuid := NULLIF(current_setting('app.tenant_id', true), '')::uuid;
        v_kind   text := current_setting('app.tenant_kind', true);
        v_query  tsquery := to_tsquery('simple',
                   regexp_replace(plainto_tsquery('simple', jazari_fold(p_q))::text, '''$', ''':*'));
      BEGIN
        IF v_kind = 'root' THEN
          -- root_read: every project.
          RETURN QUERY EXECUTE
            'SELECT p.tenant_id, p.id FROM project p
              WHERE p.search @@ $1 AND ($2::uuid IS NULL OR p.id < $2)
              ORDER BY p.id DESC LIMIT $3'
            USING v_query, p_before, p_limit;
        ELSIF v_tenant IS NOT NULL THEN
          -- tenant_isolation: its own projects; partner_read: those it is a partner of.
          RETURN QUERY EXECUTE
            'SELECT k.tenant_id, k.id FROM (
               SELECT p.tenant_id, p.id FROM project p
                WHERE p.tenant_id = $4 AND p.search @@ $1 AND ($2::uuid IS NULL OR p.id < $2)
               UNION
               SELECT p.tenant_id, p.id
                 FROM project_partner pp
                 JOIN project p ON p.tenant_id = pp.tenant_id AND p.id = pp.project_id
                WHERE pp.partner_tenant_id = $4 AND p.search @@ $1 AND ($2::uuid IS NULL OR p.id < $2)
             ) k ORDER BY k.id DESC LIMIT $3'
            USING v_query, p_before, p_limit, v_tenant;
        END IF;
        -- No tenant set: no rows.
      END
      $fn$
    `);
    await db.query(`REVOKE ALL ON FUNCTION project_search(text, uuid, integer) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION project_search(text, uuid, integer) TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION project_search(text, uuid, integer)`);
    await db.query(`DROP POLICY project_search ON project`);
  }
}
