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
  type TestUser,
} from '@jazari/testing';
import type { OpenAPIObject } from '@nestjs/swagger';
import type pg from 'pg';
import request from 'supertest';

/**
 * Issue 16, point 4: a property-based run over the OpenAPI document. Every operation gets generated bad
 * input — NUL, lone surrogates, right-to-left marks, 100 kB strings, impossible dates, huge numbers, deep
 * JSON — in its path, query and body, as several callers. Whatever the input, the server answers no 5xx,
 * and every 4xx is an `application/problem+json` document in the caller's language (`Content-Language`:
 * a user's profile locale, which their client also asks for; French for the anonymous caller, who asks for
 * none — and for an answer Node writes before any request header was read).
 *
 * Seeded: FUZZ_SEED=<n> replays a run (the seed is printed on failure); FUZZ_ROUNDS sets how many
 * requests each operation gets, each from the next caller in turn (default 4: well under a minute).
 */
jest.setTimeout(240_000);

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 4);

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Schema = Record<string, unknown> & {
  $ref?: string;
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: Schema;
}

interface Operation {
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

/** Percent-encodes like encodeURIComponent, but writes a lone surrogate as the bytes UTF-8 would give it. */
function encodeHostile(text: string): string {
  return encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '\uFFFD')).replaceAll('%EF%BF%BD', '%ED%A0%80');
}

function deepJson(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { nested: value } : [value];
  return value;
}

const BAD_STRINGS = [
  'nul\u0000byte',
  '\u0000',
  'lone\ud800surrogate',
  '\udfff',
  'a@\ud800.ma',
  '\u202eevil\u200f RTL \u061c',
  'x'.repeat(100_000),
  '2026-02-30',
  '0000-00-00',
  '2026-13-45T25:61:61Z',
  '9999-99-99T99:99:99+99:99',
  '-1',
  '1e400',
  '99999999999999999999999999',
  'NaN',
  '',
  ' ',
  "'; DROP TABLE project; --",
  '../../etc/passwd',
  '%00%zz',
  '😀'.repeat(50),
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-7fff-bfff-ffffffffffff',
];
const BAD_NUMBERS = [
  1e308,
  -1e308,
  2 ** 63,
  -(2 ** 31) - 1,
  2 ** 31,
  Number.MAX_SAFE_INTEGER + 2,
  0.5,
  -1,
  0,
];

describe('OpenAPI fuzz: bad input never makes a 5xx', () => {
  const config = testConfig();
  let api: NestFastifyApplication;
  let admin: pg.Client;
  let document: OpenAPIObject;
  const users: { name: string; user: TestUser; locale: string; session?: SignedIn }[] = [];
  const knownIds: string[] = [];
  const random = generator(SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

  beforeAll(async () => {
    admin = await adminClient();
    const root = await ensureRootTenant(admin);
    const institute = await createTenant(admin, 'institute');
    const partner = await createTenant(admin, 'partner');
    users.push(
      {
        name: 'institute manager (fr)',
        locale: 'fr',
        user: await createUser(admin, [{ tenant: institute, role: 'institute_manager' }], { locale: 'fr' }),
      },
      {
        name: 'partner admin (ar)',
        locale: 'ar',
        user: await createUser(admin, [{ tenant: partner, role: 'partner_admin' }], { locale: 'ar' }),
      },
      {
        name: 'network admin (en)',
        locale: 'en',
        user: await createUser(admin, [{ tenant: root, role: 'network_admin' }], { locale: 'en' }),
      },
    );
    api = await createApi(config);
    document = openApiDocument(api);
    for (const entry of users) entry.session = await signIn(api, entry.user.email, entry.user.password);

    // A few real objects, so that bad bodies also reach routes past "not found".
    const manager = users[0];
    const auth = { authorization: `Bearer ${manager.session!.accessToken}` };
    const project = await request(api.getHttpServer())
      .post('/api/v1/projects')
      .set(auth)
      .send({
        type: 'research',
        title: 'Fuzzed project',
        summary: 'Target of the fuzz run',
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        budgetMad: '1000.00',
        leadUserId: manager.user.id,
        team: [manager.user.id],
        priorityCodes: ['research_innovation'],
      });
    if (project.status === 201) knownIds.push(project.body.id as string);
    const workshop = await request(api.getHttpServer()).post('/api/v1/workshops').set(auth).send({
      kind: 'seminar',
      title: 'Fuzzed seminar',
      startsAt: '2026-12-10T08:30:00.000Z',
      endsAt: '2026-12-10T15:00:00.000Z',
      venue: 'Hall',
    });
    if (workshop.status === 201) knownIds.push(workshop.body.id as string);
    knownIds.push(manager.user.id, institute.id, partner.id);
  });
  afterAll(async () => {
    await api?.close();
    await admin?.end();
  });

  function resolve(schema: Schema | undefined, depth = 0): Schema {
    if (!schema || depth > 8) return {};
    if (schema.$ref) {
      const name = schema.$ref.split('/').pop()!;
      return resolve(document.components?.schemas?.[name] as Schema | undefined, depth + 1);
    }
    const composed = schema.allOf ?? schema.oneOf ?? schema.anyOf;
    if (composed?.[0]) return resolve(composed[0], depth + 1);
    return schema;
  }

  /** A value for a schema: mostly plausible, often hostile. */
  function valueFor(raw: Schema | undefined, depth = 0): unknown {
    const schema = resolve(raw);
    const roll = random();
    if (roll < 0.45) return pick(BAD_STRINGS);
    if (roll < 0.55) return pick(BAD_NUMBERS);
    if (roll < 0.6) return pick([null, true, [], {}, deepJson(40), [pick(BAD_STRINGS)]]);
    if (schema.enum) return pick(schema.enum);
    if (schema.format === 'uuid') return pick(knownIds);
    if (schema.format === 'date') return pick(['2026-06-01', '2026-02-30', '0000-00-00']);
    if (schema.format === 'date-time') return pick(['2026-06-01T10:00:00Z', '2026-02-30T10:00:00Z']);
    if (schema.type === 'integer' || schema.type === 'number') return pick([1, 10, ...BAD_NUMBERS]);
    if (schema.type === 'boolean') return random() < 0.5;
    if (schema.type === 'array') return depth > 3 ? [] : [valueFor(schema.items, depth + 1)];
    if (schema.type === 'object' || schema.properties) {
      if (depth > 3) return {};
      const out: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        if (random() < 0.8) out[key] = valueFor(property, depth + 1);
      }
      return out;
    }
    return pick(['Plain text', 'نص عربي', ...BAD_STRINGS]);
  }

  function pathFor(template: string, parameters: Parameter[]): string {
    return template.replace(/\{([^}]+)\}/g, (_all, name: string) => {
      const parameter = parameters.find((p) => p.in === 'path' && p.name === name);
      const value = random() < 0.5 ? pick(knownIds) : valueFor(parameter?.schema);
      return encodeHostile(typeof value === 'string' ? value : JSON.stringify(value));
    });
  }

  it('answers every operation, fed hostile input by each caller, without a 5xx and with problem+json', async () => {
    const failures: string[] = [];
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      (['get', 'post', 'put', 'patch', 'delete'] as const)
        .filter((method) => (item as Record<string, unknown>)[method])
        .map((method) => ({ path, method, operation: (item as Record<string, Operation>)[method] })),
    );
    expect(operations.length).toBeGreaterThan(150);
    const callers = [...users, { name: 'anonymous', locale: 'fr', session: undefined }];

    for (const [index, { path, method, operation }] of operations.entries()) {
      const parameters = (operation.parameters ?? []).filter((p): p is Parameter => !('$ref' in p));
      {
        for (let round = 0; round < ROUNDS; round++) {
          const caller = callers[(index + round) % callers.length];
          const url = pathFor(path, parameters);
          const query: Record<string, string> = {};
          for (const parameter of parameters.filter((p) => p.in === 'query')) {
            if (random() < 0.7) {
              const value = valueFor(parameter.schema);
              query[parameter.name] = typeof value === 'string' ? value : JSON.stringify(value);
            }
          }
          const search = new URLSearchParams(query).toString().replaceAll('%EF%BF%BD', '%ED%A0%80');
          let call = request(api.getHttpServer())[method](search ? `${url}?${search}` : url);
          if (caller.session) {
            call = call
              .set('authorization', `Bearer ${caller.session.accessToken}`)
              .set('accept-language', caller.locale);
          }
          const content = operation.requestBody?.content ?? {};
          if (content['application/json']) {
            const body = random() < 0.1 ? deepJson(60) : valueFor(content['application/json'].schema);
            call = call.set('content-type', 'application/json').send(JSON.stringify(body));
          } else if (Object.keys(content).length > 0) {
            call = call.set('content-type', Object.keys(content)[0]).send(Buffer.from('\u0000garbage\ud800'));
          }
          if (process.env.FUZZ_TRACE) process.stderr.write(`${method.toUpperCase()} ${url.slice(0, 100)}\n`);
          const res = await call.timeout(20_000).buffer(true);
          const shown = `${method.toUpperCase()} ${url.slice(0, 120)}${search ? '?' + search.slice(0, 80) : ''} as ${caller.name}`;
          if (res.status >= 500) {
            failures.push(`${res.status} ${shown}: ${String(res.text).slice(0, 200)}`);
          } else if (
            res.status >= 400 &&
            !/^application\/problem\+json/.test(String(res.headers['content-type']))
          ) {
            failures.push(`${res.status} not problem+json (${res.headers['content-type']}) ${shown}`);
          } else if (res.status >= 400) {
            // Node answers an over-long request line (431) before it has read any header: in French.
            const language = res.status === 431 ? 'fr' : caller.locale;
            if (res.headers['content-language'] !== language) {
              failures.push(
                `${res.status} in ${String(res.headers['content-language'])}, not ${language} ${shown}`,
              );
            }
          }
          // A plausible body can change the caller's own profile language (PATCH /me with a valid `locale`):
          // from then on their problems are in that language, which is what the check expects.
          const changedLocale = (res.body as { user?: { locale?: unknown } } | undefined)?.user?.locale;
          if (
            path === '/api/v1/me' &&
            method === 'patch' &&
            res.status < 300 &&
            typeof changedLocale === 'string' &&
            'user' in caller
          ) {
            caller.locale = changedLocale;
          }
          // A session the run ended (logout, a revoked session) is replaced, so later operations still run signed in.
          if (res.status === 401 && caller.session && 'user' in caller) {
            const entry = users.find((u) => u.name === caller.name)!;
            entry.session = await signIn(api, entry.user.email, entry.user.password).catch(
              () => entry.session,
            );
          }
        }
      }
    }
    if (failures.length > 0) {
      throw new Error(
        `FUZZ_SEED=${SEED}: ${failures.length} bad answers (replay with FUZZ_SEED=${SEED}):\n` +
          [...new Set(failures)].slice(0, 60).join('\n'),
      );
    }
  });
});
