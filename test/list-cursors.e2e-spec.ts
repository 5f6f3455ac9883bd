import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { openApiDocument } from '@jazari/http';
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

jest.setTimeout(120_000);

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { enum?: unknown[]; type?: string; format?: string };
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/**
 * Every list pages with a cursor only the API writes (libs/http cursor codec, ADR 0026): a forged one —
 * well-formed base64url of the wrong key, or not base64url at all — is a 400 `validation-failed` on
 * `cursor`, never a page read with it nor a 500. Walks every list of the API's own OpenAPI document that
 * a caller can reach without naming an object; a list added later is covered without touching this file.
 */
describe('list cursors', () => {
  let api: NestFastifyApplication;
  let admin: pg.Client;
  const callers: SignedIn[] = [];

  beforeAll(async () => {
    admin = await adminClient();
    const root = await ensureRootTenant(admin);
    const institute = await createTenant(admin, 'institute');
    const partner = await createTenant(admin, 'partner');
    const users = [
      await createUser(admin, [{ tenant: root, role: 'network_admin' }]),
      await createUser(admin, [{ tenant: institute, role: 'institute_manager' }]),
      await createUser(admin, [{ tenant: partner, role: 'partner_admin' }]),
    ];
    api = await createApi(testConfig());
    for (const user of users) callers.push(await signIn(api, user.email, user.password));
  });
  afterAll(async () => {
    await api?.close();
    await admin?.end();
  });

  const get = (url: string, caller: SignedIn) =>
    request(api.getHttpServer()).get(url).set('authorization', `Bearer ${caller.accessToken}`);

  it('refuses a cursor it did not issue on every list, as a validation problem on `cursor`', async () => {
    const paths = openApiDocument(api).paths as Record<string, { get?: { parameters?: Parameter[] } }>;
    const lists = Object.entries(paths)
      .filter(([, item]) => item.get?.parameters?.some((p) => p.in === 'query' && p.name === 'cursor'))
      .filter(([, item]) => !item.get!.parameters!.some((p) => p.in === 'path'));
    expect(lists.length).toBeGreaterThan(15);

    const forged = [
      b64(JSON.stringify(['not-an-id', 'x', 'y'])),
      b64('["2026-02-30","0190a3b4-1c2d-7e8f-9a0b-1c2d3e4f5a6b"]'),
      b64('-1'),
      '!!not*base64',
    ];
    const faults: string[] = [];
    for (const [path, item] of lists) {
      // Required filters get a valid value, so that only the cursor is wrong.
      const required = item
        .get!.parameters!.filter((p) => p.in === 'query' && p.required && p.schema?.enum)
        .map((p) => `${p.name}=${encodeURIComponent(String(p.schema!.enum![0]))}`);
      let reached = false;
      for (const caller of callers) {
        const first = await get([path, required.join('&')].filter(Boolean).join('?'), caller);
        if (first.status === 403) continue;
        reached = true;
        for (const cursor of forged) {
          const url = `${path}?${[...required, `cursor=${encodeURIComponent(cursor)}`].join('&')}`;
          const res = await get(url, caller);
          const fields = ((res.body as { errors?: { field: string }[] }).errors ?? []).map((e) => e.field);
          if (res.status !== 400 || !fields.includes('cursor')) {
            faults.push(`${path} (${caller.role}) cursor=${cursor}: ${res.status} ${JSON.stringify(fields)}`);
          }
        }
        break;
      }
      if (!reached) faults.push(`${path}: no caller may read it`);
    }
    expect(faults).toEqual([]);
  });

  it('keeps reading a bare-id cursor issued before cursors became key arrays', async () => {
    const root = callers[0];
    const first = await get('/api/v1/tenants?limit=1', root);
    expect(first.status).toBe(200);
    const cursor = (first.body as { nextCursor: string }).nextCursor;
    const [lastId] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as string[];

    const next = await get(`/api/v1/tenants?limit=1&cursor=${cursor}`, root);
    const legacy = await get(`/api/v1/tenants?limit=1&cursor=${b64(lastId)}`, root);
    expect(next.status).toBe(200);
    expect(legacy.body).toEqual(next.body);
    expect((next.body as { data: { id: string }[] }).data[0].id).not.toBe(lastId);
  });
});
