import { networkProblem, problemFrom, ProblemError } from '../api/problem';
import type { components } from '../api/schema';
import { currentLocale } from '../i18n/locale';

/**
 * The browser's session with the API. The access token (15 minutes) lives only in this module's memory;
 * the refresh token only in an HttpOnly cookie the API sets in cookie mode (`X-Jazari-Session: cookie`),
 * which no script can read. A reload restores the session from the cookie. Refreshes are serialised across
 * tabs with the Web Locks API, so two tabs never present the same single-use refresh token.
 */
export interface TenantRef {
  readonly id: string;
  readonly kind: 'root' | 'institute' | 'partner';
  readonly slug: string;
}

export type Session =
  | { readonly status: 'restoring' }
  | { readonly status: 'signed-out' }
  | {
      readonly status: 'signed-in';
      readonly tenant: TenantRef;
      readonly role: string;
      readonly permissions: readonly string[];
    }
  /** The session ended while the person was working: they sign in again over the page, nothing is lost. */
  | {
      readonly status: 'locked';
      readonly tenant: TenantRef;
      readonly role: string;
      readonly permissions: readonly string[];
    };

interface TokenPair {
  readonly accessToken: string;
  readonly expiresIn: number;
  readonly tenant: TenantRef;
  readonly role: string;
  /** What the session may do, as the API answers it with the pair (it checks again on every request). */
  readonly permissions: readonly string[];
}

/**
 * Whether this browser signed in and has not signed out since: a hint (no secret) that spares an
 * anonymous visitor a refresh request doomed to a 401.
 */
const HINT_KEY = 'jazari.session';
function hint(on: boolean): void {
  try {
    if (on) window.localStorage.setItem(HINT_KEY, '1');
    else window.localStorage.removeItem(HINT_KEY);
  } catch {
    // no storage: every start tries the cookie
  }
}
function hinted(): boolean {
  try {
    return window.localStorage.getItem(HINT_KEY) !== null;
  } catch {
    return true;
  }
}

const SESSION_HEADERS = { 'x-jazari-session': 'cookie', 'content-type': 'application/json' } as const;
const LOCK = 'jazari-session';
const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('jazari-session');

let session: Session = { status: 'restoring' };
let accessToken: string | undefined;
let expiresAt = 0;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let inFlight: Promise<boolean> | undefined;
const listeners = new Set<() => void>();
const tenantListeners = new Set<(tenant: TenantRef | undefined) => void>();
let unlockWaiters: ((token: string | undefined) => void)[] = [];

function set(next: Session): void {
  session = next;
  for (const listener of listeners) listener();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSession(): Session {
  return session;
}

/** Called when the tenant of the session changes (switch, sign-out, another tab): cached data is stale. */
export function onTenantChange(listener: (tenant: TenantRef | undefined) => void): () => void {
  tenantListeners.add(listener);
  return () => tenantListeners.delete(listener);
}

function currentTenant(): TenantRef | undefined {
  return session.status === 'signed-in' || session.status === 'locked' ? session.tenant : undefined;
}

/** The person a token is for (its `sub`): another tab may sign in as someone else. */
function subjectOf(token: string | undefined): string | undefined {
  try {
    const payload = token?.split('.')[1];
    if (!payload) return undefined;
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    return (JSON.parse(json) as { sub?: string }).sub;
  } catch {
    return undefined;
  }
}

function apply(pair: TokenPair): void {
  const before = currentTenant();
  const samePerson = subjectOf(accessToken) === subjectOf(pair.accessToken);
  accessToken = pair.accessToken;
  expiresAt = Date.now() + pair.expiresIn * 1000;
  clearTimeout(refreshTimer);
  // Refresh a minute before the token expires, so requests rarely meet an expired one.
  refreshTimer = setTimeout(
    () => void refresh().catch(() => undefined),
    Math.max(5_000, (pair.expiresIn - 60) * 1000),
  );
  set({ status: 'signed-in', tenant: pair.tenant, role: pair.role, permissions: pair.permissions });
  hint(true);
  const waiters = unlockWaiters;
  unlockWaiters = [];
  for (const resolve of waiters) resolve(pair.accessToken);
  if (before && (before.id !== pair.tenant.id || !samePerson)) {
    for (const listener of tenantListeners) listener(pair.tenant);
  }
}

function forget(): void {
  const before = currentTenant();
  accessToken = undefined;
  expiresAt = 0;
  clearTimeout(refreshTimer);
  set({ status: 'signed-out' });
  hint(false);
  const waiters = unlockWaiters;
  unlockWaiters = [];
  for (const resolve of waiters) resolve(undefined);
  if (before) for (const listener of tenantListeners) listener(undefined);
}

async function post(path: string, body: unknown, token?: string): Promise<Response> {
  try {
    return await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        ...SESSION_HEADERS,
        'accept-language': currentLocale(),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw networkProblem();
  }
}

async function pairOrProblem(response: Response): Promise<TokenPair> {
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) throw problemFrom(response.status, body);
  return body as TokenPair;
}

function withLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  // The lock is held until `work` settles; `request` resolves with what it resolved with.
  return locks ? (locks.request(LOCK, work) as unknown as Promise<T>) : work();
}

/**
 * Renews the access token with the refresh cookie. True when it worked; false when the session is over
 * (the cookie is missing, expired, revoked or reused). A throttled or unreachable API throws instead: the
 * session may still be fine, so nobody is signed out for it.
 */
export function refresh(): Promise<boolean> {
  inFlight ??= withLock(async () => {
    const response = await post('/api/v1/auth/refresh', {});
    if (response.status === 401 || response.status === 403) return false;
    apply(await pairOrProblem(response));
    return true;
  }).finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

/** At start-up: picks the session up from the cookie, if there is one. */
export async function restore(): Promise<void> {
  if (!hinted()) return forget();
  try {
    if (!(await refresh())) forget();
  } catch {
    // The API is unreachable or throttling: show the sign-in page, which reports it on use.
    forget();
  }
}

/** Sign-in's second step (a 202 of the login): the session opens once it is answered. */
export interface SecondFactorChallenge {
  readonly challengeToken: string;
  readonly expiresIn: number;
  /** The person must have a second factor and has none yet: they set one up first. */
  readonly enrolmentRequired: boolean;
  /** The person has a passkey: the step may be answered with it. */
  readonly passkey?: boolean;
}

/** A passkey's answer to the browser's prompt, as the API takes it (WebAuthn `AuthenticationResponseJSON`). */
export type PasskeyAssertion = components['schemas']['PasskeyAssertionDto'];

/** Thrown by `signIn` when the password is right and a second factor must follow. */
export class SecondFactorNeeded extends Error {
  constructor(readonly challenge: SecondFactorChallenge) {
    super('second factor needed');
  }
}

export async function signIn(email: string, password: string): Promise<TokenPair> {
  const pair = await withLock(async () => {
    const response = await post('/api/v1/auth/login', { email, password });
    if (response.status === 202)
      throw new SecondFactorNeeded((await response.json()) as SecondFactorChallenge);
    return pairOrProblem(response);
  });
  opened(pair);
  return pair;
}

function opened(pair: TokenPair): void {
  apply(pair);
  channel?.postMessage({ type: 'session-changed' });
}

/**
 * Answers the second step with a code of the person's app, or a recovery code: the session opens.
 * Answers the id of the tenant it opened in.
 */
export async function answerSecondFactor(challengeToken: string, code: string): Promise<string> {
  const pair = await withLock(async () =>
    pairOrProblem(await post('/api/v1/auth/second-factor', { challengeToken, code })),
  );
  opened(pair);
  return pair.tenant.id;
}

/**
 * Answers the second step with a passkey: the API's options for this challenge, the browser's prompt
 * (`prompt`), then the answer; the session opens.
 */
export async function answerSecondFactorWithPasskey(
  challengeToken: string,
  prompt: (options: Record<string, unknown>) => Promise<PasskeyAssertion>,
): Promise<void> {
  const response = await post('/api/v1/auth/second-factor/passkey-options', { challengeToken });
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) throw problemFrom(response.status, body);
  const passkey = await prompt((body as { options: Record<string, unknown> }).options);
  opened(
    await withLock(async () =>
      pairOrProblem(await post('/api/v1/auth/second-factor', { challengeToken, passkey })),
    ),
  );
}

/** For a person who must set a factor up at sign-in: the secret to scan. */
export async function beginSignInEnrolment(
  challengeToken: string,
): Promise<{ secret: string; otpauthUri: string }> {
  const response = await post('/api/v1/auth/second-factor/totp', { challengeToken });
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) throw problemFrom(response.status, body);
  return body as { secret: string; otpauthUri: string };
}

/** Confirms the new factor with its first code: the session opens; answers the recovery codes. */
export async function confirmSignInEnrolment(challengeToken: string, code: string): Promise<string[]> {
  const pair = await withLock(async () =>
    pairOrProblem(await post('/api/v1/auth/second-factor/totp/confirm', { challengeToken, code })),
  );
  opened(pair);
  return (pair as TokenPair & { recoveryCodes: string[] }).recoveryCodes;
}

/**
 * For a person who must set a factor up at sign-in, a passkey instead of an app: the API's options for
 * this challenge, the browser's prompt to create one (`prompt`), then its answer; the session opens.
 * Answers the recovery codes.
 */
export async function enrolPasskeyAtSignIn(
  challengeToken: string,
  name: string,
  prompt: (options: Record<string, unknown>) => Promise<unknown>,
): Promise<string[]> {
  const response = await post('/api/v1/auth/second-factor/passkey/registration-options', { challengeToken });
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) throw problemFrom(response.status, body);
  const created = await prompt((body as { options: Record<string, unknown> }).options);
  const pair = await withLock(async () =>
    pairOrProblem(
      await post('/api/v1/auth/second-factor/passkey', { challengeToken, name, response: created }),
    ),
  );
  opened(pair);
  return (pair as TokenPair & { recoveryCodes: string[] }).recoveryCodes;
}

export async function signOut(): Promise<void> {
  try {
    await withLock(() => post('/api/v1/auth/logout', {}));
  } catch {
    // Signed out locally whatever happens; the server's session ends with its cookie's expiry at worst.
  }
  forget();
  channel?.postMessage({ type: 'signed-out' });
}

/** Opens a session in another of the person's tenants (this one ends); cached data is dropped. */
export async function switchTenant(tenantId: string): Promise<void> {
  const token = await bearer();
  const pair = await withLock(async () =>
    pairOrProblem(await post('/api/v1/auth/switch-tenant', { tenantId }, token)),
  );
  apply(pair);
  channel?.postMessage({ type: 'session-changed' });
}

/** The access token for a request, renewed first when it is about to expire. */
export async function bearer(): Promise<string | undefined> {
  if (accessToken && Date.now() > expiresAt - 20_000) await refresh().catch(() => undefined);
  return accessToken;
}

/**
 * After a 401: renew the token, or, if the session is over, lock the page until the person signs in
 * again (their forms stay as they are). Resolves with the token to retry with, or undefined if they
 * signed out instead.
 */
export async function recover(): Promise<string | undefined> {
  if (session.status === 'signed-out' || session.status === 'restoring') return undefined;
  try {
    if (await refresh()) return accessToken;
  } catch (error) {
    if (error instanceof ProblemError) return undefined;
    throw error;
  }
  if (session.status === 'signed-in') set({ ...session, status: 'locked' });
  return new Promise((resolve) => unlockWaiters.push(resolve));
}

channel?.addEventListener('message', (event: MessageEvent<{ type: string }>) => {
  if (event.data.type === 'signed-out') forget();
  // Another tab signed in or switched tenant: this tab's session may have ended; pick up the new one.
  if (event.data.type === 'session-changed') void refresh().catch(() => undefined);
});
