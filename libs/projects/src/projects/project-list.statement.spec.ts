import { describe, expect, it } from '@jest/globals';
import { projectListStatement } from './project-list.repository.js';

const INSTITUTE = '01940000-0000-7000-8000-000000000001';
const PARTNER = '01940000-0000-7000-8000-000000000002';
const CURSOR = '01940000-0000-7000-8000-000000000003';

/** The page-picking part of the statement: what the indexes have to serve. */
const inner = (sql: string) => sql.slice(sql.indexOf('FROM (SELECT p.tenant_id, p.id FROM project p'));

describe('project list statement', () => {
  it('is one statement: ids picked by the filters, id DESC, LIMIT, then decorated', () => {
    const [sql, params] = projectListStatement(
      { kind: 'institute', tenantId: INSTITUTE },
      { status: 'active', priority: 'research_innovation' },
      CURSOR,
      51,
      false,
    );
    expect(sql.split(';')).toHaveLength(1);
    expect(inner(sql)).toMatch(/p\.tenant_id = \$1::uuid/);
    expect(inner(sql)).toMatch(/p\.status = \$2/);
    expect(inner(sql)).toMatch(/EXISTS \(SELECT 1 FROM project_priority l WHERE l\.tenant_id = p\.tenant_id/);
    expect(inner(sql)).toMatch(/np\.code = \$3 OR np\.parent_code = \$3/);
    expect(inner(sql)).toMatch(/p\.id < \$4::uuid\s+ORDER BY p\.id DESC\s+LIMIT \$5\)/);
    expect(params).toEqual([INSTITUTE, 'active', 'research_innovation', CURSOR, 51]);
    expect(sql).not.toMatch(/partner_names/);
  });

  it('shows a partner only the projects it takes part in, Root everything', () => {
    const [partnerSql, partnerParams] = projectListStatement(
      { kind: 'partner', tenantId: PARTNER },
      {},
      null,
      10,
      false,
    );
    expect(inner(partnerSql)).toMatch(
      /EXISTS \(SELECT 1 FROM project_partner l .* l\.partner_tenant_id = \$1::uuid\)/,
    );
    expect(partnerParams).toEqual([PARTNER, 10]);

    const [rootSql, rootParams] = projectListStatement(
      { kind: 'root' },
      { instituteId: INSTITUTE },
      null,
      10,
      true,
    );
    expect(inner(rootSql)).toMatch(/WHERE p\.tenant_id = \$1::uuid/);
    expect(rootParams).toEqual([INSTITUTE, 10]);
    expect(rootSql).toMatch(/AS partner_names/);
  });

  it('passes search words as a parameter, never as SQL', () => {
    const q = "'); DROP TABLE project; --";
    const [sql, params] = projectListStatement({ kind: 'root' }, { q, overdue: true }, null, 5, false);
    expect(sql).not.toContain('DROP TABLE');
    expect(params).toEqual([q, 5]);
    expect(inner(sql)).toMatch(/p\.search @@ to_tsquery\('simple'/);
    expect(inner(sql)).toMatch(
      /EXISTS \(SELECT 1 FROM milestone ms[\s\S]*UNION ALL[\s\S]*FROM deliverable dv/,
    );
  });

  it('with the keys project_search found, reads only those, and takes no search words as SQL', () => {
    const keys = [{ tenant_id: INSTITUTE, id: CURSOR }];
    const [sql, params] = projectListStatement(
      { kind: 'root' },
      { q: 'irrigation', status: 'active' },
      null,
      5,
      false,
      keys,
    );
    expect(inner(sql)).toMatch(
      /\(p\.tenant_id, p\.id\) IN \(SELECT k\.tenant_id, k\.id FROM unnest\(\$2::uuid\[\], \$3::uuid\[\]\)/,
    );
    expect(inner(sql)).not.toMatch(/@@/);
    expect(params).toEqual(['active', [INSTITUTE], [CURSOR], 5]);
  });
});
