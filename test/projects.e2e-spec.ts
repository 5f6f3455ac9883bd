import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { networkToday } from '@jazari/config';
import { uuidv7 } from '@jazari/database';
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

const BASE = '/api/v1/projects';

type Body = Record<string, unknown>;

/** A valid creation body; override what the test is about. */
function projectBody(leadUserId: string, overrides: Body = {}): Body {
  return {
    type: 'applied_rnd',
    title: `Projet ${Math.random().toString(36).slice(2, 8)}`,
    summary: 'Un projet de test',
    startDate: '2026-01-01',
    endDate: '2027-06-30',
    budgetMad: '1250000',
    leadUserId,
    priorityCodes: ['research_innovation.applied_research'],
    regionCodes: ['MA-06'],
    domainCodes: ['agriculture'],
    ...overrides,
  };
}

/** The CSV body as bytes, to see the BOM as sent. */
function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('projects core', () => {
  const config = testConfig();
  let api: NestFastifyApplication;
  let admin: pg.Client;
  let institute: TestTenant;
  let other: TestTenant;
  let partner: TestTenant;
  let secondPartner: TestTenant;
  let suspendedPartner: TestTenant;
  let managerUser: TestUser;
  let teamResearcherUser: TestUser;
  let offTeamResearcherUser: TestUser;
  let manager: SignedIn;
  let teamResearcher: SignedIn;
  let offTeamResearcher: SignedIn;
  let otherManager: SignedIn;
  let partnerAdmin: SignedIn;
  let rootAdmin: SignedIn;

  const http = () => request(api.getHttpServer());
  const as = (session: SignedIn, headers: Record<string, string> = {}) => {
    const auth = <T extends request.Test>(test: T) =>
      test.auth(session.accessToken, { type: 'bearer' }).set(headers);
    return {
      get: (path: string) => auth(http().get(path)),
      post: (path: string, body: object = {}) => auth(http().post(path)).send(body),
      patch: (path: string, body: object) => auth(http().patch(path)).send(body),
      put: (path: string, body: object) => auth(http().put(path)).send(body),
    };
  };
  const create = async (session: SignedIn, body: Body) => {
    const response = await as(session).post(BASE, body);
    if (response.status !== 201)
      throw new Error(`create: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string; version: number; title: string };
  };
  const historyOf = async (session: SignedIn, id: string) =>
    (await as(session).get(`${BASE}/${id}/history?limit=200`).expect(200)).body.data as {
      action: string;
      changes: Body;
      actorUserId: string | null;
    }[];
  const count = async (sql: string, params: unknown[]) =>
    Number((await admin.query<{ n: string }>(sql, params)).rows[0].n);

  beforeAll(async () => {
    admin = await adminClient();
    const root = await ensureRootTenant(admin);
    institute = await createTenant(admin, 'institute');
    other = await createTenant(admin, 'institute');
    partner = await createTenant(admin, 'partner');
    secondPartner = await createTenant(admin, 'partner');
    suspendedPartner = await createTenant(admin, 'partner', { status: 'suspended' });
    managerUser = await createUser(admin, [{ tenant: institute, role: 'institute_manager' }], {
      displayName: 'Hind Alaoui',
    });
    teamResearcherUser = await createUser(admin, [{ tenant: institute, role: 'researcher' }], {
      displayName: 'Amine Idrissi',
    });
    offTeamResearcherUser = await createUser(admin, [{ tenant: institute, role: 'researcher' }]);
    const otherManagerUser = await createUser(admin, [{ tenant: other, role: 'institute_manager' }]);
    const partnerAdminUser = await createUser(admin, [{ tenant: partner, role: 'partner_admin' }]);
    const rootAdminUser = await createUser(admin, [{ tenant: root, role: 'network_admin' }]);
    api = await createApi(config);
    [manager, teamResearcher, offTeamResearcher, otherManager, partnerAdmin, rootAdmin] = await Promise.all(
      [
        managerUser,
        teamResearcherUser,
        offTeamResearcherUser,
        otherManagerUser,
        partnerAdminUser,
        rootAdminUser,
      ].map((u) => signIn(api, u.email, u.password)),
    );
  });
  afterAll(async () => {
    await api?.close();
    await admin?.end();
  });

  it('describes every route, body and response in OpenAPI', async () => {
    const { body: doc } = await http().get('/api/openapi.json').expect(200);
    const operations: [string, string][] = [
      ['/api/v1/projects', 'get'],
      ['/api/v1/projects', 'post'],
      ['/api/v1/projects/export.csv', 'get'],
      ['/api/v1/projects/{id}', 'get'],
      ['/api/v1/projects/{id}', 'patch'],
      ['/api/v1/projects/{id}/history', 'get'],
      ['/api/v1/projects/{id}/team', 'put'],
      ['/api/v1/projects/{id}/partners', 'put'],
      ...['activate', 'hold', 'complete', 'cancel'].map((a): [string, string] => [
        `/api/v1/projects/{id}/${a}`,
        'post',
      ]),
    ];
    for (const [path, method] of operations) {
      const operation = doc.paths[path]?.[method];
      expect({ path, method, tagged: operation?.tags }).toEqual({ path, method, tagged: ['projects'] });
      const ok = operation.responses['200'] ?? operation.responses['201'];
      expect(Object.keys(ok.content)).toEqual([path.endsWith('.csv') ? 'text/csv' : 'application/json']);
    }
    expect(doc.paths['/api/v1/projects'].post.requestBody.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/CreateProjectDto',
    );
    expect(doc.components.schemas.ProjectResponseDto.properties).toHaveProperty('allowedTransitions');
    expect(doc.components.schemas.CreateProjectDto.properties).not.toHaveProperty('status');
  });

  describe('one project, from proposal to completion', () => {
    let id: string;

    it('is created by a manager with priorities, regions, domains, a partner and a team', async () => {
      const response = await as(manager)
        .post(
          BASE,
          projectBody(managerUser.id, {
            type: 'research',
            title: '  Prédiction des récoltes  ',
            summary: 'Imagerie satellite et modèles de rendement',
            budgetMad: '1250000',
            spentMad: '1000.5',
            team: [teamResearcherUser.id.toUpperCase()],
            partnerTenantIds: [partner.id],
            priorityCodes: ['research_innovation', 'sovereign_infrastructure.open_data'],
            regionCodes: ['MA-06', 'MA-03'],
            domainCodes: ['agriculture'],
          }),
        )
        .expect(201);
      id = response.body.id;
      expect(response.headers.location).toBe(`${BASE}/${id}`);
      expect(response.headers.etag).toBe('"1"');
      expect(response.body).toMatchObject({
        institute: { id: institute.id, slug: institute.slug },
        type: 'research',
        title: 'Prédiction des récoltes',
        status: 'proposed',
        allowedTransitions: ['active', 'cancelled'],
        version: 1,
        budgetMad: '1250000.00',
        spentMad: '1000.50',
        currency: 'MAD',
        startDate: '2026-01-01',
        endDate: '2027-06-30',
        lead: { id: managerUser.id, displayName: 'Hind Alaoui' },
        team: [{ id: teamResearcherUser.id, displayName: 'Amine Idrissi' }],
        partners: [{ id: partner.id, slug: partner.slug }],
        regions: [{ code: 'MA-03' }, { code: 'MA-06', labels: { fr: 'Casablanca-Settat' } }],
        domains: [{ code: 'agriculture', labels: { fr: 'Agriculture', ar: 'الفلاحة', en: 'Agriculture' } }],
        counts: { milestones: 0, deliverables: 0, lateMilestones: 0, overdueDeliverables: 0 },
        canEdit: true,
        canManage: true,
        createdBy: managerUser.id,
      });
      expect(response.body.priorities.map((p: { code: string }) => p.code)).toEqual([
        'research_innovation',
        'sovereign_infrastructure.open_data',
      ]);
      expect(response.body.priorities[0].labels).toEqual({
        fr: 'Recherche et innovation',
        ar: 'البحث والابتكار',
        en: 'Research and innovation',
      });
      const history = await historyOf(manager, id);
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({
        action: 'project.created',
        actorUserId: managerUser.id,
        changes: { status: 'proposed', partnerTenantIds: [partner.id] },
      });
    });

    it('is read by its manager, with an ETag', async () => {
      const response = await as(manager).get(`${BASE}/${id}`).expect(200);
      expect(response.headers.etag).toBe('"1"');
      expect(response.body).toMatchObject({ id, version: 1, canEdit: true, canManage: true });
    });

    it('records only the changed fields of an edit, and nothing for an edit that changes nothing', async () => {
      const response = await as(manager)
        .patch(`${BASE}/${id}`, {
          title: 'Prédiction des récoltes',
          summary: 'Imagerie satellite, sols et modèles de rendement',
          budgetMad: '1300000.00',
          spentMad: '1000.50',
          regionCodes: ['MA-03', 'MA-06'],
          domainCodes: ['agriculture', 'water'],
        })
        .expect(200);
      expect(response.headers.etag).toBe('"2"');
      expect(response.body).toMatchObject({ version: 2, budgetMad: '1300000.00' });
      expect(response.body.domains.map((d: { code: string }) => d.code)).toEqual(['agriculture', 'water']);
      const history = await historyOf(manager, id);
      expect(history.map((h) => h.action)).toEqual(['project.created', 'project.updated']);
      expect(history[1].changes).toEqual({
        summary: {
          from: 'Imagerie satellite et modèles de rendement',
          to: 'Imagerie satellite, sols et modèles de rendement',
        },
        budgetMad: { from: '1250000.00', to: '1300000.00' },
        domainCodes: { from: ['agriculture'], to: ['agriculture', 'water'] },
      });

      const same = await as(manager).patch(`${BASE}/${id}`, { budgetMad: '1300000' }).expect(200);
      expect(same.body.version).toBe(2);
      expect(await historyOf(manager, id)).toHaveLength(2);
    });

    it('refuses an edit based on a stale version with 412, and applies a current one', async () => {
      const stale = await as(manager, { 'if-match': '"1"' })
        .patch(`${BASE}/${id}`, { title: 'Titre périmé' })
        .expect(412);
      expect(stale.headers['content-type']).toContain('application/problem+json');
      expect(stale.body).toMatchObject({
        type: 'https://jazari.ma/problems/precondition-failed',
        currentVersion: 2,
      });
      expect(stale.headers.etag).toBe('"2"');
      expect((await as(manager).get(`${BASE}/${id}`)).body.title).toBe('Prédiction des récoltes');

      const current = await as(manager, { 'if-match': '"2"' })
        .patch(`${BASE}/${id}`, { endDate: '2027-12-31' })
        .expect(200);
      expect(current.body).toMatchObject({ version: 3, endDate: '2027-12-31' });
      expect(current.headers.etag).toBe('"3"');
    });

    it('refuses an end before the start, against the stored start', async () => {
      const response = await as(manager).patch(`${BASE}/${id}`, { endDate: '2025-12-31' }).expect(400);
      expect(response.body.errors).toEqual([
        // The manager's profile is French: so are the messages.
        { field: 'endDate', messages: ['endDate doit être égale ou postérieure à startDate'] },
      ]);
    });

    it('lets a researcher on the team edit, and one off the team only read', async () => {
      const edited = await as(teamResearcher).patch(`${BASE}/${id}`, { spentMad: '2000' }).expect(200);
      expect(edited.body).toMatchObject({ spentMad: '2000.00', canEdit: true, canManage: false });

      const read = await as(offTeamResearcher).get(`${BASE}/${id}`).expect(200);
      expect(read.body).toMatchObject({ canEdit: false, canManage: false });
      const refused = await as(offTeamResearcher).patch(`${BASE}/${id}`, { title: 'Pas moi' }).expect(403);
      expect(refused.body.type).toBe('https://jazari.ma/problems/project-read-only');
      // Status moves are for managers only.
      await as(teamResearcher).post(`${BASE}/${id}/activate`).expect(403);
    });

    it('moves through the workflow by action routes, and refuses an illegal move with what is allowed', async () => {
      const activated = await as(manager).post(`${BASE}/${id}/activate`).expect(200);
      expect(activated.body).toMatchObject({
        status: 'active',
        allowedTransitions: ['on_hold', 'completed', 'cancelled'],
      });
      const illegal = await as(manager).post(`${BASE}/${id}/activate`).expect(409);
      expect(illegal.body).toMatchObject({
        type: 'https://jazari.ma/problems/illegal-transition',
        from: 'active',
        to: 'active',
        allowed: ['on_hold', 'completed', 'cancelled'],
      });
      await as(manager).post(`${BASE}/${id}/hold`).expect(200);
      await as(manager, { 'if-match': '"1"' }).post(`${BASE}/${id}/activate`).expect(412);
      const resumed = await as(manager).post(`${BASE}/${id}/activate`).expect(200);
      expect(resumed.body.status).toBe('active');

      const history = await historyOf(manager, id);
      expect(history.filter((h) => h.action === 'project.status_changed').map((h) => h.changes)).toEqual([
        { from: 'proposed', to: 'active' },
        { from: 'active', to: 'on_hold' },
        { from: 'on_hold', to: 'active' },
      ]);
    });

    it('is read by its partner, which changes nothing', async () => {
      const read = await as(partnerAdmin).get(`${BASE}/${id}`).expect(200);
      expect(read.body).toMatchObject({
        id,
        canEdit: false,
        canManage: false,
        partners: [{ id: partner.id }],
        team: [{ id: teamResearcherUser.id }],
      });
      await as(partnerAdmin).get(`${BASE}/${id}/history`).expect(200);
      const before = await as(manager).get(`${BASE}/${id}`);
      await as(partnerAdmin).patch(`${BASE}/${id}`, { title: 'Par le partenaire' }).expect(403);
      await as(partnerAdmin).post(`${BASE}/${id}/cancel`).expect(403);
      await as(partnerAdmin).put(`${BASE}/${id}/partners`, { partnerTenantIds: [] }).expect(403);
      expect((await as(manager).get(`${BASE}/${id}`)).body.version).toBe(before.body.version);
      const list = await as(partnerAdmin).get(BASE).expect(200);
      expect(list.body.data.map((p: { id: string }) => p.id)).toContain(id);
    });

    it('does not exist for another institute', async () => {
      const before = await as(manager).get(`${BASE}/${id}`);
      for (const response of [
        await as(otherManager).get(`${BASE}/${id}`),
        await as(otherManager).patch(`${BASE}/${id}`, { title: 'Intrus' }),
        await as(otherManager).post(`${BASE}/${id}/cancel`),
        await as(otherManager).put(`${BASE}/${id}/team`, { team: [] }),
        await as(otherManager).get(`${BASE}/${id}/history`),
      ]) {
        expect(response.status).toBe(404);
        expect(response.body.type).toBe('https://jazari.ma/problems/not-found');
      }
      expect((await as(manager).get(`${BASE}/${id}`)).body.version).toBe(before.body.version);
      const list = await as(otherManager).get(`${BASE}?limit=200`).expect(200);
      expect(list.body.data.map((p: { id: string }) => p.id)).not.toContain(id);
      const search = await as(otherManager).get(`${BASE}?q=prediction`).expect(200);
      expect(search.body.data.map((p: { id: string }) => p.id)).not.toContain(id);
    });

    it('is listed network-wide for Root, who reads but does not change it', async () => {
      const list = await as(rootAdmin).get(`${BASE}?institute=${institute.id}&limit=200`).expect(200);
      expect(list.body.data.map((p: { id: string }) => p.id)).toContain(id);
      const all = await as(rootAdmin).get(`${BASE}?q=prediction%20recoltes&limit=200`).expect(200);
      expect(all.body.data.map((p: { id: string }) => p.id)).toContain(id);
      const read = await as(rootAdmin).get(`${BASE}/${id}`).expect(200);
      expect(read.body).toMatchObject({
        canEdit: false,
        canManage: false,
        lead: { displayName: 'Hind Alaoui' },
      });
      await as(rootAdmin).patch(`${BASE}/${id}`, { title: 'Par Root' }).expect(403);
      await as(rootAdmin).post(BASE, projectBody(managerUser.id)).expect(403);
    });

    it('changes its team and lead, and its partners, through the manager routes', async () => {
      const team = await as(manager)
        .put(`${BASE}/${id}/team`, {
          leadUserId: teamResearcherUser.id,
          team: [teamResearcherUser.id, offTeamResearcherUser.id],
        })
        .expect(200);
      expect(team.body.lead.id).toBe(teamResearcherUser.id);
      expect(team.body.team.map((p: { id: string }) => p.id).sort()).toEqual(
        [teamResearcherUser.id, offTeamResearcherUser.id].sort(),
      );
      // Now on the team, the researcher edits.
      await as(offTeamResearcher).patch(`${BASE}/${id}`, { summary: 'Ajout' }).expect(200);

      const notMember = await as(manager)
        .put(`${BASE}/${id}/team`, { team: [uuidv7()], leadUserId: uuidv7() })
        .expect(400);
      expect(notMember.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'leadUserId',
        'team',
      ]);

      const partners = await as(manager)
        .put(`${BASE}/${id}/partners`, { partnerTenantIds: [secondPartner.id] })
        .expect(200);
      expect(partners.body.partners.map((p: { id: string }) => p.id)).toEqual([secondPartner.id]);
      // The partner taken off no longer sees the project.
      await as(partnerAdmin).get(`${BASE}/${id}`).expect(404);

      const suspended = await as(manager)
        .put(`${BASE}/${id}/partners`, { partnerTenantIds: [secondPartner.id, suspendedPartner.id] })
        .expect(400);
      expect(suspended.body.errors[0].field).toBe('partnerTenantIds');

      const history = await historyOf(manager, id);
      expect(history.find((h) => h.action === 'project.team_changed')?.changes).toEqual({
        leadUserId: { from: managerUser.id, to: teamResearcherUser.id },
        team: { added: [offTeamResearcherUser.id], removed: [] },
      });
      expect(history.find((h) => h.action === 'project.partners_changed')?.changes).toEqual({
        partners: { added: [secondPartner.id], removed: [partner.id] },
      });
    });

    it('completes, and then is final', async () => {
      await as(manager).post(`${BASE}/${id}/complete`).expect(200);
      const refused = await as(manager).post(`${BASE}/${id}/cancel`).expect(409);
      expect(refused.body).toMatchObject({ from: 'completed', to: 'cancelled', allowed: [] });
      expect((await as(manager).get(`${BASE}/${id}`)).body.allowedTransitions).toEqual([]);
    });
  });

  describe('what a creation body may say', () => {
    const projectsOf = (tenant: TestTenant) =>
      count(`SELECT count(*) AS n FROM project WHERE tenant_id = $1`, [tenant.id]);

    it('names the field of an unknown priority, domain, partner, lead or team member', async () => {
      const before = await projectsOf(institute);
      const response = await as(manager)
        .post(
          BASE,
          projectBody(uuidv7(), {
            priorityCodes: ['research_innovation', 'no_such_priority'],
            domainCodes: ['no_such_domain'],
            partnerTenantIds: [other.id],
            team: [offTeamResearcherUser.id, uuidv7()],
          }),
        )
        .expect(400);
      expect(response.body.type).toBe('https://jazari.ma/problems/validation-failed');
      const fields = response.body.errors.map((e: { field: string }) => e.field).sort();
      expect(fields).toEqual(
        ['domainCodes', 'leadUserId', 'partnerTenantIds', 'team', 'priorityCodes'].sort(),
      );
      expect(
        response.body.errors.find((e: { field: string }) => e.field === 'priorityCodes').messages[0],
      ).toContain('no_such_priority');
      expect(await projectsOf(institute)).toBe(before);
    });

    it('answers an unknown priority code with 400 on priorityCodes', async () => {
      const response = await as(manager)
        .post(BASE, projectBody(managerUser.id, { priorityCodes: ['unknown_priority'] }))
        .expect(400);
      expect(response.body.errors).toEqual([
        {
          field: 'priorityCodes',
          messages: ['priorité nationale inconnue ou inactive : unknown_priority'],
        },
      ]);
    });

    it('checks shapes: money as decimal strings, dates, regions, at least one priority', async () => {
      const response = await as(manager)
        .post(
          BASE,
          projectBody(managerUser.id, {
            budgetMad: 1250000,
            spentMad: '-1',
            startDate: '2026-02-30',
            endDate: '2025-01-01T00:00:00Z',
            regionCodes: ['MA-13'],
            priorityCodes: [],
            type: 'invention',
          }),
        )
        .expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
        ['budgetMad', 'endDate', 'priorityCodes', 'regionCodes', 'spentMad', 'startDate', 'type'].sort(),
      );
      const precise = await as(manager).post(BASE, projectBody(managerUser.id, { budgetMad: '10.005' }));
      expect(precise.status).toBe(400);
      const order = await as(manager)
        .post(BASE, projectBody(managerUser.id, { startDate: '2026-05-01', endDate: '2026-04-30' }))
        .expect(400);
      expect(order.body.errors[0].field).toBe('endDate');
    });

    it('refuses tenantId, status and owner fields, and writes nothing', async () => {
      const before = await projectsOf(institute);
      const beforeOther = await projectsOf(other);
      const response = await as(manager)
        .post(
          BASE,
          projectBody(managerUser.id, {
            tenantId: other.id,
            status: 'active',
            createdBy: uuidv7(),
            version: 7,
          }),
        )
        .expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'createdBy',
        'status',
        'tenantId',
        'version',
      ]);
      expect(await projectsOf(institute)).toBe(before);
      expect(await projectsOf(other)).toBe(beforeOther);

      const project = await create(manager, projectBody(managerUser.id));
      const patched = await as(manager)
        .patch(`${BASE}/${project.id}`, { status: 'completed', tenantId: other.id, title: 'x' })
        .expect(400);
      expect(patched.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'status',
        'tenantId',
      ]);
      const stored = await admin.query(`SELECT status, title, version FROM project WHERE id = $1`, [
        project.id,
      ]);
      expect(stored.rows[0]).toEqual({ status: 'proposed', title: project.title, version: 1 });
      await as(manager).patch(`${BASE}/${project.id}`, { title: null }).expect(400);
    });

    it('lets only institutes create projects', async () => {
      await as(partnerAdmin).post(BASE, projectBody(managerUser.id)).expect(403);
      await as(teamResearcher).post(BASE, projectBody(teamResearcherUser.id)).expect(403);
    });

    it('answers 400 for an id that is not a UUID and 404 for an unknown one', async () => {
      const bad = await as(manager).get(`${BASE}/not-a-uuid`).expect(400);
      expect(bad.body.errors[0].field).toBe('id');
      await as(manager).get(`${BASE}/${uuidv7()}`).expect(404);
    });
  });

  describe('lists, filters, search and export', () => {
    let lab: TestTenant;
    let labManager: SignedIn;
    let labManagerUser: TestUser;
    let labResearcherUser: TestUser;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      lab = await createTenant(admin, 'institute');
      labManagerUser = await createUser(admin, [{ tenant: lab, role: 'institute_manager' }], {
        displayName: 'Salma Bennani',
      });
      labResearcherUser = await createUser(admin, [{ tenant: lab, role: 'researcher' }], {
        displayName: 'Youssef Tazi',
      });
      labManager = await signIn(api, labManagerUser.email, labManagerUser.password);
      const make = async (key: string, body: Body) => {
        ids[key] = (await create(labManager, projectBody(labManagerUser.id, body))).id;
      };
      // Created in this order: newest last.
      await make('harvest', {
        type: 'research',
        title: 'Prédiction des récoltes',
        summary: 'Rendement des céréales, "semis" et irrigation',
        priorityCodes: ['research_innovation.applied_research'],
        regionCodes: ['MA-03'],
        domainCodes: ['agriculture'],
        partnerTenantIds: [partner.id],
      });
      await make('arabic', {
        type: 'public_service',
        title: 'نظام ذكي لِلتَّنَبُّؤِ بِالْمَحَاصِيلِ',
        summary: 'مشروع تجريبي',
        priorityCodes: ['public_service'],
        regionCodes: ['MA-07'],
        domainCodes: ['public_administration'],
      });
      await make('energy', {
        type: 'prototype',
        title: "Optimisation de l'Énergie solaire",
        summary: 'Réseaux intelligents',
        priorityCodes: ['research_innovation'],
        regionCodes: ['MA-09'],
        domainCodes: ['energy'],
        leadUserId: labResearcherUser.id,
      });
      await make('training', {
        type: 'training',
        title: '=Formation des formateurs',
        summary: 'Compétences en IA',
        priorityCodes: ['human_capital.training'],
        regionCodes: ['MA-06'],
        domainCodes: ['education'],
      });
      await make('late', {
        type: 'sme_adoption',
        title: 'Adoption IA PME',
        summary: 'Accompagnement',
        priorityCodes: ['sme_adoption'],
        regionCodes: ['MA-06'],
        domainCodes: ['industry'],
      });
      await as(labManager).post(`${BASE}/${ids.energy}/activate`).expect(200);
      await as(labManager).post(`${BASE}/${ids.late}/activate`).expect(200);
      // A milestone past due and not done makes `late` overdue; one done late, or due later, does not.
      const insertMilestone = (project: string, due: string, done: string | null) =>
        admin.query(
          `INSERT INTO milestone (tenant_id, id, project_id, title, due_date, done_date) VALUES ($1, $2, $3, 'Jalon', $4, $5)`,
          [lab.id, uuidv7(), project, due, done],
        );
      await insertMilestone(ids.late, '2020-01-31', null);
      await insertMilestone(ids.harvest, '2020-01-31', '2020-02-15');
      await insertMilestone(ids.energy, '2999-01-01', null);
      // A deliverable past due and still planned makes `training` overdue; an accepted one does not.
      const insertDeliverable = (project: string, due: string, status: string) =>
        admin.query(
          `INSERT INTO deliverable (tenant_id, id, project_id, kind, title, due_date, status)
           VALUES ($1, $2, $3, 'technical_report', 'Rapport', $4, $5)`,
          [lab.id, uuidv7(), project, due, status],
        );
      await insertDeliverable(ids.training, '2021-06-30', 'planned');
      await insertDeliverable(ids.harvest, '2021-06-30', 'accepted');
    });

    const listed = async (query: string, session: SignedIn = labManager) => {
      const response = await as(session).get(`${BASE}?limit=200&${query}`).expect(200);
      return (response.body.data as { id: string }[]).map((p) => p.id);
    };
    const keys = (...names: string[]) => names.map((n) => ids[n]);

    it('lists the institute projects newest first, with list columns', async () => {
      expect(await listed('')).toEqual(keys('late', 'training', 'energy', 'arabic', 'harvest'));
      const response = await as(labManager).get(`${BASE}?status=active`).expect(200);
      expect(response.body.data[0]).toMatchObject({
        id: ids.late,
        institute: { id: lab.id, slug: lab.slug },
        type: 'sme_adoption',
        status: 'active',
        startDate: '2026-01-01',
        endDate: '2027-06-30',
        budgetMad: '1250000.00',
        spentMad: '0.00',
        currency: 'MAD',
        lead: { id: labManagerUser.id, displayName: 'Salma Bennani' },
        priorityCodes: ['sme_adoption'],
        regionCodes: ['MA-06'],
        domainCodes: ['industry'],
        lateMilestones: 1,
        overdueDeliverables: 0,
      });
    });

    it('filters by status, type, region, domain, partner and lead', async () => {
      expect(await listed('status=active')).toEqual(keys('late', 'energy'));
      expect(await listed('status=proposed&type=training')).toEqual(keys('training'));
      expect(await listed('region=MA-06')).toEqual(keys('late', 'training'));
      expect(await listed('domain=energy')).toEqual(keys('energy'));
      expect(await listed(`partner=${partner.id}`)).toEqual(keys('harvest'));
      expect(await listed(`lead=${labResearcherUser.id}`)).toEqual(keys('energy'));
      expect(await listed('status=cancelled')).toEqual([]);
    });

    it('matches a level-1 priority with its children, and a child alone', async () => {
      expect(await listed('priority=research_innovation')).toEqual(keys('energy', 'harvest'));
      expect(await listed('priority=research_innovation.applied_research')).toEqual(keys('harvest'));
      expect(await listed('priority=human_capital')).toEqual(keys('training'));
    });

    it('finds overdue projects: a late milestone or a deliverable past due still planned', async () => {
      expect(await listed('overdue=true')).toEqual(keys('late', 'training'));
      expect(await listed('overdue=false')).toEqual(keys('energy', 'arabic', 'harvest'));
      const detail = await as(labManager).get(`${BASE}/${ids.late}`).expect(200);
      expect(detail.body.counts).toEqual({
        milestones: 1,
        deliverables: 0,
        lateMilestones: 1,
        overdueDeliverables: 0,
      });
      await as(labManager).get(`${BASE}?overdue=yes`).expect(400);
    });

    it('searches title and summary with accents, case and Arabic diacritics folded', async () => {
      expect(await listed('q=prediction%20recoltes')).toEqual(keys('harvest'));
      expect(await listed(`q=${encodeURIComponent('PRÉDICTION')}`)).toEqual(keys('harvest'));
      expect(await listed('q=energie')).toEqual(keys('energy'));
      expect(await listed('q=cereales')).toEqual(keys('harvest'));
      // The last word is also a prefix.
      expect(await listed('q=predic')).toEqual(keys('harvest'));
      expect(await listed(`q=${encodeURIComponent('بالمحاصيل')}`)).toEqual(keys('arabic'));
      expect(await listed(`q=${encodeURIComponent('للتنبؤ')}`)).toEqual(keys('arabic'));
      expect(await listed(`q=${encodeURIComponent("l'énergie d'avenir")}`)).toEqual([]);
      expect(await listed(`q=${encodeURIComponent('"semis" & | ! :*')}`)).toEqual(keys('harvest'));
      expect(await listed('q=recoltes&status=active')).toEqual([]);
    });

    it('shows a partner the projects it takes part in, and Root any institute', async () => {
      const partnerSees = await listed(`institute=${lab.id}`, partnerAdmin);
      expect(partnerSees).toEqual(keys('harvest'));
      expect(await listed(`institute=${lab.id}`, rootAdmin)).toEqual(
        keys('late', 'training', 'energy', 'arabic', 'harvest'),
      );
      expect(await listed(`institute=${lab.id}&overdue=true`, rootAdmin)).toEqual(keys('late', 'training'));
      expect(await listed('', otherManager)).toEqual(expect.not.arrayContaining(Object.values(ids)));
    });

    it('pages with an opaque cursor', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `limit=2&cursor=${cursor}` : 'limit=2';
        const response = await as(labManager).get(`${BASE}?${query}`).expect(200);
        seen.push(...response.body.data.map((p: { id: string }) => p.id));
        cursor = response.body.nextCursor;
        pages += 1;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual(keys('late', 'training', 'energy', 'arabic', 'harvest'));
      const bad = await as(labManager).get(`${BASE}?cursor=bm90LWEtY3Vyc29y`).expect(400);
      expect(bad.body.errors[0].field).toBe('cursor');
      await as(labManager).get(`${BASE}?limit=0`).expect(400);
      await as(labManager).get(`${BASE}?limit=201`).expect(400);
      await as(labManager).get(`${BASE}?tenantId=${lab.id}`).expect(400);
    });

    it('lists for an API key as for its creator, and records the key’s use (its check writes, so its unit of work is not read-only)', async () => {
      const created = await as(labManager)
        .post('/api/v1/api-keys', { name: 'list reader', permissions: ['projects.read'] })
        .expect(201);
      const key = created.body.key as string;
      const byKey = await http().get(BASE).auth(key, { type: 'bearer' }).expect(200);
      expect(byKey.body.data.map((p: { id: string }) => p.id)).toEqual(
        keys('late', 'training', 'energy', 'arabic', 'harvest'),
      );
      const used = await admin.query<{ last_used_at: Date | null }>(
        `SELECT last_used_at FROM api_key WHERE id = $1`,
        [created.body.id],
      );
      expect(used.rows[0].last_used_at).not.toBeNull();
      // A signed-out session's token is refused on the read-only list as on any route, and gets no rows.
      const signedOut = await signIn(api, labManagerUser.email, labManagerUser.password);
      await http().post('/api/v1/auth/logout').send({ refreshToken: signedOut.refreshToken }).expect(204);
      const refused = await as(signedOut).get(BASE).expect(401);
      expect(refused.body.data).toBeUndefined();
    });

    it('exports the filtered list as CSV with a BOM, a header row and every column', async () => {
      const response = await as(labManager)
        .get(`${BASE}/export.csv?region=MA-06`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      const today = networkToday();
      expect(response.headers['content-disposition']).toBe(`attachment; filename="projects-${today}.csv"`);
      const bytes = response.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').split('\r\n');
      expect(lines[0]).toBe(
        'institute,title,type,status,start,end,budget_mad,spent_mad,lead,priorities,regions,domains,partners',
      );
      expect(lines.slice(1)).toEqual([
        `Test ${lab.slug},Adoption IA PME,sme_adoption,active,2026-01-01,2027-06-30,1250000.00,0.00,Salma Bennani,sme_adoption,MA-06,industry,`,
        `Test ${lab.slug},'=Formation des formateurs,training,proposed,2026-01-01,2027-06-30,1250000.00,0.00,Salma Bennani,human_capital.training,MA-06,education,`,
        '',
      ]);

      const all = await as(labManager).get(`${BASE}/export.csv`).buffer(true).parse(binary).expect(200);
      const text = (all.body as Buffer).toString('utf8');
      expect(text).toContain('نظام ذكي لِلتَّنَبُّؤِ بِالْمَحَاصِيلِ');
      expect(text).toContain(`Prédiction des récoltes,research,proposed`);
      expect(text).toContain(`Test ${partner.slug}`);
      expect(text.trim().split('\r\n')).toHaveLength(6);

      const partnerExport = await as(partnerAdmin)
        .get(`${BASE}/export.csv?institute=${lab.id}`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect((partnerExport.body as Buffer).toString('utf8').trim().split('\r\n')).toHaveLength(2);

      const empty = await as(labManager)
        .get(`${BASE}/export.csv?status=cancelled`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect((empty.body as Buffer).toString('utf8')).toBe(
        '\uFEFFinstitute,title,type,status,start,end,budget_mad,spent_mad,lead,priorities,regions,domains,partners\r\n',
      );
      await as(labManager).get(`${BASE}/export.csv?region=north`).expect(400);
    });

    it('exports more than one batch, every project once, newest first', async () => {
      const big = await createTenant(admin, 'institute');
      const bigManager = await createUser(admin, [{ tenant: big, role: 'institute_manager' }]);
      await admin.query(
        `INSERT INTO project (tenant_id, id, type, title, lead_user_id, created_by, budget_mad)
         SELECT $1, gen_random_uuid(), 'research', 'Lot ' || i, $2, $2, i FROM generate_series(1, 2345) AS i`,
        [big.id, bigManager.id],
      );
      const session = await signIn(api, bigManager.email, bigManager.password);
      const response = await as(session).get(`${BASE}/export.csv`).buffer(true).parse(binary).expect(200);
      const lines = (response.body as Buffer).toString('utf8').slice(1).trim().split('\r\n').slice(1);
      expect(lines).toHaveLength(2345);
      expect(new Set(lines.map((l) => l.split(',')[1])).size).toBe(2345);
      const { rows: newest } = await admin.query<{ title: string }>(
        `SELECT title FROM project WHERE tenant_id = $1 ORDER BY id DESC LIMIT 1`,
        [big.id],
      );
      expect(lines[0].split(',')[1]).toBe(newest[0].title);
    });
  });
});
