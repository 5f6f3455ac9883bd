import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig, networkToday, type AppConfig } from '@jazari/config';
import { verifyEvidenceBundle, type EvidenceBundle } from '@jazari/conventions';
import { PasswordHasher } from '@jazari/identity';
import { createApi } from '@jazari/api';
import { idle, signIn, switchTenant, testServices, waitFor, type SignedIn } from '@jazari/testing';
import { createWorker } from '@jazari/worker';
import pg from 'pg';
import { dropDatabase, provisionDatabase } from '../scripts/lib/local-postgres.js';
import { runMigrations } from '../scripts/lib/migrate.js';
import {
  DEMO_BENEFICIARIES,
  DEMO_CONVENTIONS,
  DEMO_PASSWORD,
  DEMO_PROFILES,
  DEMO_PROJECTS,
  DEMO_USERS,
  SHARED_BENEFICIARY_ICES,
  seedDemoNetwork,
} from '../scripts/seed/index.js';
import request from 'supertest';

const run = promisify(execFile);
/** The built `npm run evidence:verify` (the e2e run builds first). */
const VERIFY_SCRIPT = path.resolve('dist/scripts/evidence-verify.js');

/** Collects a binary response body. */
function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('demo seed', () => {
  // The demo network has the one Root tenant, so it gets a database of its own.
  const database = `jazari_seed_${Date.now()}_${process.pid}`;
  // Its documents and sealing key go to a directory of its own, never the developer's .data.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jazari-seed-'));
  let config: AppConfig;
  let admin: pg.Client;
  /** The administrator's URL of the seed's database. */
  let adminUrl: string;

  beforeAll(async () => {
    const provisioned = await provisionDatabase(testServices.adminUrl, database);
    config = loadConfig({
      NODE_ENV: 'development',
      DATABASE_URL: provisioned.appUrl,
      DATABASE_OWNER_URL: provisioned.ownerUrl,
      REDIS_URL: testServices.redisUrl,
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
    });
    await runMigrations(config);
    const url = new URL(testServices.adminUrl);
    url.pathname = `/${database}`;
    adminUrl = url.toString();
    admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await dropDatabase(testServices.adminUrl, database);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds Root, three institutes in different regions, a partner, and a user per role', async () => {
    const lines = await seedDemoNetwork(config);
    expect(lines[0]).toMatch(/^demo network seeded/);
    expect(lines).toContain(
      'demo conventions seeded: 3, with documents, signatures, evidence (sealed when active) and 3 obligations',
    );
    expect(lines).toContain(
      'demo workshops seeded: 3 (a past co-design session, an upcoming workshop, a full training with a waitlist)',
    );
    expect(lines).toContain(
      'demo shared resources seeded: 3, with a pending and an active allocation and lab bookings',
    );
    expect(lines.join('\n')).toContain(DEMO_PASSWORD);

    const tenants = await admin.query('SELECT kind, region_code FROM tenant ORDER BY kind, slug');
    expect(tenants.rows.filter((t) => t.kind === 'root')).toHaveLength(1);
    expect(tenants.rows.filter((t) => t.kind === 'partner')).toHaveLength(1);
    const institutes = tenants.rows.filter((t) => t.kind === 'institute');
    expect(institutes).toHaveLength(3);
    expect(new Set(institutes.map((i) => i.region_code)).size).toBe(3);

    const roles = await admin.query('SELECT DISTINCT role FROM membership ORDER BY role');
    expect(roles.rows.map((r) => r.role)).toEqual([
      'institute_manager',
      'ministry_analyst',
      'network_admin',
      'partner_admin',
      'partner_member',
      'researcher',
    ]);
    const twoMemberships = await admin.query(
      'SELECT user_id FROM membership GROUP BY user_id HAVING count(*) = 2',
    );
    expect(twoMemberships.rowCount).toBe(1);

    const user = await admin.query(`SELECT password_hash FROM app_user WHERE email = 'admin@jazari.ma'`);
    expect(user.rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await new PasswordHasher().verify(user.rows[0].password_hash, DEMO_PASSWORD)).toBe(true);
  });

  it('lets every demo login sign in, landing in its tenant with its role', async () => {
    const api = await createApi({
      ...config,
      redis: { ...config.redis, queuePrefix: `{demo-${process.pid}}` },
    });
    try {
      for (const user of DEMO_USERS) {
        const session = await signIn(api, user.email, DEMO_PASSWORD);
        expect({ email: user.email, tenant: session.tenant.slug, role: session.role }).toEqual({
          email: user.email,
          tenant: user.memberships[0].tenant,
          role: user.memberships[0].role,
        });
      }
      // The demo user with two memberships can switch to the second one.
      const both = DEMO_USERS.find((u) => u.memberships.length === 2)!;
      const session = await signIn(api, both.email, DEMO_PASSWORD);
      const { rows } = await admin.query(`SELECT id FROM tenant WHERE slug = $1`, [
        both.memberships[1].tenant,
      ]);
      const switched = await switchTenant(api, session, rows[0].id);
      expect(switched.role).toBe(both.memberships[1].role);
    } finally {
      await api.close();
    }
  });

  it('seeds a dozen projects across the institutes, with everything a project carries', async () => {
    const count = async (sql: string) => (await admin.query(sql)).rows[0].n as number;
    const projects = await admin.query(
      `SELECT t.slug, p.status, p.type FROM project p JOIN tenant t ON t.id = p.tenant_id ORDER BY t.slug`,
    );
    expect(projects.rowCount).toBe(DEMO_PROJECTS.length);
    expect(DEMO_PROJECTS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(projects.rows.map((p) => p.slug))).toEqual(
      new Set(['jazari-rabat', 'jazari-casablanca', 'jazari-souss-massa']),
    );
    expect(new Set(projects.rows.map((p) => p.status))).toEqual(
      new Set(['proposed', 'active', 'on_hold', 'completed']),
    );
    expect(new Set(projects.rows.map((p) => p.type)).size).toBeGreaterThanOrEqual(6);
    expect(
      await count(`SELECT count(DISTINCT region_code)::int AS n FROM project_region`),
    ).toBeGreaterThanOrEqual(4);
    expect(
      await count(`SELECT count(DISTINCT priority_code)::int AS n FROM project_priority`),
    ).toBeGreaterThanOrEqual(6);
    expect(await count(`SELECT count(*)::int AS n FROM project_domain`)).toBeGreaterThanOrEqual(12);
    expect(await count(`SELECT count(*)::int AS n FROM project_member`)).toBeGreaterThanOrEqual(6);
    expect(
      await count(`SELECT count(*)::int AS n FROM project WHERE spent_mad > 0 AND spent_mad <= budget_mad`),
    ).toBe(DEMO_PROJECTS.length - 1);

    // The partner takes part in two projects, of two institutes.
    const partnered = await admin.query(
      `SELECT DISTINCT pp.tenant_id FROM project_partner pp JOIN tenant t ON t.id = pp.partner_tenant_id
        WHERE t.slug = 'atlas-ai-labs'`,
    );
    expect(partnered.rowCount).toBe(2);

    expect(
      await count(`SELECT count(*)::int AS n FROM milestone WHERE done_date IS NOT NULL`),
    ).toBeGreaterThan(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM milestone WHERE done_date IS NULL AND due_date < current_date`,
      ),
    ).toBeGreaterThanOrEqual(2);
    const deliverables = await admin.query(
      `SELECT status, count(*)::int AS n, count(review_comment)::int AS commented FROM deliverable GROUP BY status`,
    );
    const byStatus = Object.fromEntries(deliverables.rows.map((r) => [r.status, r]));
    expect(Object.keys(byStatus).sort()).toEqual(['accepted', 'planned', 'rejected', 'submitted']);
    expect(byStatus.accepted.commented).toBe(byStatus.accepted.n);
    expect(byStatus.rejected.commented).toBe(byStatus.rejected.n);
    const evaluated = await admin.query(
      `SELECT DISTINCT d.kind FROM evaluation_result e JOIN deliverable d ON d.tenant_id = e.tenant_id AND d.id = e.deliverable_id`,
    );
    expect(evaluated.rows).toEqual([{ kind: 'model_evaluation' }]);
    expect(await count(`SELECT count(*)::int AS n FROM kpi_measurement`)).toBeGreaterThanOrEqual(10);
    expect(await count(`SELECT count(DISTINCT rag)::int AS n FROM status_report`)).toBe(3);
    expect(
      await count(`SELECT count(*)::int AS n FROM project_history WHERE action = 'project.created'`),
    ).toBe(DEMO_PROJECTS.length);
    // Each project's history reads in the order things happened (entries are listed by id).
    const backwards = await count(
      `SELECT count(*)::int AS n FROM (
         SELECT occurred_at < lag(occurred_at) OVER (PARTITION BY project_id ORDER BY id) AS back
           FROM project_history) h
        WHERE back`,
    );
    expect(backwards).toBe(0);
    const actions = await admin.query(`SELECT DISTINCT action FROM project_history ORDER BY action`);
    expect(actions.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'beneficiary.linked',
        'deliverable.accepted',
        'deliverable.rejected',
        'deliverable.submitted',
        'evaluation.added',
        'kpi.measured',
        'milestone.added',
        'project.status_changed',
        'status_report.added',
      ]),
    );

    // The registry holds each company once; two of them are supported by two institutes.
    expect(await count(`SELECT count(*)::int AS n FROM beneficiary`)).toBe(DEMO_BENEFICIARIES.length);
    const shared = await admin.query(
      `SELECT b.ice FROM beneficiary b JOIN project_beneficiary pb ON pb.beneficiary_id = b.id
        GROUP BY b.ice HAVING count(DISTINCT pb.tenant_id) = 2 ORDER BY b.ice`,
    );
    expect(shared.rows.map((r) => r.ice)).toEqual([...SHARED_BENEFICIARY_ICES].sort());

    const profiles = await admin.query(
      `SELECT t.slug, count(dd.domain_code)::int AS domains FROM directory_profile p
         JOIN tenant t ON t.id = p.tenant_id
         LEFT JOIN directory_domain dd ON dd.tenant_id = p.tenant_id
        GROUP BY t.slug ORDER BY t.slug`,
    );
    expect(profiles.rows).toEqual(
      Object.entries(DEMO_PROFILES)
        .map(([slug, p]) => ({ slug, domains: p.domains.length }))
        .sort((a, b) => a.slug.localeCompare(b.slug)),
    );
  });

  it('shows each demo user what they should see through the API', async () => {
    const api = await createApi({
      ...config,
      redis: { ...config.redis, queuePrefix: `{demo-api-${process.pid}}` },
    });
    const get = (session: SignedIn, url: string) =>
      request(api.getHttpServer()).get(url).auth(session.accessToken, { type: 'bearer' }).expect(200);
    try {
      // The Rabat manager lists the institute's projects; some have a late milestone.
      // She last switched to Casablanca (above); she manages Rabat.
      let nadia = await signIn(api, 'manager.rabat@jazari.ma', DEMO_PASSWORD);
      if (nadia.tenant.slug !== 'jazari-rabat') {
        const { rows } = await admin.query(`SELECT id FROM tenant WHERE slug = 'jazari-rabat'`);
        nadia = await switchTenant(api, nadia, rows[0].id);
      }
      const rabat = await get(nadia, '/api/v1/projects?limit=100');
      expect(rabat.body.data.map((p: { title: string }) => p.title).sort()).toEqual(
        DEMO_PROJECTS.filter((p) => p.institute === 'jazari-rabat')
          .map((p) => p.title)
          .sort(),
      );
      expect(
        rabat.body.data.filter((p: { lateMilestones: number }) => p.lateMilestones > 0).length,
      ).toBeGreaterThanOrEqual(1);

      // The partner sees the two projects it takes part in, and their beneficiaries.
      const atlas = await signIn(api, 'admin@atlas-ai.ma', DEMO_PASSWORD);
      const partnered = await get(atlas, '/api/v1/projects');
      expect(partnered.body.data.map((p: { title: string }) => p.title).sort()).toEqual(
        DEMO_PROJECTS.filter((p) => p.partners?.includes('atlas-ai-labs'))
          .map((p) => p.title)
          .sort(),
      );
      for (const project of partnered.body.data) {
        await get(atlas, `/api/v1/projects/${project.id}/beneficiaries`);
      }

      // Root sees both supports of each shared company; an institute sees its own.
      const root = await signIn(api, 'admin@jazari.ma', DEMO_PASSWORD);
      for (const ice of SHARED_BENEFICIARY_ICES) {
        const found = await get(root, `/api/v1/beneficiaries?q=${ice}`);
        expect(found.body.data).toHaveLength(1);
        const supports = found.body.data[0].supports as { institute: { id: string } }[];
        expect(supports).toHaveLength(2);
        expect(new Set(supports.map((s) => s.institute.id)).size).toBe(2);
      }
      const sahara = await get(nadia, '/api/v1/beneficiaries?q=sahara');
      expect(sahara.body.data).toHaveLength(1);
      expect(sahara.body.data[0].supports).toEqual([
        expect.objectContaining({ institute: expect.objectContaining({ id: nadia.tenant.id }) }),
      ]);

      // The directory shows the institutes with their domains, found without accents.
      const member = await signIn(api, 'member@atlas-ai.ma', DEMO_PASSWORD);
      const directory = await get(member, '/api/v1/directory');
      expect(directory.body.data.map((e: { slug: string }) => e.slug).sort()).toEqual([
        'atlas-ai-labs',
        'jazari-casablanca',
        'jazari-rabat',
        'jazari-souss-massa',
      ]);
      const souss = await get(
        member,
        `/api/v1/directory?q=${encodeURIComponent('agadir')}&domain=agriculture`,
      );
      expect(souss.body.data).toEqual([
        expect.objectContaining({
          slug: 'jazari-souss-massa',
          contact: expect.objectContaining({ website: 'https://souss.jazari.ma' }),
        }),
      ]);
    } finally {
      await api.close();
    }
  });

  it('seeds conventions each user finds: signed and sealed, awaiting a signature, amended, with obligations', async () => {
    const api = await createApi({
      ...config,
      redis: { ...config.redis, queuePrefix: `{demo-conventions-${process.pid}}` },
    });
    const get = (session: SignedIn, url: string) =>
      request(api.getHttpServer()).get(url).auth(session.accessToken, { type: 'bearer' }).expect(200);
    const [framework, waiting] = DEMO_CONVENTIONS;
    const today = networkToday();
    try {
      // The partner's admin has one convention to sign: Casablanca's, step 1 signed, step 2 theirs.
      const atlas = await signIn(api, 'admin@atlas-ai.ma', DEMO_PASSWORD);
      const awaiting = await get(atlas, '/api/v1/conventions?view=awaiting-my-signature');
      expect(awaiting.body.data).toEqual([
        expect.objectContaining({
          title: waiting.title,
          type: 'rnd_collaboration',
          status: 'out_for_signature',
          reference: expect.stringMatching(/^JC-\d{4}-0001$/),
          owner: expect.objectContaining({ slug: 'jazari-casablanca' }),
          nextDeadline: { kind: 'signing', date: expect.any(String) },
        }),
      ]);
      const pending = awaiting.body.data[0];
      expect(pending.nextDeadline.date > today).toBe(true);
      const signers = await get(atlas, `/api/v1/conventions/${pending.id}/signers`);
      expect(signers.body.currentStep).toBe(2);
      expect(signers.body.data.map((s: { step: number; status: string }) => [s.step, s.status])).toEqual([
        [1, 'signed'],
        [2, 'pending'],
      ]);
      const waitingDetail = await get(atlas, `/api/v1/conventions/${pending.id}`);
      expect(waitingDetail.body).toMatchObject({ reminderIntervalDays: 3, sentAt: expect.any(String) });
      // Nobody else is waiting on Atlas AI Labs' member, and the Casablanca manager has signed.
      const karim = await signIn(api, 'manager.casablanca@jazari.ma', DEMO_PASSWORD);
      expect((await get(karim, '/api/v1/conventions?view=awaiting-my-signature')).body.data).toEqual([]);

      // The Rabat manager sees the active framework convention Root owns, and its amendment in review.
      let nadia = await signIn(api, 'manager.rabat@jazari.ma', DEMO_PASSWORD);
      if (nadia.tenant.slug !== 'jazari-rabat') {
        const { rows } = await admin.query(`SELECT id FROM tenant WHERE slug = 'jazari-rabat'`);
        nadia = await switchTenant(api, nadia, rows[0].id);
      }
      const mine = await get(nadia, '/api/v1/conventions');
      const active = mine.body.data.filter((c: { status: string }) => c.status === 'active');
      expect(active).toEqual([
        expect.objectContaining({
          title: framework.title,
          type: 'framework',
          reference: expect.stringMatching(/^JZR-\d{4}-0001$/),
          owner: expect.objectContaining({ slug: 'jazari-root' }),
          nextDeadline: { kind: 'expiry', date: expect.any(String) },
        }),
      ]);
      const frameworkId = active[0].id as string;
      const detail = await get(nadia, `/api/v1/conventions/${frameworkId}`);
      expect(detail.body).toMatchObject({
        isParty: true,
        isOwner: false,
        parties: [
          expect.objectContaining({ slug: 'jazari-root' }),
          expect.objectContaining({ slug: 'jazari-rabat' }),
          expect.objectContaining({ slug: 'atlas-ai-labs' }),
        ],
        signers: { total: 3, signed: 3, pending: 0, currentStep: null },
        obligations: { total: 3, open: 2, met: 1, waived: 0 },
        lineage: {
          ancestors: [],
          amendments: [
            expect.objectContaining({
              type: 'amendment',
              status: 'in_review',
              parentId: frameworkId,
              reference: expect.stringMatching(/^JZR-\d{4}-0002$/),
            }),
          ],
        },
      });
      expect(detail.body.projects).toHaveLength(1);

      // Its evidence verifies, with the module and with `npm run evidence:verify` against the pinned key.
      const bundle = (await get(nadia, `/api/v1/conventions/${frameworkId}/evidence`)).body as EvidenceBundle;
      expect(bundle.events.map((e) => e.type)).toEqual([
        'created',
        'document_added',
        'signers_set',
        'submitted_for_review',
        'sent',
        'signed',
        'signed',
        'signed',
        'activated',
        'obligation_added',
        'obligation_added',
        'obligation_added',
        'obligation_met',
        'amended',
        // Opening the evidence, as a signer, records that she viewed it.
        'viewed',
      ]);
      expect(bundle.signatures.map((s) => [s.ip, s.method])).toEqual([
        ['127.0.0.1', 'password'],
        ['127.0.0.1', 'password'],
        ['127.0.0.1', 'password'],
      ]);
      expect(bundle.signatures.every((s) => s.signedAt < new Date().toISOString())).toBe(true);
      expect(bundle.seals).toEqual([expect.objectContaining({ headSeq: 9 })]);
      expect(verifyEvidenceBundle(bundle)).toEqual({ valid: true, events: 15, seals: 1, signatures: 3 });
      const key = await request(api.getHttpServer()).get('/api/v1/evidence/public-key').expect(200);
      expect(key.body.keyId).toBe(bundle.keyId);
      const file = path.join(dataDir, 'bundle.json');
      const keyFile = path.join(dataDir, 'public-key.pem');
      writeFileSync(file, JSON.stringify(bundle));
      writeFileSync(keyFile, key.body.publicKey as string);
      const { stdout } = await run(process.execPath, [VERIFY_SCRIPT, file, '--public-key', keyFile]);
      expect(stdout).toMatch(/^OK: 15 events chained, 1 seal\(s\) and 3 signature\(s\) verified/);

      // The signed PDF downloads from storage, and is the one every signature names.
      const [document] = bundle.documents;
      const pdf = await request(api.getHttpServer())
        .get(`/api/v1/conventions/${frameworkId}/documents/${document.id}`)
        .auth(atlas.accessToken, { type: 'bearer' })
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const bytes = pdf.body as Buffer;
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(document.sha256);
      expect(bundle.signatures.every((s) => s.documentSha256 === document.sha256)).toBe(true);
      const check = await request(api.getHttpServer())
        .get(`/api/v1/verify/documents/${document.sha256}`)
        .expect(200);
      expect(check.body.conventions).toEqual([
        expect.objectContaining({ reference: active[0].reference, status: 'active' }),
      ]);

      // What Atlas AI Labs owes: the comparative evaluation, overdue.
      const weOwe = await get(atlas, '/api/v1/obligations?view=we-owe');
      expect(weOwe.body.data).toEqual([
        expect.objectContaining({
          convention: expect.objectContaining({ id: frameworkId }),
          responsibleTenantId: atlas.tenant.id,
          status: 'open',
          overdue: true,
        }),
      ]);
      expect(weOwe.body.data[0].dueDate < today).toBe(true);
      // What the others owe it: Rabat's corpus (met, with its deliverable) and the pilot (upcoming).
      const owed = await get(atlas, '/api/v1/obligations?view=owed-to-us');
      expect(
        owed.body.data.map((o: { status: string; overdue: boolean; evidence: unknown }) => ({
          status: o.status,
          overdue: o.overdue,
          evidence: o.evidence,
        })),
      ).toEqual([
        {
          status: 'met',
          overdue: false,
          evidence: { kind: 'deliverable', tenantId: nadia.tenant.id, id: expect.any(String) },
        },
        { status: 'open', overdue: false, evidence: null },
      ]);
      expect(owed.body.data[1].dueDate > today).toBe(true);
    } finally {
      await api.close();
    }
  });

  it('seeds a past co-design session with minutes and attendance, and an upcoming workshop', async () => {
    const api = await createApi({
      ...config,
      redis: { ...config.redis, queuePrefix: `{demo-workshops-${process.pid}}` },
    });
    const get = (session: SignedIn, url: string) =>
      request(api.getHttpServer()).get(url).auth(session.accessToken, { type: 'bearer' });
    try {
      const researcher = await signIn(api, 'researcher.rabat@jazari.ma', DEMO_PASSWORD);
      const list = await get(researcher, '/api/v1/workshops').expect(200);
      const [past, full, upcoming] = list.body.data;
      expect(past).toMatchObject({ kind: 'co_design', status: 'held' });
      expect(upcoming).toMatchObject({ kind: 'workshop', status: 'published' });
      // The training is full: seats left 0, and the researcher holds one of its two seats.
      expect(full).toMatchObject({
        kind: 'training',
        capacity: 2,
        seats: { registered: 2, waitlisted: 0, left: 0 },
        myRegistration: { status: 'registered', waitlistPosition: null },
      });
      const outcomes = await get(researcher, `/api/v1/workshops/${past.id}/outcomes`).expect(200);
      expect(outcomes.body.minutes).toEqual(expect.any(String));
      expect(outcomes.body.actionItems).toHaveLength(1);
      const pdf = await get(researcher, `/api/v1/workshops/${past.id}/certificate.pdf`)
        .buffer(true)
        .parse(binary);
      expect(pdf.status).toBe(200);
      const atlas = await signIn(api, 'admin@atlas-ai.ma', DEMO_PASSWORD);
      const attendance = await get(atlas, `/api/v1/workshops/${past.id}/attendance`).expect(200);
      expect(attendance.body.counts).toMatchObject({ registered: 3, checkedIn: 2 });
      // The upcoming one is open: another institute's manager registers.
      const souss = await signIn(api, 'manager.souss@jazari.ma', DEMO_PASSWORD);
      const registered = await request(api.getHttpServer())
        .post(`/api/v1/workshops/${upcoming.id}/register`)
        .auth(souss.accessToken, { type: 'bearer' })
        .expect(200);
      expect(registered.body.status).toBe('registered');
    } finally {
      await api.close();
    }
  });

  it('seeds a GPU pool, a dataset and a lab of three institutes, with allocations and bookings', async () => {
    const owners = await admin.query(
      `SELECT t.slug, r.kind, r.id FROM resource r JOIN tenant t ON t.id = r.tenant_id ORDER BY r.kind`,
    );
    expect(owners.rows.map((r) => [r.kind, r.slug])).toEqual([
      ['compute', 'jazari-casablanca'],
      ['dataset', 'jazari-rabat'],
      ['lab', 'jazari-souss-massa'],
    ]);
    const api = await createApi({
      ...config,
      redis: { ...config.redis, queuePrefix: `{demo-resources-${process.pid}}` },
    });
    const get = (session: SignedIn, url: string) =>
      request(api.getHttpServer()).get(url).auth(session.accessToken, { type: 'bearer' }).expect(200);
    try {
      const karim = await signIn(api, 'manager.casablanca@jazari.ma', DEMO_PASSWORD);
      expect((await get(karim, '/api/v1/resources')).body.data).toHaveLength(3);
      const incoming = (await get(karim, '/api/v1/allocations?view=incoming')).body.data;
      expect(incoming).toEqual([
        expect.objectContaining({ status: 'active', quantityApproved: '250', quantityUsed: '120' }),
      ]);
      const mine = (await get(karim, '/api/v1/allocations?view=mine')).body.data;
      expect(mine).toEqual([
        expect.objectContaining({ status: 'pending', resourceName: 'Corpus Darija annoté' }),
      ]);
      const lab = owners.rows.find((r) => r.kind === 'lab')!.id as string;
      expect((await get(karim, `/api/v1/resources/${lab}/bookings`)).body.data).toHaveLength(3);
      const ics = await get(karim, `/api/v1/resources/${lab}/calendar.ics`);
      expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    } finally {
      await api.close();
    }
  });

  it('seeds past convention notices as already delivered: in the inbox, and no worker sends them again', async () => {
    // What the seed left: the notices of conventions sent and activated months ago, already delivered.
    const conventionEvents = `type IN ('conventions.signature_requested', 'conventions.activated')`;
    const seeded = await admin.query<{ type: string; done: boolean; at: Date }>(
      `SELECT type, done_at IS NOT NULL AS done, created_at AS at FROM outbox_event WHERE ${conventionEvents}`,
    );
    expect(seeded.rows.map((r) => r.type).sort()).toEqual(
      expect.arrayContaining(['conventions.activated', 'conventions.signature_requested']),
    );
    expect(seeded.rows.every((r) => r.done)).toBe(true);
    const inbox = `SELECT n.event_type, u.email, n.read_at IS NULL AS unread FROM notification n
                    JOIN app_user u ON u.id = n.user_id ORDER BY n.id`;
    const before = await admin.query<{ event_type: string; email: string; unread: boolean }>(inbox);
    // A signer asked to sign still has the request unread; the parties' admins read of the activation.
    expect(before.rows).toEqual(
      expect.arrayContaining([
        { event_type: 'conventions.signature_requested', email: 'admin@atlas-ai.ma', unread: true },
        expect.objectContaining({ event_type: 'conventions.activated', unread: false }),
      ]),
    );
    // The activation was long ago (the issue saw a notice of one activated 188 days before).
    const activation = seeded.rows.find((r) => r.type === 'conventions.activated')!;
    expect(Date.now() - activation.at.getTime()).toBeGreaterThan(30 * 86_400_000);
    const seededAt = new Date();

    // The worker as `npm start` runs it, every schedule included, until it has nothing left to do.
    const worker = await createWorker({
      ...config,
      redis: { ...config.redis, queuePrefix: `{demo-worker-${process.pid}}` },
    });
    try {
      await idle(worker, { databaseUrl: adminUrl, delayed: false, timeoutMs: 90_000 });
    } finally {
      await worker.close();
    }
    // It ran (the seeded report's "ready" notice is new), and produced nothing about the seeded past.
    const after = await admin.query<{ event_type: string; email: string; unread: boolean }>(inbox);
    const added = await admin.query<{ event_type: string }>(
      `SELECT event_type FROM notification WHERE created_at >= $1`,
      [seededAt],
    );
    expect(added.rows.map((r) => r.event_type)).toContain('reports.ready');
    expect(added.rows.filter((r) => r.event_type.startsWith('conventions.'))).toEqual([]);
    expect(after.rows.filter((r) => r.event_type.startsWith('conventions.'))).toEqual(
      before.rows.filter((r) => r.event_type.startsWith('conventions.')),
    );
    const emails = await admin.query<{ type: string; status: string }>(
      `SELECT e.type, d.status FROM notification_delivery d
         JOIN outbox_event e ON e.tenant_id = d.tenant_id AND e.id = d.event_id WHERE d.channel = 'email'`,
    );
    expect(emails.rows).toContainEqual({ type: 'reports.ready', status: 'delivered' });
    expect(emails.rows.filter((r) => r.type.startsWith('conventions.'))).toEqual([]);
    const mails = readdirSync(path.join(dataDir, 'mail')).filter((f) => f.endsWith('.eml'));
    expect(mails).toHaveLength(emails.rows.filter((r) => r.status === 'delivered').length);
    for (const file of mails) {
      const mail = readFileSync(path.join(dataDir, 'mail', file), 'utf8');
      expect(mail).toMatch(/^Message-ID:\s+<[0-9a-f-]{36}\.[0-9a-f]{16}@notifications\.jazari\.ma>/im);
      expect(mail).not.toMatch(/\/conventions\//);
    }
  }, 120_000);

  it('seeds one national report, which the worker finishes: an XLSX for the last quarter, its requester told', async () => {
    const worker = await createWorker({
      ...config,
      redis: { ...config.redis, queuePrefix: `{demo-report-worker-${process.pid}}` },
    });
    let report: { id: string; storage_key: string; period_label: string; progress: number };
    try {
      report = await waitFor(
        'the demo report finished',
        async () => {
          const { rows } = await admin.query<typeof report & { status: string; error: string | null }>(
            `SELECT id, status, error, storage_key, period_label, progress FROM report WHERE scope = 'national'`,
          );
          if (rows[0]?.status === 'failed') throw new Error(`the demo report failed: ${rows[0].error}`);
          return rows.length === 1 && rows[0].status === 'ready' ? rows[0] : undefined;
        },
        30_000,
      );
      await waitFor(
        "the requester's notification",
        async () =>
          (
            await admin.query(
              `SELECT 1 FROM notification n JOIN app_user u ON u.id = n.user_id
                WHERE u.email = 'admin@jazari.ma' AND n.event_type = 'reports.ready'`,
            )
          ).rowCount === 1,
        30_000,
      );
    } finally {
      await worker.close();
    }
    expect(report.progress).toBe(100);
    expect(report.period_label).toMatch(/^\d{4}-Q[1-4]$/);
    const file = readFileSync(path.join(config.storage.dir, report.storage_key));
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('gives the demo dashboards 24 months of history, so the national series show a trend', async () => {
    // Ten months carried over per institute, before the seeded records start; the roll-ups include them.
    expect((await admin.query('SELECT count(*)::int AS n FROM dashboard_history')).rows[0].n).toBe(30);
    const api = await createApi({
      ...config,
      redis: { ...config.redis, queuePrefix: `{demo-dashboards-${process.pid}}` },
    });
    try {
      const analyst = await signIn(api, 'analyst@jazari.ma', DEMO_PASSWORD);
      const national = await request(api.getHttpServer())
        .get('/api/v1/dashboards/national')
        .auth(analyst.accessToken, { type: 'bearer' })
        .expect(200);
      type Figures = { projectsActive: number; projectsStarted: number; beneficiariesSupported: number };
      const series = national.body.series as (Figures & { declared: Figures | null })[];
      expect(series).toHaveLength(24);
      // The trend, recorded and declared together; but never the one counted in the other.
      const both = (point: (typeof series)[number], figure: keyof Figures) =>
        point[figure] + (point.declared?.[figure] ?? 0);
      expect(series.filter((point) => both(point, 'projectsActive') > 0).length).toBeGreaterThanOrEqual(20);
      expect(series.filter((point) => both(point, 'projectsStarted') > 0).length).toBeGreaterThanOrEqual(10);
      // The ten oldest months are the institutes' earlier reporting, marked as declared.
      expect(series.slice(0, 10).every((point) => point.declared !== null)).toBe(true);
      expect(series.slice(10).every((point) => point.declared === null)).toBe(true);
      // The recorded series adds up to no more than the recorded total (it summed to 26 against 5).
      const recorded = series.reduce((n, point) => n + point.beneficiariesSupported, 0);
      expect(recorded).toBeLessThanOrEqual(national.body.beneficiaries.total);
      expect(national.body.projects.total).toBe(DEMO_PROJECTS.length);
    } finally {
      await api.close();
    }
  });

  it('does not seed twice', async () => {
    const lines = await seedDemoNetwork(config);
    expect(lines[0]).toBe('demo network already seeded');
    expect((await admin.query('SELECT count(*)::int AS n FROM tenant')).rows[0].n).toBe(5);
    expect((await admin.query('SELECT count(*)::int AS n FROM app_user')).rows[0].n).toBe(8);
    expect((await admin.query('SELECT count(*)::int AS n FROM project')).rows[0].n).toBe(
      DEMO_PROJECTS.length,
    );
    expect((await admin.query('SELECT count(*)::int AS n FROM beneficiary')).rows[0].n).toBe(
      DEMO_BENEFICIARIES.length,
    );
    expect((await admin.query('SELECT count(*)::int AS n FROM project_beneficiary')).rows[0].n).toBe(
      DEMO_PROJECTS.reduce((n, p) => n + (p.supports?.length ?? 0), 0),
    );
    expect((await admin.query('SELECT count(*)::int AS n FROM directory_profile')).rows[0].n).toBe(5);
    const conventions = await admin.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE parent_id IS NOT NULL)::int AS amendments FROM convention`,
    );
    expect(conventions.rows[0]).toEqual({ n: 3, amendments: 1 });
    expect((await admin.query('SELECT count(*)::int AS n FROM obligation')).rows[0].n).toBe(3);
    expect((await admin.query('SELECT count(*)::int AS n FROM convention_seal')).rows[0].n).toBe(1);
    expect((await admin.query('SELECT count(*)::int AS n FROM resource')).rows[0].n).toBe(3);
    expect((await admin.query('SELECT count(*)::int AS n FROM resource_booking')).rows[0].n).toBe(3);
    expect((await admin.query('SELECT count(*)::int AS n FROM workshop')).rows[0].n).toBe(3);
  });

  it('never seeds in production', async () => {
    const production = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: config.database.url,
      REDIS_URL: testServices.redisUrl,
      AUTH_SECRET: 'a-production-secret-of-at-least-32-characters',
      SEED_DEMO: 'true',
    });
    expect(await seedDemoNetwork(production)).toEqual([]);
  });
});
