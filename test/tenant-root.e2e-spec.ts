import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TransactionRunner, uuidv7 } from '@jazari/database';
import { TenantRepository } from '@jazari/network';
import { testWorld, type TestWorld } from '@jazari/testing';

const rootProfile = (slug: string) => ({
  slug,
  legalName: 'Réseau Jazari',
  names: { fr: 'Jazari Root', ar: 'الجزري - المركز', en: 'Jazari Root' },
  regionCode: 'MA-04',
  city: 'Rabat',
  hostOrganisation: null,
});

/**
 * The network's one Root, provisioned through the network's repository (no route creates a Root; the
 * demo seed does it this way): once only, in a Root-kind transaction only, and then the Root it made is
 * the one every tenant's directory shows.
 */
describe("provisioning the network's Root (TenantRepository.insertRoot)", () => {
  let world: TestWorld<'lab', 'manager'>;
  let transactions: TransactionRunner;
  let repository: TenantRepository;

  beforeAll(async () => {
    // A network without a Root yet: only an institute.
    world = await testWorld({
      tenants: { lab: 'institute' },
      users: { manager: { tenant: 'lab', role: 'institute_manager', locale: 'en' } },
    });
    transactions = world.api.get(TransactionRunner);
    repository = world.api.get(TenantRepository);
  });
  afterAll(async () => {
    await world?.close();
  });

  it('refuses an institute, creates the one Root in a Root-kind scope, and never a second', async () => {
    const existing = await world.admin.query(`SELECT count(*)::int AS n FROM tenant WHERE kind = 'root'`);
    expect(existing.rows[0].n).toBe(0);
    // RLS: only a Root-kind transaction inserts tenants.
    const asLab = { tenantId: world.tenants.lab.id, tenantKind: 'institute' as const, userId: null };
    await expect(
      transactions.run(asLab, (tx) => repository.insertRoot(tx, uuidv7(), rootProfile('rogue-root'))),
    ).rejects.toThrow(/row-level security/);

    const id = uuidv7();
    const asRoot = { tenantId: id, tenantKind: 'root' as const, userId: null };
    expect(
      await transactions.run(asRoot, (tx) => repository.insertRoot(tx, id, rootProfile('jazari-root'))),
    ).toBe(true);
    // A second Root, under another slug, is not made: there is one.
    const other = uuidv7();
    const asOther = { tenantId: other, tenantKind: 'root' as const, userId: null };
    expect(
      await transactions.run(asOther, (tx) => repository.insertRoot(tx, other, rootProfile('second-root'))),
    ).toBe(false);

    const roots = await world.admin.query(
      `SELECT id, slug, status, region_code FROM tenant WHERE kind = 'root'`,
    );
    expect(roots.rows).toEqual([{ id, slug: 'jazari-root', status: 'active', region_code: 'MA-04' }]);
    // The institute's manager finds it in the directory, as Root's entry.
    const entry = await world.as('manager').get(`/directory/${id}`).expect(200);
    expect(entry.body).toMatchObject({ id, kind: 'root', slug: 'jazari-root', city: 'Rabat' });
  });
});
