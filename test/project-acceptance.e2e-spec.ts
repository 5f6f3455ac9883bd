import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import {
  adminClient,
  createTenant,
  createUser,
  ensureRootTenant,
  signIn,
  testConfig,
  type SignedIn,
} from '@jazari/testing';
import type pg from 'pg';
import request from 'supertest';

/**
 * Issue 4's acceptance story in one go, as the people involved would live it: a manager creates a
 * project with priorities and a partner, adds milestones and deliverables, activates it, submits a
 * deliverable with a file, reviews it, records KPI values and a status report; the partner reads it;
 * another institute cannot see it; Root lists it network-wide.
 */
describe('a project, from creation to review, as its people see it', () => {
  const config = testConfig();
  let api: NestFastifyApplication;
  let admin: pg.Client;
  let manager: SignedIn;
  let researcher: SignedIn;
  let partner: SignedIn;
  let stranger: SignedIn;
  let root: SignedIn;
  let partnerId: string;

  const call = (session: SignedIn) => {
    const server = () => request(api.getHttpServer());
    const auth = { authorization: `Bearer ${session.accessToken}` };
    return {
      get: (path: string) => server().get(path).set(auth),
      post: (path: string, body: object = {}) => server().post(path).set(auth).send(body),
      upload: (path: string, type: string, bytes: Buffer) =>
        server().post(path).set(auth).set('content-type', type).send(bytes),
    };
  };

  beforeAll(async () => {
    admin = await adminClient();
    const rootTenant = await ensureRootTenant(admin);
    const institute = await createTenant(admin, 'institute');
    const otherInstitute = await createTenant(admin, 'institute');
    const partnerTenant = await createTenant(admin, 'partner');
    partnerId = partnerTenant.id;
    const users = {
      manager: await createUser(admin, [{ tenant: institute, role: 'institute_manager' }]),
      researcher: await createUser(admin, [{ tenant: institute, role: 'researcher' }]),
      partner: await createUser(admin, [{ tenant: partnerTenant, role: 'partner_member' }]),
      stranger: await createUser(admin, [{ tenant: otherInstitute, role: 'institute_manager' }]),
      root: await createUser(admin, [{ tenant: rootTenant, role: 'ministry_analyst' }]),
    };
    api = await createApi(config);
    [manager, researcher, partner, stranger, root] = await Promise.all(
      Object.values(users).map((u) => signIn(api, u.email, u.password)),
    );
  });
  afterAll(async () => {
    await api?.close();
    await admin?.end();
  });

  it('goes from proposal to a reviewed deliverable, and is seen by exactly who should see it', async () => {
    const researcherId = (await call(researcher).get('/api/v1/me').expect(200)).body.user.id as string;
    const managerId = (await call(manager).get('/api/v1/me').expect(200)).body.user.id as string;

    // The manager creates the project, with priorities, a partner and a team.
    const created = await call(manager)
      .post('/api/v1/projects', {
        type: 'applied_rnd',
        title: 'Détection précoce des maladies du blé',
        summary: 'Vision par ordinateur sur images de drones, avec un partenaire industriel.',
        startDate: '2026-09-01',
        endDate: '2027-12-31',
        budgetMad: '2400000.00',
        leadUserId: managerId,
        team: [researcherId],
        partnerTenantIds: [partnerId],
        priorityCodes: ['research_innovation.applied_research', 'territorial_inclusion'],
        regionCodes: ['MA-03'],
        domainCodes: ['agriculture'],
      })
      .expect(201);
    const projectId = created.body.id as string;
    const base = `/api/v1/projects/${projectId}`;

    // Milestones (one already late) and deliverables.
    await call(manager)
      .post(`${base}/milestones`, { title: 'Jeu de données annoté', dueDate: '2026-10-15' })
      .expect(201);
    await call(manager)
      .post(`${base}/milestones`, { title: 'Prototype terrain', dueDate: '2027-06-30' })
      .expect(201);
    const report = await call(manager)
      .post(`${base}/deliverables`, {
        kind: 'technical_report',
        title: 'Rapport de méthodologie',
        description: 'Protocole d’annotation et métriques',
        dueDate: '2027-01-31',
      })
      .expect(201);
    const reportId = report.body.id as string;

    // It becomes active; an illegal move is refused with what is allowed.
    await call(manager).post(`${base}/activate`).expect(200);
    const illegal = await call(manager).post(`${base}/activate`).expect(409);
    expect(illegal.body).toMatchObject({
      type: 'https://jazari.ma/problems/illegal-transition',
      from: 'active',
    });
    expect(illegal.body.allowed).toEqual(expect.arrayContaining(['on_hold', 'completed', 'cancelled']));

    // The researcher on the team submits the deliverable with its file; the manager reviews it.
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      Buffer.alloc(200_000, 0x41),
      Buffer.from('\n%%EOF\n'),
    ]);
    const file = await call(researcher)
      .upload(`${base}/deliverables/${reportId}/files?filename=methodologie.pdf`, 'application/pdf', pdf)
      .expect(201);
    expect(file.body.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    await call(researcher).post(`${base}/deliverables/${reportId}/submit`).expect(200);
    const accepted = await call(manager)
      .post(`${base}/deliverables/${reportId}/accept`, { comment: 'Clair et complet.' })
      .expect(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', reviewComment: 'Clair et complet.' });

    // KPI values and a status report.
    const kpi = await call(manager)
      .post(`${base}/kpis`, { name: 'Images annotées', unit: 'images', target: '50000' })
      .expect(201);
    await call(researcher)
      .post(`${base}/kpis/${kpi.body.id}/measurements`, { measuredOn: '2026-11-20', value: '12500' })
      .expect(201);
    const kpis = await call(manager).get(`${base}/kpis`).expect(200);
    expect(kpis.body.data[0]).toMatchObject({ latest: { value: '12500' }, percentOfTarget: '25.0' });
    await call(manager)
      .post(`${base}/status-reports`, {
        periodStart: '2026-09-01',
        periodEnd: '2026-11-30',
        rag: 'amber',
        narrative: 'Annotation en retard de deux semaines.',
        risks: 'Disponibilité des agronomes.',
      })
      .expect(201);

    // The manager sees what needs attention: the late milestone.
    const attention = await call(manager).get('/api/v1/projects/attention').expect(200);
    expect(JSON.stringify(attention.body)).toContain('Jeu de données annoté');

    // The partner reads the project and downloads the file, and changes nothing.
    const seenByPartner = await call(partner).get(base).expect(200);
    expect(seenByPartner.body).toMatchObject({ status: 'active', canEdit: false, canManage: false });
    const download = await call(partner).get(file.headers.location).expect(200);
    expect(Buffer.compare(download.body as Buffer, pdf)).toBe(0);
    await call(partner).post(`${base}/hold`).expect(403);

    // Another institute: no such project, anywhere.
    await call(stranger).get(base).expect(404);
    await call(stranger).get(`${base}/deliverables/${reportId}`).expect(404);
    const strangerList = await call(stranger).get('/api/v1/projects?limit=200').expect(200);
    expect(strangerList.body.data.map((p: { id: string }) => p.id)).not.toContain(projectId);

    // Root lists it network-wide, and finds it by a search without accents.
    const rootList = await call(root).get('/api/v1/projects?q=detection precoce ble&limit=200').expect(200);
    expect(rootList.body.data.map((p: { id: string }) => p.id)).toContain(projectId);

    // And the history tells the story, in order.
    const history = await call(manager).get(`${base}/history?limit=200`).expect(200);
    const actions = history.body.data.map((e: { action: string }) => e.action);
    expect(actions[0]).toBe('project.created');
    expect(actions).toEqual(
      expect.arrayContaining([
        'milestone.added',
        'deliverable.added',
        'project.status_changed',
        'deliverable.file_added',
        'deliverable.submitted',
        'deliverable.accepted',
        'kpi.added',
        'kpi.measured',
        'status_report.added',
      ]),
    );
  });
});
