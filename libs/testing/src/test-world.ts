import { createApi } from '@jazari/api';
import type { AppConfig, Clock } from '@jazari/config';
import type { Role } from '@jazari/identity';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createWorker } from '@jazari/worker';
import type pg from 'pg';
import request from 'supertest';
import { createTenant, createUser, ensureRootTenant, type TestTenant, type TestUser } from './factories.js';
import { signIn, type SignedIn } from './http.js';
import { testClock } from './second-factor.js';
import { adminClient } from './sql.js';
import { testConfig } from './test-config.js';

type TenantKindSpec = 'root' | 'institute' | 'partner';

/** A person of the world: one membership (`tenant`, `role`) or several (`memberships`, the first signs in). */
export type TestWorldUserSpec<T extends string> = (
  | { readonly tenant: T; readonly role: Role }
  | { readonly memberships: readonly { readonly tenant: T; readonly role: Role }[] }
) & { readonly locale?: 'fr' | 'ar' | 'en'; readonly displayName?: string };

export interface TestWorldSpec<T extends string, U extends string> {
  /** The suite's configuration; `testConfig()` when omitted. */
  readonly config?: AppConfig;
  /** Tenants by name: `root` is the database's one Root, the others are created with unique slugs. */
  readonly tenants: Readonly<Record<T, TenantKindSpec>>;
  readonly users?: Readonly<Record<U, TestWorldUserSpec<T>>>;
  /** Boot the API in-process (default true) and sign every user in through it. */
  readonly api?: boolean;
  /** Boot a worker in-process too (default false), with the same configuration and queue prefix. */
  readonly worker?: boolean;
  /**
   * The Clock of the API and the worker: `testClock` when omitted (the machine's time, which the TOTP helper
   * moves a step on instead of waiting for it); a `SystemClock` to see real time only.
   */
  readonly clock?: Clock;
}

/** Calls to the API as one signed-in person: paths are under /api/v1. */
export interface AsClient {
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  put(path: string, body: object): request.Test;
  patch(path: string, body: object): request.Test;
  delete(path: string): request.Test;
}

export interface TestWorld<T extends string, U extends string> {
  readonly config: AppConfig;
  /** A superuser on the file's database (see `adminClient()`). */
  readonly admin: pg.Client;
  readonly tenants: Readonly<Record<T, TestTenant>>;
  readonly users: Readonly<Record<U, TestUser>>;
  /** Each user signed in (to their first membership's tenant); empty without the API. */
  readonly sessions: Readonly<Record<U, SignedIn>>;
  readonly api: NestFastifyApplication;
  readonly worker: NestFastifyApplication;
  /** The API as a signed-in user (by name) or session. */
  as(who: U | SignedIn): AsClient;
  /** Closes the worker, the API and the admin client. */
  close(): Promise<void>;
}

/**
 * The tenants, people, sessions, API and worker a suite needs, built in one call instead of by hand:
 *
 *   world = await testWorld({
 *     tenants: { lab: 'institute', acme: 'partner' },
 *     users: { manager: { tenant: 'lab', role: 'institute_manager' }, buyer: { tenant: 'acme', role: 'partner_admin', locale: 'ar' } },
 *     worker: true,
 *   });
 *   await world.as('manager').get('/projects').expect(200);
 *
 * Close it in afterAll (`await world?.close()`).
 */
export async function testWorld<T extends string, U extends string = never>(
  spec: TestWorldSpec<T, U>,
): Promise<TestWorld<T, U>> {
  const config = spec.config ?? testConfig();
  const admin = await adminClient();
  let api: NestFastifyApplication | undefined;
  let worker: NestFastifyApplication | undefined;
  const close = async (): Promise<void> => {
    await worker?.close();
    await api?.close();
    await admin.end();
  };
  try {
    const tenants = {} as Record<T, TestTenant>;
    for (const [name, kind] of Object.entries(spec.tenants) as [T, TenantKindSpec][]) {
      tenants[name] = kind === 'root' ? await ensureRootTenant(admin) : await createTenant(admin, kind);
    }
    const users = {} as Record<U, TestUser>;
    const userSpecs = Object.entries(spec.users ?? {}) as [U, TestWorldUserSpec<T>][];
    for (const [name, user] of userSpecs) {
      const memberships =
        'memberships' in user ? user.memberships : [{ tenant: user.tenant, role: user.role }];
      users[name] = await createUser(
        admin,
        memberships.map((m) => ({ tenant: tenants[m.tenant], role: m.role })),
        { locale: user.locale, displayName: user.displayName },
      );
    }
    const clock = spec.clock ?? testClock;
    if (spec.api !== false) api = await createApi(config, { clock });
    if (spec.worker) worker = await createWorker(config, { clock });
    const sessions = {} as Record<U, SignedIn>;
    if (api) {
      for (const [name] of userSpecs)
        sessions[name] = await signIn(api, users[name].email, users[name].password);
    }
    const required = <A>(value: A | undefined, what: string): A => {
      if (value === undefined) throw new Error(`this test world has no ${what}: ask for it in testWorld()`);
      return value;
    };
    return {
      config,
      admin,
      tenants,
      users,
      sessions,
      get api() {
        return required(api, 'API');
      },
      get worker() {
        return required(worker, 'worker');
      },
      as(who) {
        const session = typeof who === 'string' ? sessions[who] : who;
        const server = () => request(required(api, 'API').getHttpServer());
        const auth = { authorization: `Bearer ${session.accessToken}` };
        return {
          get: (path) => server().get(`/api/v1${path}`).set(auth),
          post: (path, body = {}) => server().post(`/api/v1${path}`).set(auth).send(body),
          put: (path, body) => server().put(`/api/v1${path}`).set(auth).send(body),
          patch: (path, body) => server().patch(`/api/v1${path}`).set(auth).send(body),
          delete: (path) => server().delete(`/api/v1${path}`).set(auth),
        };
      },
      close,
    };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}
