import createClient from 'openapi-fetch';
import { bearer, recover } from '../auth/session';
import { currentLocale } from '../i18n/locale';
import { networkProblem, problemFrom } from './problem';
import type { paths } from './schema';

/**
 * A new Idempotency-Key: 128 random bits in hex. `crypto.getRandomValues`, unlike `crypto.randomUUID`,
 * exists outside secure contexts too (the app opened over plain HTTP on a LAN address).
 */
function idempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Every request of the app: the access token from memory, the page's language (so problems come back in
 * it), and one recovery on a 401 — a renewed token, or, when the session ended, a pause until the person
 * signs in again over the page, after which the request is sent again as it was.
 *
 * Every POST carries an Idempotency-Key of its own (docs/problems.md#idempotency-key), the same on the
 * resend after a 401: when a proxy or the network sends it twice (HAProxy retries a request whose replica
 * died before answering), the API acts once and answers the second with the first's answer.
 */
export async function authFetch(request: Request): Promise<Response> {
  const again = request.clone();
  const key = request.method === 'POST' ? idempotencyKey() : undefined;
  const send = async (req: Request, token: string | undefined): Promise<Response> => {
    const headers = new Headers(req.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    if (!headers.has('accept-language')) headers.set('accept-language', currentLocale());
    if (key && !headers.has('idempotency-key')) headers.set('idempotency-key', key);
    try {
      return await fetch(new Request(req, { headers, credentials: 'same-origin' }));
    } catch {
      throw networkProblem();
    }
  };
  const token = await bearer();
  const first = await send(request, token);
  if (first.status !== 401 || !token) return first;
  // A wrong password re-entered to sign is the person's answer, not an ended session: no renewal, no resend.
  const body: unknown = await first
    .clone()
    .json()
    .catch(() => undefined);
  const type = typeof body === 'object' && body !== null && 'type' in body ? body.type : undefined;
  if (typeof type === 'string' && type.endsWith('invalid-credentials')) return first;
  const renewed = await recover();
  return renewed ? send(again, renewed) : first;
}

export const api = createClient<paths>({ baseUrl: '', fetch: authFetch });

interface FetchResult<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

/** The data of a successful answer, or the problem of a failed one, thrown as a ProblemError. */
export async function unwrap<T>(pending: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok) throw problemFrom(response.status, error);
  return data as T;
}
