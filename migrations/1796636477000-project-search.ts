import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 22 point 4, network-wide search under RLS (docs/adr/0017-search-under-rls.md): `@@` is not
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
    // A search's last word is a prefix, and PostgreSQL estimates prefix matches poorly: left to choose, it
    // walks `ix_project_id` backwards for a word it believes common, and reads every project for a rare
    // one (2.4 s at 100,000 projects, measured). So Root's search chooses itself: a bounded walk of the
    // newest projects, which a common word ends early; if that did not find enough, the GIN index.
    await db.query(`
      CREATE FUNCTION project_search(p_q text, p_before uuid, p_limit integer)
      RETURNS TABLE (tenant_id uuid, id uuid)
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
      DECLARE
        v_tenant uuid := NULLIF(current_setting('app.tenant_id', true), '')::uuid;
        v_kind   text := current_setting('app.tenant_kind', true);
        v_query  tsquery := to_tsquery('simple',
                   regexp_replace(plainto_tsquery('simple', jazari_fold(p_q))::text, '''$', ''':*'));
        v_walk   integer;
        v_found  integer;
      BEGIN
        IF v_kind = 'root' THEN
          -- root_read: every project. First a bounded walk of the newest projects (from ix_project_id),
          -- counting matches up to p_limit: a common word ends it early, and then the page lies in it.
          -- Its length balances its cost against the index's: about sqrt(3 × projects × p_limit) rows.
          SELECT least(greatest(1000, sqrt(greatest(c.reltuples, 0) * p_limit * 3)), 100000)::integer
            INTO v_walk FROM pg_class c WHERE c.oid = 'project'::regclass;
          EXECUTE
            'SELECT count(*) FROM (
               SELECT 1 FROM (SELECT p.search FROM project p
                               WHERE ($2::uuid IS NULL OR p.id < $2) ORDER BY p.id DESC LIMIT $4) w
                WHERE w.search @@ $1 LIMIT $3) found'
            INTO v_found USING v_query, p_before, p_limit, v_walk;
          IF v_found >= p_limit THEN
            RETURN QUERY EXECUTE
              'SELECT w.tenant_id, w.id
                 FROM (SELECT p.tenant_id, p.id, p.search FROM project p
                        WHERE ($2::uuid IS NULL OR p.id < $2) ORDER BY p.id DESC LIMIT $4) w
                WHERE w.search @@ $1 ORDER BY w.id DESC LIMIT $3'
              USING v_query, p_before, p_limit, v_walk;
          ELSE
            -- A rarer word: its matches through the GIN index, then the newest of them.
            RETURN QUERY EXECUTE
              'WITH m AS MATERIALIZED (
                 SELECT p.tenant_id, p.id FROM project p
                  WHERE p.search @@ $1 AND ($2::uuid IS NULL OR p.id < $2))
               SELECT m.tenant_id, m.id FROM m ORDER BY m.id DESC LIMIT $3'
              USING v_query, p_before, p_limit;
          END IF;
        ELSIF v_tenant IS NOT NULL THEN
          -- tenant_isolation: its own projects; partner_read: those it is a partner of. Bounded by the
          -- tenant's projects or by the matches, never a walk of the network.
          RETURN QUERY EXECUTE
            'WITH m AS MATERIALIZED (
               SELECT p.tenant_id, p.id FROM project p
                WHERE p.tenant_id = $4 AND p.search @@ $1 AND ($2::uuid IS NULL OR p.id < $2)
               UNION
               SELECT p.tenant_id, p.id
                 FROM project_partner pp
                 JOIN project p ON p.tenant_id = pp.tenant_id AND p.id = pp.project_id
                WHERE pp.partner_tenant_id = $4 AND p.search @@ $1 AND ($2::uuid IS NULL OR p.id < $2)
             )
             SELECT m.tenant_id, m.id FROM m ORDER BY m.id DESC LIMIT $3'
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
