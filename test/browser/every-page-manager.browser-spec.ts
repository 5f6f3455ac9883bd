import { afterAll, beforeAll, describe, it, jest } from '@jest/globals';
import { startBrowserWorld, type BrowserWorld } from './lib/browser-world.js';
import { firstId, sweep } from './lib/every-page.js';

jest.setTimeout(600_000);

/** Every page an institute manager has, in the three languages (lib/every-page.ts says what each must do). */
describe('every page, in every language, as an institute manager', () => {
  let world: BrowserWorld;
  const one = (sql: string, params: unknown[] = []) => firstId(world, sql, params);

  beforeAll(async () => {
    world = await startBrowserWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('as an institute manager', async () => {
    const rabat = await one(`SELECT id FROM tenant WHERE slug = 'jazari-rabat'`);
    const project = await one(`SELECT id FROM project WHERE tenant_id = $1 ORDER BY created_at LIMIT 1`, [
      rabat,
    ]);
    const resource = await one(`SELECT id FROM resource ORDER BY created_at LIMIT 1`);
    const allocation = await one(
      `SELECT id FROM resource_allocation WHERE requester_tenant_id = $1 ORDER BY created_at LIMIT 1`,
      [rabat],
    );
    const workshop = await one(
      `SELECT id FROM workshop WHERE status IN ('published', 'held') ORDER BY starts_at LIMIT 1`,
    );
    const convention = await one(
      `SELECT c.id FROM convention c WHERE c.tenant_id = $1 OR EXISTS (SELECT 1 FROM convention_party p WHERE p.convention_id = c.id AND p.party_tenant_id = $1) ORDER BY c.created_at LIMIT 1`,
      [rabat],
    );
    await sweep(world, 'manager.rabat@jazari.ma', 'manager', {
      home: '/',
      projects: '/projects',
      project: project && `/projects/${project}`,
      milestones: project && `/projects/${project}/milestones`,
      deliverables: project && `/projects/${project}/deliverables`,
      kpis: project && `/projects/${project}/kpis`,
      resources: '/resources',
      resource: resource && `/resources/${resource}`,
      allocations: '/allocations',
      allocation: allocation && `/allocations/${allocation}`,
      workshops: '/workshops',
      workshop: workshop && `/workshops/${workshop}`,
      conventions: '/conventions',
      convention: convention && `/conventions/${convention}`,
      inbox: '/inbox',
      preferences: '/settings/notifications',
      profile: '/profile',
      members: '/admin/members',
      invitations: '/admin/invitations',
      apiKeys: '/admin/api-keys',
      webhooks: '/admin/webhooks',
      notFound: '/no-such-page',
    });
  });
});
