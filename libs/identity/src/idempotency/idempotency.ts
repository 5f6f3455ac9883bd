import { createHash } from 'node:crypto';
import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@jazari/http';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Set on an answer replayed from a key's first request. */
export const IDEMPOTENT_REPLAY_HEADER = 'idempotent-replayed';
/** How long a key's first answer is kept and replayed. */
export const IDEMPOTENCY_TTL_HOURS = 24;

/** 1 to 255 visible ASCII characters (a UUID, a ULID, a client's own counter…). */
const KEY = /^[\x21-\x7e]{1,255}$/;

/** The header's value; undefined when the request has none; a 400 problem when it is malformed. */
export function idempotencyKeyOf(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const value = Array.isArray(header) ? header : [header];
  if (value.length !== 1 || !KEY.test(value[0])) {
    throw new ProblemException(
      HttpStatus.BAD_REQUEST,
      'invalid-idempotency-key',
      'Invalid Idempotency-Key',
      'An Idempotency-Key is one value of 1 to 255 visible ASCII characters.',
    );
  }
  return value[0];
}

/** JSON with object keys sorted, so two bodies equal as data hash the same whatever their key order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** What makes two requests "the same": the route's path (with its query) and the body, as data. */
export function requestHash(url: string, body: unknown): string {
  const hash = createHash('sha256').update(url).update('\n');
  if (Buffer.isBuffer(body)) hash.update(body);
  else hash.update(JSON.stringify(canonical(body ?? null)) ?? 'null');
  return hash.digest('hex');
}

export function idempotencyKeyReused(): ProblemException {
  return new ProblemException(
    HttpStatus.UNPROCESSABLE_ENTITY,
    'idempotency-key-reused',
    'Idempotency-Key already used for another request',
    'This Idempotency-Key was sent with another request in the last 24 hours: use a new key for a new request.',
  );
}
