import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testWorld, type TestWorld } from '@jazari/testing';

/**
 * Issue 17 point 4: a client whose connection drops mid-request retries with the same `Idempotency-Key`
 * and gets the first answer, never a second creation. Per caller: another person, of the same tenant or
 * another, using the same key makes their own.
 */
describe('Idempotency-Key on POST routes that create something', () => {
  let world: TestWorld<'lab' | 'acme', 'manager' | 'colleague' | 'partner'>;
  const endpoint = (n: number) => ({
    url: `http://127.0.0.1:9/jazari/${n}`,
    eventTypes: ['conventions.expired'],
  });
  const endpoints = async (tenantId: string): Promise<string[]> =>
    (
      await world.admin.query<{ url: string }>(
        `SELECT url FROM webhook_endpoint WHERE tenant_id = $1 ORDER BY url`,
        [tenantId],
      )
    ).rows.map((r) => r.url);

  beforeAll(async () => {
    world = await testWorld({
      tenants: { lab: 'institute', acme: 'partner' },
      users: {
        manager: { tenant: 'lab', role: 'institute_manager' },
        colleague: { tenant: 'lab', role: 'institute_manager', locale: 'ar' },
        partner: { tenant: 'acme', role: 'partner_admin' },
      },
    });
  });
  afterAll(() => world?.close());

  it('answers a retry with the same key and body with the first answer, creating nothing more', async () => {
    const first = await world
      .as('manager')
      .post('/webhooks', endpoint(1))
      .set('idempotency-key', 'retry-1')
      .expect(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    // The same body with its keys in another order is the same request.
    const again = await world
      .as('manager')
      .post('/webhooks', { eventTypes: ['conventions.expired'], url: endpoint(1).url })
      .set('idempotency-key', 'retry-1')
      .expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await endpoints(world.tenants.lab.id)).toEqual([endpoint(1).url]);
  });

  it('refuses the same key with another body: 422 problem+json in the caller’s language, nothing written', async () => {
    await world.as('manager').post('/webhooks', endpoint(2)).set('idempotency-key', 'retry-2').expect(201);
    const reused = await world
      .as('manager')
      .post('/webhooks', endpoint(3))
      .set('idempotency-key', 'retry-2')
      .expect(422);
    expect(reused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(reused.body).toMatchObject({
      type: 'https://jazari.ma/problems/idempotency-key-reused',
      status: 422,
      title: 'Idempotency-Key déjà utilisé pour une autre requête',
    });
    expect(await endpoints(world.tenants.lab.id)).toEqual([endpoint(1).url, endpoint(2).url]);
  });

  it('keeps keys per person: a colleague and another tenant’s admin reusing one make their own', async () => {
    const mine = await world
      .as('manager')
      .post('/webhooks', endpoint(4))
      .set('idempotency-key', 'shared-key')
      .expect(201);
    const colleague = await world
      .as('colleague')
      .post('/webhooks', endpoint(4))
      .set('idempotency-key', 'shared-key')
      .expect(201);
    expect(colleague.headers['idempotent-replayed']).toBeUndefined();
    expect(colleague.body.id).not.toBe(mine.body.id);
    const other = await world
      .as('partner')
      .post('/webhooks', endpoint(4))
      .set('idempotency-key', 'shared-key')
      .expect(201);
    expect(other.headers['idempotent-replayed']).toBeUndefined();
    expect(other.body.id).not.toBe(mine.body.id);
    // Another tenant never gets the first answer, and still cannot read the first endpoint.
    await world
      .as('partner')
      .get(`/webhooks/${mine.body.id as string}`)
      .expect(404);
    expect(await endpoints(world.tenants.acme.id)).toEqual([endpoint(4).url]);
    expect((await endpoints(world.tenants.lab.id)).filter((u) => u === endpoint(4).url)).toHaveLength(2);
    // A colleague's other body under the same key is theirs to refuse, in their language.
    const refused = await world
      .as('colleague')
      .post('/webhooks', endpoint(5))
      .set('idempotency-key', 'shared-key')
      .expect(422);
    expect(refused.headers['content-language']).toBe('ar');
  });

  it('keeps no key for a request that failed: the corrected retry creates', async () => {
    await world
      .as('manager')
      .post('/webhooks', { url: 'not a url', eventTypes: ['conventions.expired'] })
      .set('idempotency-key', 'after-failure')
      .expect(400);
    await world
      .as('manager')
      .post('/webhooks', endpoint(6))
      .set('idempotency-key', 'after-failure')
      .expect(201);
    expect(await endpoints(world.tenants.lab.id)).toContain(endpoint(6).url);
  });

  it('answers two requests sent at once with one creation', async () => {
    const [a, b] = await Promise.all([
      world.as('manager').post('/webhooks', endpoint(7)).set('idempotency-key', 'at-once'),
      world.as('manager').post('/webhooks', endpoint(7)).set('idempotency-key', 'at-once'),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
    expect((await endpoints(world.tenants.lab.id)).filter((u) => u === endpoint(7).url)).toHaveLength(1);
  });

  it('refuses a malformed key with 400 problem+json and writes nothing', async () => {
    const res = await world
      .as('manager')
      .post('/webhooks', endpoint(8))
      .set('idempotency-key', 'x'.repeat(256))
      .expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.type).toBe('https://jazari.ma/problems/invalid-idempotency-key');
    expect(await endpoints(world.tenants.lab.id)).not.toContain(endpoint(8).url);
  });

  it('forgets a key after 24 hours', async () => {
    await world.as('manager').post('/webhooks', endpoint(9)).set('idempotency-key', 'old').expect(201);
    await world.admin.query(
      `UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = 'old'`,
    );
    const later = await world
      .as('manager')
      .post('/webhooks', endpoint(10))
      .set('idempotency-key', 'old')
      .expect(201);
    expect(later.headers['idempotent-replayed']).toBeUndefined();
    expect(await endpoints(world.tenants.lab.id)).toEqual(
      expect.arrayContaining([endpoint(9).url, endpoint(10).url]),
    );
  });
});
