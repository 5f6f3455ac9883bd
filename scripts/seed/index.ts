import type { AppConfig } from '@jazari/config';
import { beginTransactionSql } from '@jazari/database';
import pg from 'pg';
import { DEMO_BENEFICIARIES } from './data/beneficiaries.js';
import { DEMO_PASSWORD, DEMO_TENANTS, DEMO_USERS } from './data/people.js';
import { seedConventions } from './conventions.js';
import type { InTransaction, Query } from './db.js';
import { seedDashboardHistory } from './history.js';
import { demoMembers, seedPeople } from './identity.js';
import { demoTenantIds, seedDirectoryProfiles, seedTenants } from './network.js';
import { seedProjects } from './projects.js';
import { seedDemoReport } from './reports.js';
import { seedDemoResources } from './resources.js';
import { SeedServices } from './services.js';
import { seedWorkshops } from './workshops.js';

// The demo network: literal data in `data/`, one writer per context beside this file (the order below is
// the order of their dependencies: tenants and people, then what they own, then what reads it all).
export { DEMO_PASSWORD, DEMO_TENANTS, DEMO_USERS } from './data/people.js';
export { DEMO_PROFILES } from './data/profiles.js';
export { DEMO_BENEFICIARIES, SHARED_BENEFICIARY_ICES } from './data/beneficiaries.js';
export { DEMO_PROJECTS } from './data/projects.js';
export { DEMO_CONVENTIONS } from './data/conventions.js';
export { DEMO_RESOURCES } from './data/resources.js';

/**
 * Seeds the demo network once, through the runtime role and the same RLS contexts the API uses, so the
 * seed cannot write what the application could not. Each part is seeded once: the tenants and people,
 * each tenant's directory profile, each institute's projects, each owner's conventions (their documents
 * stored under STORAGE_DIR, their evidence sealed with the development key); running it again adds what is missing
 * (a database seeded before projects existed gets them) and changes nothing else. Returns the lines to
 * print.
 */
export async function seedDemoNetwork(config: AppConfig): Promise<string[]> {
  if (!config.seedDemo) return [];
  const client = new pg.Client({ connectionString: config.database.url, application_name: 'jazari-seed' });
  await client.connect();
  const query: Query = (sql, params) => client.query(sql, params);
  const inTransaction: InTransaction = async (context, work) => {
    await client.query(beginTransactionSql(context));
    try {
      const result = await work();
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  };
  let services: SeedServices | undefined;
  try {
    services = await SeedServices.open(config);
    const seededTenants = await seedTenants(services);
    const seededNetwork =
      seededTenants !== null && (await seedPeople(query, inTransaction, seededTenants, config));
    const tenants = await demoTenantIds(query, inTransaction);
    const members = await demoMembers(query, inTransaction, tenants);
    const profiles = await seedDirectoryProfiles(services, tenants, members);
    const projects = await seedProjects(query, inTransaction, tenants);
    const conventions = await seedConventions(query, inTransaction, tenants, config);
    const resources = await seedDemoResources(services, query, inTransaction, tenants, members);
    const workshops = await seedWorkshops(query, inTransaction, tenants);
    // Before the report, whose refresh of the dashboards' roll-ups then includes the carried-over months.
    const history = await seedDashboardHistory(services, tenants);
    const reports = await seedDemoReport(services, tenants, members);
    if (
      !seededNetwork &&
      profiles === 0 &&
      projects === 0 &&
      conventions.conventions === 0 &&
      resources === 0
    )
      return ['demo network already seeded', ...loginLines()];
    const lines: string[] = [];
    if (seededNetwork) {
      lines.push(
        `demo network seeded: ${DEMO_TENANTS.length} tenants (Root, 3 institutes, 1 partner), ${DEMO_USERS.length} users`,
      );
    }
    if (profiles > 0) lines.push(`demo directory profiles seeded: ${profiles}`);
    if (projects > 0) {
      lines.push(
        `demo projects seeded: ${projects}, with milestones, deliverables, KPIs, status reports and ${DEMO_BENEFICIARIES.length} beneficiaries`,
      );
    }
    if (conventions.conventions > 0) {
      lines.push(
        `demo conventions seeded: ${conventions.conventions}, with documents, signatures, evidence (sealed when active) and ${conventions.obligations} obligations`,
      );
    }
    if (resources > 0) {
      lines.push(
        `demo shared resources seeded: ${resources}, with a pending and an active allocation and lab bookings`,
      );
    }
    if (workshops > 0) {
      lines.push(
        `demo workshops seeded: ${workshops} (a past co-design session, an upcoming workshop, a full training with a waitlist)`,
      );
    }
    if (history > 0) lines.push(`demo dashboard history seeded: ${history} months carried over`);
    if (reports > 0) {
      lines.push('demo national report requested: last quarter, XLSX (the worker renders it when it starts)');
    }
    return [...lines, ...loginLines()];
  } finally {
    await services?.close();
    await client.end();
  }
}

function loginLines(): string[] {
  return [
    `demo logins (password for all: ${DEMO_PASSWORD}):`,
    ...DEMO_USERS.map(
      (u) => `  ${u.email.padEnd(30)} ${u.memberships.map((m) => `${m.role} @ ${m.tenant}`).join(', ')}`,
    ),
  ];
}
