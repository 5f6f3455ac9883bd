import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { uuidv7 } from '@jazari/database';
import type { Role } from '@jazari/identity';
import {
  adminClient,
  createTenant,
  createUser,
  ensureRootTenant,
  signIn,
  testConfig,
  type SignedIn,
  type TestTenant,
  type TestUser,
} from '@jazari/testing';
import type pg from 'pg';
import request from 'supertest';

const PROBLEMS = 'https://jazari.ma/problems/';

/** A fresh ICE: 15 digits no other suite uses. */
function newIce(): string {
  return Array.from({ length: 15 }, () => randomInt(10)).join('');
}

describe('beneficiaries: the national registry and the projects that support them', () => {
  const config = testConfig();
  let api: NestFastifyApplication;
  let admin: pg.Client;
  let root: TestTenant;
  let instituteA: TestTenant;
  let instituteB: TestTenant;
  let instituteC: TestTenant;
  let partnerIn: TestTenant;
  let rootAdmin: SignedIn;
  let analyst: SignedIn;
  let managerA: SignedIn;
  let teamResearcherA: SignedIn;
  let otherResearcherA: SignedIn;
  let managerB: SignedIn;
  let managerC: SignedIn;
  let partnerInAdmin: SignedIn;
  let partnerOutAdmin: SignedIn;
  let projectA1: string;
  let projectA2: string;
  let projectB1: string;

  const http = () => request(api.getHttpServer());
  const as = (session: SignedIn) => ({ authorization: `Bearer ${session.accessToken}` });
  const user = (tenant: TestTenant, role: Role) => createUser(admin, [{ tenant, role }]);
  const session = (u: TestUser) => signIn(api, u.email, u.password);

  /** Projects come from the projects API elsewhere; here they are rows, as the admin writes them. */
  const project = async (tenant: TestTenant, lead: TestUser, title: string): Promise<string> => {
    const id = uuidv7();
    await admin.query(
      `INSERT INTO project (tenant_id, id, type, title, lead_user_id, created_by, status)
       VALUES ($1, $2, 'startup_support', $3, $4, $4, 'active')`,
      [tenant.id, id, title, lead.id],
    );
    return id;
  };
  const company = (ice: string, overrides: Record<string, unknown> = {}) => ({
    ice,
    name: 'Société Atlas Vision',
    size: 'startup',
    sector: 'health',
    regionCode: 'MA-06',
    supportKind: 'incubation',
    startedOn: '2026-02-01',
    ...overrides,
  });
  const link = (who: SignedIn, projectId: string, body: object) =>
    http().post(`/api/v1/projects/${projectId}/beneficiaries`).set(as(who)).send(body);
  const supportsOf = (body: { supports: { project: { id: string } }[] }) =>
    body.supports.map((s) => s.project.id).sort();

  beforeAll(async () => {
    admin = await adminClient();
    root = await ensureRootTenant(admin);
    api = await createApi(config);
    instituteA = await createTenant(admin, 'institute');
    instituteB = await createTenant(admin, 'institute');
    instituteC = await createTenant(admin, 'institute');
    partnerIn = await createTenant(admin, 'partner');
    const partnerOut = await createTenant(admin, 'partner');
    const leadA = await user(instituteA, 'institute_manager');
    const researcherOnTeam = await user(instituteA, 'researcher');
    const leadB = await user(instituteB, 'institute_manager');
    rootAdmin = await session(await user(root, 'network_admin'));
    analyst = await session(await user(root, 'ministry_analyst'));
    managerA = await session(leadA);
    teamResearcherA = await session(researcherOnTeam);
    otherResearcherA = await session(await user(instituteA, 'researcher'));
    managerB = await session(leadB);
    managerC = await session(await user(instituteC, 'institute_manager'));
    partnerInAdmin = await session(await user(partnerIn, 'partner_admin'));
    partnerOutAdmin = await session(await user(partnerOut, 'partner_admin'));

    projectA1 = await project(instituteA, leadA, 'Incubateur santé');
    projectA2 = await project(instituteA, leadA, 'Accélérateur industrie');
    projectB1 = await project(instituteB, leadB, 'Programme PME');
    await admin.query(`INSERT INTO project_member (tenant_id, project_id, user_id) VALUES ($1, $2, $3)`, [
      instituteA.id,
      projectA1,
      researcherOnTeam.id,
    ]);
    await admin.query(
      `INSERT INTO project_partner (tenant_id, project_id, partner_tenant_id) VALUES ($1, $2, $3)`,
      [instituteA.id, projectA1, partnerIn.id],
    );
  });
  afterAll(async () => {
    await api?.close();
    await admin?.end();
  });

  describe('linking', () => {
    it('registers a new ICE, links it with its support, and records it in the project history', async () => {
      const ice = newIce();
      const created = await link(managerA, projectA1, company(ice, { note: '  Cohorte 2026  ' })).expect(201);
      expect(created.body).toEqual({
        beneficiary: {
          id: expect.any(String),
          ice,
          name: 'Société Atlas Vision',
          size: 'startup',
          sector: 'health',
          region: {
            code: 'MA-06',
            names: { fr: 'Casablanca-Settat', ar: expect.any(String), en: expect.any(String) },
          },
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
        },
        supportKind: 'incubation',
        startedOn: '2026-02-01',
        note: 'Cohorte 2026',
        linkedAt: expect.any(String),
        // A new ICE is registered from this very description: nothing differs.
        mismatch: null,
      });
      const history = await admin.query(
        `SELECT action, changes, actor_user_id FROM project_history WHERE tenant_id = $1 AND project_id = $2`,
        [instituteA.id, projectA1],
      );
      expect(history.rows).toEqual([
        {
          action: 'beneficiary.linked',
          changes: {
            beneficiaryId: created.body.beneficiary.id,
            ice,
            name: 'Société Atlas Vision',
            supportKind: 'incubation',
            startedOn: '2026-02-01',
          },
          actor_user_id: expect.any(String),
        },
      ]);

      // The same company on the same project again: 409, nothing written.
      const again = await link(managerA, projectA1, company(ice, { supportKind: 'funding' })).expect(409);
      expect(again.body).toMatchObject({
        type: `${PROBLEMS}beneficiary-already-linked`,
        beneficiaryId: created.body.beneficiary.id,
      });
      const links = await admin.query(
        `SELECT support_kind FROM project_beneficiary WHERE beneficiary_id = $1`,
        [created.body.beneficiary.id],
      );
      expect(links.rows).toEqual([{ support_kind: 'incubation' }]);
    });

    it('deduplicates by ICE across institutes: the registry keeps one entry, described by whoever came first', async () => {
      const ice = newIce();
      const first = await link(managerA, projectA1, company(ice)).expect(201);
      const second = await link(
        managerB,
        projectB1,
        company(ice, { name: 'ATLAS VISION SARL', size: 'small', supportKind: 'technical_assistance' }),
      ).expect(201);
      expect(second.body.beneficiary).toEqual(first.body.beneficiary);
      expect(second.body.supportKind).toBe('technical_assistance');
      // Said, not silently dropped: another name and another size.
      expect(second.body.mismatch.differences).toEqual([
        { field: 'name', registry: 'Société Atlas Vision', declared: 'ATLAS VISION SARL' },
        { field: 'size', registry: 'startup', declared: 'small' },
      ]);
      const third = await link(managerA, projectA2, company(ice, { supportKind: 'acceleration' })).expect(
        201,
      );
      expect(third.body.beneficiary.id).toBe(first.body.beneficiary.id);
      const { rows } = await admin.query(`SELECT count(*)::int AS n FROM beneficiary WHERE ice = $1`, [ice]);
      expect(rows[0].n).toBe(1);
    });

    it('yields one beneficiary when two institutes link the same new ICE at the same time', async () => {
      for (let round = 0; round < 5; round++) {
        const ice = newIce();
        const responses = await Promise.all([
          link(managerA, projectA1, company(ice)),
          link(managerB, projectB1, company(ice, { name: 'Autre nom' })),
          link(managerA, projectA2, company(ice, { supportKind: 'training' })),
        ]);
        expect(responses.map((r) => r.status)).toEqual([201, 201, 201]);
        expect(new Set(responses.map((r) => r.body.beneficiary.id)).size).toBe(1);
        const { rows } = await admin.query(
          `SELECT b.id, count(pb.*)::int AS links FROM beneficiary b
             LEFT JOIN project_beneficiary pb ON pb.beneficiary_id = b.id
            WHERE b.ice = $1 GROUP BY b.id`,
          [ice],
        );
        expect(rows).toEqual([{ id: responses[0].body.beneficiary.id, links: 3 }]);
      }
    });

    it('refuses malformed companies and supports, and unknown regions or sectors', async () => {
      const ice = newIce();
      const cases: [object, string[]][] = [
        [company('12345678901234'), ['ice']],
        [company(ice, { regionCode: 'MA-99' }), ['regionCode']],
        [company(ice, { sector: `nope_${ice}` }), ['sector']],
        [company(ice, { size: 'large', supportKind: 'mentoring' }), ['size', 'supportKind']],
        [company(ice, { startedOn: '2026-02-30' }), ['startedOn']],
        [company(ice, { name: '   ' }), ['name']],
        [{ ...company(ice), tenantId: instituteB.id, projectId: projectB1 }, ['tenantId', 'projectId']],
      ];
      for (const [body, fields] of cases) {
        const response = await link(managerA, projectA1, body).expect(400);
        expect(response.body.type).toBe(`${PROBLEMS}validation-failed`);
        expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
          [...fields].sort(),
        );
      }
      const { rows } = await admin.query(`SELECT count(*)::int AS n FROM beneficiary WHERE ice = $1`, [ice]);
      expect(rows[0].n).toBe(0);
    });

    it("is for the project's editors: team members and managers, not other researchers, partners or Root", async () => {
      await link(teamResearcherA, projectA1, company(newIce())).expect(201);
      for (const who of [otherResearcherA, partnerInAdmin]) {
        const refused = await link(who, projectA1, company(newIce())).expect(403);
        expect(refused.body.type).toBe(
          `${PROBLEMS}${who === partnerInAdmin ? 'permission-denied' : 'project-read-only'}`,
        );
      }
      await link(rootAdmin, projectA1, company(newIce())).expect(403);
    });
  });

  describe('reading', () => {
    let shared: { id: string; ice: string };

    beforeAll(async () => {
      const ice = newIce();
      const first = await link(
        managerA,
        projectA1,
        company(ice, {
          name: 'Société Générale d’Ingénierie Agricole',
          sector: 'agriculture',
          size: 'medium',
          regionCode: 'MA-09',
        }),
      ).expect(201);
      await link(managerA, projectA2, company(ice)).expect(201);
      await link(managerB, projectB1, company(ice, { supportKind: 'funding' })).expect(201);
      shared = { id: first.body.beneficiary.id, ice };
    });

    it('shows each caller the supports it can see: its own institute, its projects as partner, all for Root', async () => {
      const get = (who: SignedIn) => http().get(`/api/v1/beneficiaries/${shared.id}`).set(as(who));
      const byRoot = await get(analyst).expect(200);
      expect(supportsOf(byRoot.body)).toEqual([projectA1, projectA2, projectB1].sort());
      expect(
        byRoot.body.supports.find((s: { project: { id: string } }) => s.project.id === projectB1),
      ).toEqual({
        institute: { id: instituteB.id, names: expect.objectContaining({ fr: expect.any(String) }) },
        project: { id: projectB1, title: 'Programme PME' },
        supportKind: 'funding',
        startedOn: '2026-02-01',
        note: null,
        linkedAt: expect.any(String),
      });
      expect(supportsOf((await get(managerA).expect(200)).body)).toEqual([projectA1, projectA2].sort());
      expect(supportsOf((await get(otherResearcherA).expect(200)).body)).toEqual(
        [projectA1, projectA2].sort(),
      );
      expect(supportsOf((await get(managerB).expect(200)).body)).toEqual([projectB1]);
      expect(supportsOf((await get(partnerInAdmin).expect(200)).body)).toEqual([projectA1]);
      // A tenant that supports it in no project it can see does not see it at all.
      await get(managerC).expect(404);
      await get(partnerOutAdmin).expect(404);
      await http().get(`/api/v1/beneficiaries/${uuidv7()}`).set(as(rootAdmin)).expect(404);
    });

    it('searches by folded name or ICE and filters by size, sector and region', async () => {
      const search = async (who: SignedIn, query: Record<string, string>) =>
        (await http().get('/api/v1/beneficiaries').query(query).set(as(who)).expect(200)).body.data.map(
          (b: { id: string }) => b.id,
        );
      expect(await search(managerB, { q: shared.ice })).toEqual([shared.id]);
      expect(await search(managerB, { q: shared.ice.slice(3, 12) })).toContain(shared.id);
      expect(await search(managerA, { q: 'generale d’ingenierie AGRICOLE', sector: 'agriculture' })).toEqual([
        shared.id,
      ]);
      expect(await search(rootAdmin, { q: shared.ice, size: 'medium', region: 'MA-09' })).toEqual([
        shared.id,
      ]);
      expect(await search(rootAdmin, { q: shared.ice, size: 'startup' })).toEqual([]);
      expect(await search(rootAdmin, { q: shared.ice, region: 'MA-06' })).toEqual([]);
      expect(await search(managerC, { q: shared.ice })).toEqual([]);
      expect(await search(partnerOutAdmin, { q: shared.ice })).toEqual([]);
      const listed = await http()
        .get('/api/v1/beneficiaries')
        .query({ q: shared.ice })
        .set(as(partnerInAdmin))
        .expect(200);
      expect(listed.body.data.map(supportsOf)).toEqual([[projectA1]]);
      await http().get('/api/v1/beneficiaries?size=large').set(as(managerA)).expect(400);
      await http().get('/api/v1/beneficiaries?tenantId=x').set(as(managerA)).expect(400);
    });

    it('pages through what an institute supports', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { data: { id: string }[]; nextCursor: string | null } } = await http()
          .get('/api/v1/beneficiaries')
          .query({ limit: '2', ...(cursor ? { cursor } : {}) })
          .set(as(managerB))
          .expect(200);
        expect(page.body.data.length).toBeLessThanOrEqual(2);
        seen.push(...page.body.data.map((b) => b.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      const { rows } = await admin.query(
        `SELECT DISTINCT beneficiary_id AS id FROM project_beneficiary WHERE tenant_id = $1 ORDER BY 1`,
        [instituteB.id],
      );
      expect(seen).toEqual(rows.map((r) => r.id));
    });

    it("lists a project's beneficiaries for those who read the project, and 404 for everyone else", async () => {
      const list = (who: SignedIn, projectId: string) =>
        http().get(`/api/v1/projects/${projectId}/beneficiaries`).set(as(who));
      for (const who of [managerA, otherResearcherA, partnerInAdmin, analyst]) {
        const response = await list(who, projectA1).expect(200);
        expect(response.body.data.map((l: { beneficiary: { id: string } }) => l.beneficiary.id)).toContain(
          shared.id,
        );
      }
      const page = await http()
        .get(`/api/v1/projects/${projectA1}/beneficiaries?limit=1`)
        .set(as(partnerInAdmin))
        .expect(200);
      expect(page.body.data).toHaveLength(1);
      expect(page.body.nextCursor).toEqual(expect.any(String));

      for (const who of [managerB, partnerOutAdmin]) {
        await list(who, projectA1)
          .expect(404)
          .expect((r) => expect(r.body.type).toBe(`${PROBLEMS}not-found`));
        await link(who, projectA1, company(newIce())).expect(who === managerB ? 404 : 403);
        await http()
          .delete(`/api/v1/projects/${projectA1}/beneficiaries/${shared.id}`)
          .set(as(who))
          .expect(who === managerB ? 404 : 403);
      }
      // A partner that takes part in another institute's project does not see A's other projects.
      await list(partnerInAdmin, projectA2).expect(404);
      await list(managerA, uuidv7()).expect(404);
      const { rows } = await admin.query(
        `SELECT count(*)::int AS n FROM project_beneficiary WHERE project_id = $1 AND beneficiary_id = $2`,
        [projectA1, shared.id],
      );
      expect(rows[0].n).toBe(1);
    });
  });

  describe('unlinking and corrections', () => {
    it('unlinks a company from one project; it stays in the registry and in the other projects', async () => {
      const ice = newIce();
      const linked = await link(managerA, projectA2, company(ice)).expect(201);
      await link(managerB, projectB1, company(ice)).expect(201);
      const id = linked.body.beneficiary.id;

      await http()
        .delete(`/api/v1/projects/${projectA2}/beneficiaries/${id}`)
        .set(as(otherResearcherA))
        .expect(403);
      await http().delete(`/api/v1/projects/${projectA2}/beneficiaries/${id}`).set(as(managerA)).expect(204);
      await http()
        .delete(`/api/v1/projects/${projectA2}/beneficiaries/${id}`)
        .set(as(managerA))
        .expect(404)
        .expect((r) => expect(r.body.type).toBe(`${PROBLEMS}not-found`));
      await http()
        .delete(`/api/v1/projects/${projectA2}/beneficiaries/not-a-uuid`)
        .set(as(managerA))
        .expect(400)
        .expect((r) => expect(r.body.errors[0].field).toBe('beneficiaryId'));

      const history = await admin.query(
        `SELECT changes FROM project_history
          WHERE tenant_id = $1 AND project_id = $2 AND action = 'beneficiary.unlinked'`,
        [instituteA.id, projectA2],
      );
      expect(history.rows).toEqual([
        { changes: { beneficiaryId: id, ice, name: 'Société Atlas Vision', supportKind: 'incubation' } },
      ]);
      // A no longer supports it, so A no longer sees it; B and Root still do.
      await http().get(`/api/v1/beneficiaries/${id}`).set(as(managerA)).expect(404);
      const byB = await http().get(`/api/v1/beneficiaries/${id}`).set(as(managerB)).expect(200);
      expect(supportsOf(byB.body)).toEqual([projectB1]);
      // Linking it again is a new support of the same registry entry.
      const relinked = await link(managerA, projectA2, company(ice, { supportKind: 'training' })).expect(201);
      expect(relinked.body.beneficiary.id).toBe(id);
    });

    it("are Root network admins' only: name, size, sector and region, never the ICE", async () => {
      const ice = newIce();
      const linked = await link(managerA, projectA1, company(ice)).expect(201);
      const id = linked.body.beneficiary.id;
      const path = `/api/v1/beneficiaries/${id}`;

      for (const who of [managerA, analyst, partnerInAdmin]) {
        await http().patch(path).set(as(who)).send({ name: 'Hijacked' }).expect(403);
      }
      await http().patch(path).set(as(rootAdmin)).send({ ice: newIce() }).expect(400);
      await http()
        .patch(path)
        .set(as(rootAdmin))
        .send({ sector: `nope_${ice}`, regionCode: 'MA-99' })
        .expect(400)
        .expect((r) =>
          expect(r.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
            'regionCode',
            'sector',
          ]),
        );
      await http()
        .patch(`/api/v1/beneficiaries/${uuidv7()}`)
        .set(as(rootAdmin))
        .send({ name: 'X' })
        .expect(404);

      const corrected = await http()
        .patch(path)
        .set(as(rootAdmin))
        .send({ name: 'Atlas Vision SA', size: 'small', sector: 'industry', regionCode: 'MA-04' })
        .expect(200);
      expect(corrected.body).toMatchObject({
        id,
        ice,
        name: 'Atlas Vision SA',
        size: 'small',
        sector: 'industry',
        region: { code: 'MA-04' },
      });
      expect(supportsOf(corrected.body)).toEqual([projectA1]);
      // Every project sees the corrected entry.
      const list = await http()
        .get(`/api/v1/projects/${projectA1}/beneficiaries`)
        .set(as(managerA))
        .expect(200);
      expect(
        list.body.data.find((l: { beneficiary: { id: string } }) => l.beneficiary.id === id).beneficiary.name,
      ).toBe('Atlas Vision SA');

      const audit = await admin.query(
        `SELECT action, data FROM audit_event WHERE tenant_id = $1 AND target_type = 'beneficiary' AND target_id = $2`,
        [root.id, id],
      );
      expect(audit.rows).toEqual([
        {
          action: 'beneficiary.updated',
          data: {
            ice,
            before: { name: 'Société Atlas Vision', size: 'startup', sector: 'health', regionCode: 'MA-06' },
            after: { name: 'Atlas Vision SA', size: 'small', sector: 'industry', regionCode: 'MA-04' },
          },
        },
      ]);
    });
  });
});
