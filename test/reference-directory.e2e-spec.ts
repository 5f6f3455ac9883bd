import { randomBytes } from 'node:crypto';
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
} from '@jazari/testing';
import type pg from 'pg';
import request from 'supertest';

const PROBLEMS = 'https://jazari.ma/problems/';

describe('reference data and the network directory', () => {
  const config = testConfig();
  // Reference data and the directory are global: everything this suite creates carries this token, and
  // every directory query is narrowed by a domain only this suite's tenants have.
  const token = randomBytes(4).toString('hex');
  let api: NestFastifyApplication;
  let admin: pg.Client;
  let root: TestTenant;
  let rootAdmin: SignedIn;
  let analyst: SignedIn;
  let manager: SignedIn;
  let researcher: SignedIn;
  let partnerAdmin: SignedIn;
  let partnerMember: SignedIn;

  const http = () => request(api.getHttpServer());
  const as = (session: SignedIn) => ({ authorization: `Bearer ${session.accessToken}` });
  const person = async (tenant: TestTenant, role: Role): Promise<SignedIn> => {
    const user = await createUser(admin, [{ tenant, role }]);
    return signIn(api, user.email, user.password);
  };
  const labels = (what: string) => ({ fr: `${what} (fr)`, ar: `${what} (ar)`, en: `${what} (en)` });

  beforeAll(async () => {
    admin = await adminClient();
    root = await ensureRootTenant(admin);
    api = await createApi(config);
    const institute = await createTenant(admin, 'institute');
    const partner = await createTenant(admin, 'partner');
    rootAdmin = await person(root, 'network_admin');
    analyst = await person(root, 'ministry_analyst');
    manager = await person(institute, 'institute_manager');
    researcher = await person(institute, 'researcher');
    partnerAdmin = await person(partner, 'partner_admin');
    partnerMember = await person(partner, 'partner_member');
  });
  afterAll(async () => {
    await api?.close();
    await admin?.end();
  });

  describe('national priorities', () => {
    const pillar = `t_${token}`;

    it('are read by every signed-in caller as a two-level tree with fr/ar/en labels', async () => {
      for (const session of [rootAdmin, analyst, manager, researcher, partnerAdmin, partnerMember]) {
        const response = await http().get('/api/v1/priorities').set(as(session)).expect(200);
        const research = response.body.data.find((p: { code: string }) => p.code === 'research_innovation');
        expect(research).toMatchObject({
          parentCode: null,
          labels: { fr: 'Recherche et innovation', ar: 'البحث والابتكار', en: 'Research and innovation' },
          active: true,
        });
        expect(research.children.map((c: { code: string }) => c.code)).toEqual([
          'research_innovation.applied_research',
          'research_innovation.technology_transfer',
        ]);
        expect(research.children[0]).toMatchObject({ parentCode: 'research_innovation' });
        expect(research.children[0]).not.toHaveProperty('children');
      }
    });

    it("are added by Root's network admin: a pillar, a sub-priority, never a third level", async () => {
      const created = await http()
        .post('/api/v1/priorities')
        .set(as(rootAdmin))
        .send({ code: pillar, labels: labels('Pilier') })
        .expect(201);
      expect(created.body).toMatchObject({ code: pillar, parentCode: null, active: true });
      expect(created.body.position).toBeGreaterThan(8); // after the eight seeded pillars
      await http()
        .post('/api/v1/priorities')
        .set(as(rootAdmin))
        .send({ code: `${pillar}.first`, labels: labels('Premier'), position: 2 })
        .expect(201)
        .expect((r) => expect(r.body).toMatchObject({ parentCode: pillar, position: 2 }));
      await http()
        .post('/api/v1/priorities')
        .set(as(rootAdmin))
        .send({ code: `${pillar}.second`, labels: labels('Second'), position: 1 })
        .expect(201);

      // A child of a child: the code itself cannot say it, and a parent field does not exist.
      const deep = await http()
        .post('/api/v1/priorities')
        .set(as(rootAdmin))
        .send({ code: `${pillar}.first.deep`, labels: labels('Trop profond') })
        .expect(400);
      expect(deep.body.type).toBe(`${PROBLEMS}validation-failed`);
      expect(deep.body.errors.map((e: { field: string }) => e.field)).toEqual(['code']);
      await http()
        .post('/api/v1/priorities')
        .set(as(rootAdmin))
        .send({ code: 'deep', parentCode: `${pillar}.first`, labels: labels('Trop profond') })
        .expect(400)
        .expect((r) => expect(r.body.errors.map((e: { field: string }) => e.field)).toEqual(['parentCode']));
      // A sub-priority of a pillar that does not exist.
      await http()
        .post('/api/v1/priorities')
        .set(as(rootAdmin))
        .send({ code: `nope_${token}.child`, labels: labels('Orphelin') })
        .expect(400)
        .expect((r) => expect(r.body.errors[0].field).toBe('code'));
      // A code is taken for good.
      await http()
        .post('/api/v1/priorities')
        .set(as(rootAdmin))
        .send({ code: `${pillar}.first`, labels: labels('Encore') })
        .expect(409)
        .expect((r) =>
          expect(r.body).toMatchObject({ type: `${PROBLEMS}code-taken`, code: `${pillar}.first` }),
        );

      const tree = await http().get('/api/v1/priorities').set(as(manager)).expect(200);
      const mine = tree.body.data.find((p: { code: string }) => p.code === pillar);
      expect(mine.labels).toEqual(labels('Pilier'));
      expect(mine.children.map((c: { code: string }) => c.code)).toEqual([
        `${pillar}.second`,
        `${pillar}.first`,
      ]);

      const { rows } = await admin.query(
        `SELECT action, data FROM audit_event WHERE tenant_id = $1 AND target_id = $2`,
        [root.id, `${pillar}.first`],
      );
      expect(rows).toEqual([
        { action: 'priority.created', data: { parentCode: pillar, labels: labels('Premier'), position: 2 } },
      ]);
    });

    it('are relabelled, reordered and deactivated by Root, never deleted', async () => {
      const code = `${pillar}.second`;
      const relabelled = await http()
        .patch(`/api/v1/priorities/${code}`)
        .set(as(rootAdmin))
        .send({ labels: { en: 'Second, renamed' }, position: 5 })
        .expect(200);
      expect(relabelled.body).toMatchObject({
        code,
        labels: { ...labels('Second'), en: 'Second, renamed' },
        position: 5,
        active: true,
      });
      await http()
        .patch(`/api/v1/priorities/${code}`)
        .set(as(rootAdmin))
        .send({ active: false })
        .expect(200)
        .expect((r) => expect(r.body.active).toBe(false));

      const visible = await http().get('/api/v1/priorities').set(as(researcher)).expect(200);
      expect(
        visible.body.data
          .find((p: { code: string }) => p.code === pillar)
          .children.map((c: { code: string }) => c.code),
      ).toEqual([`${pillar}.first`]);
      const all = await http().get('/api/v1/priorities?includeInactive=true').set(as(analyst)).expect(200);
      expect(
        all.body.data
          .find((p: { code: string }) => p.code === pillar)
          .children.map((c: { code: string }) => c.code),
      ).toEqual([`${pillar}.first`, code]);
      await http()
        .get('/api/v1/priorities?includeInactive=true')
        .set(as(manager))
        .expect(403)
        .expect((r) => expect(r.body.type).toBe(`${PROBLEMS}forbidden`));

      // A deactivated pillar takes its branch out of the choices.
      await http()
        .patch(`/api/v1/priorities/${pillar}`)
        .set(as(rootAdmin))
        .send({ active: false })
        .expect(200);
      const withoutPillar = await http().get('/api/v1/priorities').set(as(partnerMember)).expect(200);
      expect(withoutPillar.body.data.map((p: { code: string }) => p.code)).not.toContain(pillar);

      const { rows } = await admin.query(
        `SELECT action, data FROM audit_event WHERE tenant_id = $1 AND target_id = $2 ORDER BY seq`,
        [root.id, code],
      );
      expect(rows.map((r) => r.action)).toEqual(['priority.created', 'priority.updated', 'priority.updated']);
      expect(rows[1].data).toEqual({
        before: { 'labels.en': 'Second (en)', position: 1 },
        after: { 'labels.en': 'Second, renamed', position: 5 },
      });
      expect(rows[2].data).toEqual({ before: { active: true }, after: { active: false } });
      // There is no delete.
      await http().delete(`/api/v1/priorities/${code}`).set(as(rootAdmin)).expect(404);
    });

    it('refuse every write from anyone but Root network admins, and answer unknown or malformed codes', async () => {
      for (const session of [analyst, manager, researcher, partnerAdmin]) {
        await http()
          .post('/api/v1/priorities')
          .set(as(session))
          .send({ code: `x_${token}`, labels: labels('X') })
          .expect(403)
          .expect((r) => expect(r.body).toMatchObject({ type: `${PROBLEMS}permission-denied` }));
        await http()
          .patch('/api/v1/priorities/research_innovation')
          .set(as(session))
          .send({ active: false })
          .expect(403)
          .expect((r) => expect(r.body.permission).toBe('reference.manage'));
      }
      const { rows } = await admin.query(
        `SELECT active FROM national_priority WHERE code = 'research_innovation'`,
      );
      expect(rows).toEqual([{ active: true }]);
      await http()
        .patch(`/api/v1/priorities/nope_${token}`)
        .set(as(rootAdmin))
        .send({ position: 1 })
        .expect(404);
      await http()
        .patch('/api/v1/priorities/Not-A-Code')
        .set(as(rootAdmin))
        .send({ position: 1 })
        .expect(400)
        .expect((r) => expect(r.body.errors[0].field).toBe('code'));
      await http()
        .patch('/api/v1/priorities/research_innovation')
        .set(as(rootAdmin))
        .send({ code: 'renamed', parentCode: null })
        .expect(400);
    });
  });

  describe('thematic domains', () => {
    const code = `t_${token}`;

    it('are read by everyone and managed by Root alone, one level, never deleted', async () => {
      const list = await http().get('/api/v1/domains').set(as(partnerMember)).expect(200);
      expect(list.body.data.find((d: { code: string }) => d.code === 'health')).toMatchObject({
        labels: { fr: 'Santé', ar: 'الصحة', en: 'Health' },
        active: true,
      });

      await http()
        .post('/api/v1/domains')
        .set(as(manager))
        .send({ code, labels: labels('Domaine') })
        .expect(403);
      await http()
        .post('/api/v1/domains')
        .set(as(rootAdmin))
        .send({ code, labels: labels('Domaine') })
        .expect(201)
        .expect((r) => expect(r.body).toMatchObject({ code, active: true }));
      await http()
        .post('/api/v1/domains')
        .set(as(rootAdmin))
        .send({ code, labels: labels('Domaine') })
        .expect(409);
      await http()
        .post('/api/v1/domains')
        .set(as(rootAdmin))
        .send({ code: `${code}.sub`, labels: labels('Sous-domaine') })
        .expect(400);

      await http().patch(`/api/v1/domains/${code}`).set(as(partnerAdmin)).send({ active: false }).expect(403);
      await http()
        .patch(`/api/v1/domains/${code}`)
        .set(as(rootAdmin))
        .send({ labels: { fr: 'Domaine renommé' }, active: false })
        .expect(200)
        .expect((r) => expect(r.body).toMatchObject({ labels: { fr: 'Domaine renommé' }, active: false }));
      const after = await http().get('/api/v1/domains').set(as(manager)).expect(200);
      expect(after.body.data.map((d: { code: string }) => d.code)).not.toContain(code);
      const all = await http().get('/api/v1/domains?includeInactive=true').set(as(rootAdmin)).expect(200);
      expect(all.body.data.find((d: { code: string }) => d.code === code)).toMatchObject({ active: false });
      await http().get('/api/v1/domains?includeInactive=true').set(as(partnerAdmin)).expect(403);
      await http()
        .patch(`/api/v1/domains/nope_${token}`)
        .set(as(rootAdmin))
        .send({ active: true })
        .expect(404);
    });
  });

  describe('directory', () => {
    const domain = `dir_${token}`;
    const retired = `old_${token}`;
    let fes: TestTenant;
    let casa: TestTenant;
    let suspended: TestTenant;
    let fesManager: SignedIn;
    let casaManager: SignedIn;

    /** A tenant with the names and location the search tests need. */
    const tenant = async (
      kind: 'institute' | 'partner',
      values: { fr: string; ar: string; legal: string; region: string; city: string; host: string | null },
      status: 'active' | 'suspended' = 'active',
    ): Promise<TestTenant> => {
      const id = uuidv7();
      const slug = `dir-${kind}-${randomBytes(4).toString('hex')}`;
      await admin.query(
        `INSERT INTO tenant (id, kind, slug, legal_name, name_fr, name_ar, name_en, status, region_code, city, host_organisation)
         VALUES ($1, $2, $3, $4, $5, $6, $5, $7, $8, $9, $10)`,
        [id, kind, slug, values.legal, values.fr, values.ar, status, values.region, values.city, values.host],
      );
      return { id, slug, kind };
    };
    const list = (session: SignedIn, query: Record<string, string>) =>
      http()
        .get('/api/v1/directory')
        .query({ domain, ...query })
        .set(as(session))
        .expect(200);
    const ids = (body: { data: { id: string }[] }) => body.data.map((e) => e.id).sort();

    beforeAll(async () => {
      for (const code of [domain, retired]) {
        await http()
          .post('/api/v1/domains')
          .set(as(rootAdmin))
          .send({ code, labels: labels(code) })
          .expect(201);
      }
      fes = await tenant('institute', {
        fr: `Institut Jazari de Fès ${token}`,
        ar: `معهد الجزري بفاس ${token}`,
        legal: `Institut Jazari Fès-Meknès ${token}`,
        region: 'MA-03',
        city: 'Fès',
        host: 'Université Sidi Mohamed Ben Abdellah',
      });
      casa = await tenant('institute', {
        fr: `Institut Jazari ${token}`,
        ar: `معهد الجزري ${token}`,
        legal: `Institut Jazari CS ${token}`,
        region: 'MA-06',
        city: 'Casablanca',
        host: `Université Hassan II ${token}`,
      });
      suspended = await tenant(
        'partner',
        {
          fr: `Partenaire suspendu ${token}`,
          ar: `شريك ${token}`,
          legal: `Partenaire ${token} SARL`,
          region: 'MA-03',
          city: 'Meknès',
          host: null,
        },
        'suspended',
      );
      await admin.query(`INSERT INTO directory_domain (tenant_id, domain_code) VALUES ($1, $2)`, [
        suspended.id,
        domain,
      ]);
      fesManager = await person(fes, 'institute_manager');
      casaManager = await person(casa, 'institute_manager');
    });

    it("lets an institute's admin replace its own profile and domains, and shows it to the whole network", async () => {
      const saved = await http()
        .put('/api/v1/directory/profile')
        .set(as(fesManager))
        .send({
          description: '  IA appliquée à la santé et à l’agriculture  ',
          contactEmail: 'contact@jazari-fes.ma',
          contactPhone: '+212 5 35 00 00 00',
          website: 'https://jazari-fes.ma',
          domainCodes: [domain, 'health', 'agriculture'],
        })
        .expect(200);
      expect(saved.body).toMatchObject({
        id: fes.id,
        kind: 'institute',
        names: { fr: `Institut Jazari de Fès ${token}` },
        region: { code: 'MA-03', names: { fr: 'Fès-Meknès' } },
        city: 'Fès',
        hostOrganisation: 'Université Sidi Mohamed Ben Abdellah',
        description: 'IA appliquée à la santé et à l’agriculture',
        contact: {
          email: 'contact@jazari-fes.ma',
          phone: '+212 5 35 00 00 00',
          website: 'https://jazari-fes.ma',
        },
        status: 'active',
      });
      // Domains in display order, with their labels.
      expect(saved.body.domains.map((d: { code: string }) => d.code)).toEqual([
        'health',
        'agriculture',
        domain,
      ]);
      expect(saved.body.domains[0].labels).toEqual({ fr: 'Santé', ar: 'الصحة', en: 'Health' });
      expect(saved.body.profileUpdatedAt).toEqual(expect.any(String));

      for (const session of [partnerMember, researcher, analyst]) {
        const entry = await http().get(`/api/v1/directory/${fes.id}`).set(as(session)).expect(200);
        expect(entry.body).toEqual(saved.body);
      }

      // Replacing: domains left out are removed, fields left out are cleared.
      const replaced = await http()
        .put('/api/v1/directory/profile')
        .set(as(fesManager))
        .send({ contactEmail: 'ai@jazari-fes.ma', domainCodes: [domain, retired] })
        .expect(200);
      expect(replaced.body).toMatchObject({
        description: null,
        contact: { email: 'ai@jazari-fes.ma', phone: null, website: null },
      });
      expect(replaced.body.domains.map((d: { code: string }) => d.code).sort()).toEqual(
        [domain, retired].sort(),
      );

      const { rows } = await admin.query(
        `SELECT action, target_type, target_id, data FROM audit_event WHERE tenant_id = $1 ORDER BY seq`,
        [fes.id],
      );
      expect(rows.map((r) => r.action)).toEqual(['directory_profile.updated', 'directory_profile.updated']);
      expect(rows[1]).toMatchObject({ target_type: 'tenant', target_id: fes.id });
      expect(rows[1].data.before.domainCodes).toEqual(['agriculture', domain, 'health'].sort());

      // Saving the same profile again changes nothing and records nothing.
      await http()
        .put('/api/v1/directory/profile')
        .set(as(fesManager))
        .send({ contactEmail: 'ai@jazari-fes.ma', domainCodes: [retired, domain] })
        .expect(200);
      const again = await admin.query(`SELECT count(*)::int AS n FROM audit_event WHERE tenant_id = $1`, [
        fes.id,
      ]);
      expect(again.rows[0].n).toBe(2);
    });

    it("offers no way to edit another tenant's profile", async () => {
      await http()
        .put('/api/v1/directory/profile')
        .set(as(casaManager))
        .send({ description: 'Casablanca', domainCodes: [domain] })
        .expect(200);
      const before = await http().get(`/api/v1/directory/${casa.id}`).set(as(casaManager)).expect(200);

      // A tenant in the body is refused; there is no route with a tenant in the path.
      await http()
        .put('/api/v1/directory/profile')
        .set(as(fesManager))
        .send({ tenantId: casa.id, description: 'Hijacked', domainCodes: [] })
        .expect(400)
        .expect((r) => expect(r.body.errors.map((e: { field: string }) => e.field)).toEqual(['tenantId']));
      for (const method of ['put', 'patch', 'post'] as const) {
        const client = http();
        await client[method](`/api/v1/directory/${casa.id}`)
          .set(as(fesManager))
          .send({ description: 'Hijacked', domainCodes: [] })
          .expect(404);
      }
      await http()
        .put('/api/v1/directory/profile')
        .set(as(rootAdmin))
        .send({ description: 'Jazari Root, the hub of the network', domainCodes: [] })
        .expect(200)
        .expect((r) => expect(r.body.id).toBe(root.id));
      // Those without directory.manage cannot edit even their own.
      for (const session of [researcher, partnerMember, analyst]) {
        await http()
          .put('/api/v1/directory/profile')
          .set(as(session))
          .send({ domainCodes: [] })
          .expect(403)
          .expect((r) => expect(r.body.permission).toBe('directory.manage'));
      }

      const after = await http().get(`/api/v1/directory/${casa.id}`).set(as(casaManager)).expect(200);
      expect(after.body).toEqual(before.body);
      expect(after.body.description).toBe('Casablanca');
    });

    it('refuses unknown or retired domains (keeping one already held is fine) and malformed contacts', async () => {
      await http()
        .put('/api/v1/directory/profile')
        .set(as(casaManager))
        .send({ domainCodes: [domain, `nope_${token}`] })
        .expect(400)
        .expect((r) =>
          expect(r.body.errors).toEqual([
            // The manager's profile is French: so is the message.
            { field: 'domainCodes', messages: [`domaine thématique inconnu ou inactif : nope_${token}`] },
          ]),
        );
      await http().patch(`/api/v1/domains/${retired}`).set(as(rootAdmin)).send({ active: false }).expect(200);
      // Fès already has the retired domain: saving its profile again keeps it.
      await http()
        .put('/api/v1/directory/profile')
        .set(as(fesManager))
        .send({ contactEmail: 'ai@jazari-fes.ma', domainCodes: [domain, retired] })
        .expect(200);
      await http()
        .put('/api/v1/directory/profile')
        .set(as(casaManager))
        .send({ domainCodes: [domain, retired] })
        .expect(400);
      const bad = await http()
        .put('/api/v1/directory/profile')
        .set(as(casaManager))
        .send({
          contactEmail: 'not-an-email',
          contactPhone: 'call us',
          website: 'http://jazari-casa.ma',
          domainCodes: 'health',
        })
        .expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'contactEmail',
        'contactPhone',
        'domainCodes',
        'website',
      ]);
    });

    it('finds tenants by folded text: "casa" finds Casablanca, "fes" finds Fès, Arabic without diacritics', async () => {
      const search = async (q: string) => ids((await list(partnerMember, { q })).body);
      expect(await search('casa')).toEqual([casa.id]);
      expect(await search('fes')).toEqual([fes.id]);
      expect(await search('FÈS')).toEqual([fes.id]);
      expect(await search('universite hassan')).toEqual([casa.id]); // host organisation, accents folded
      expect(await search('meknes')).toEqual([fes.id]); // legal name; the suspended partner in Meknès is hidden
      expect(await search('بِفَاس')).toEqual([fes.id]); // Arabic name, diacritics ignored
      expect(await search(`jazari ${token}`)).toEqual([casa.id]);
      expect(await search('%')).toEqual([]); // LIKE wildcards are literal
      expect(await search('_')).toEqual([]);
    });

    it('filters by kind, region and domain, pages by cursor, and hides suspended tenants except from Root', async () => {
      expect(ids((await list(manager, {})).body)).toEqual([casa.id, fes.id].sort());
      expect(ids((await list(manager, { region: 'MA-03' })).body)).toEqual([fes.id]);
      expect(ids((await list(manager, { kind: 'partner' })).body)).toEqual([]);
      expect(ids((await list(rootAdmin, {})).body)).toEqual([casa.id, fes.id, suspended.id].sort());
      const partners = await list(rootAdmin, { kind: 'partner' });
      expect(partners.body.data).toEqual([
        expect.objectContaining({ id: suspended.id, status: 'suspended' }),
      ]);
      expect(ids((await list(rootAdmin, { q: 'meknes' })).body)).toEqual([fes.id, suspended.id].sort());

      await http().get(`/api/v1/directory/${suspended.id}`).set(as(manager)).expect(404);
      await http().get(`/api/v1/directory/${suspended.id}`).set(as(analyst)).expect(200);
      await http().get(`/api/v1/directory/${uuidv7()}`).set(as(rootAdmin)).expect(404);
      await http().get('/api/v1/directory/not-a-uuid').set(as(rootAdmin)).expect(400);

      // Root is in the directory only when asked for.
      const rootOnly = await http().get('/api/v1/directory?kind=root').set(as(partnerMember)).expect(200);
      expect(rootOnly.body.data.map((e: { id: string }) => e.id)).toEqual([root.id]);
      const everyone = await http().get('/api/v1/directory?limit=200').set(as(partnerMember)).expect(200);
      expect(everyone.body.data.map((e: { kind: string }) => e.kind)).not.toContain('root');

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { data: { id: string }[]; nextCursor: string | null } } = await list(rootAdmin, {
          limit: '1',
          ...(cursor ? { cursor } : {}),
        });
        expect(page.body.data.length).toBeLessThanOrEqual(1);
        seen.push(...page.body.data.map((e) => e.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual([casa.id, fes.id, suspended.id].sort());
      await http().get('/api/v1/directory?cursor=bm90LWEtY3Vyc29y').set(as(manager)).expect(400);
      await http().get('/api/v1/directory?status=suspended').set(as(rootAdmin)).expect(400);
    });
  });
});
