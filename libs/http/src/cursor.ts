import { ValidationProblem } from './problem.js';

/**
 * List cursors: opaque to clients, base64url of the last row's sort key as a JSON array
 * (`["2026-03-01","0190…"]`). Each list declares its key's parts once; decoding checks every part and
 * refuses anything else with the one validation problem every list answers (field `cursor`).
 */

/** The text every list answers for a cursor it did not issue (translated in `problem-language.ts`). */
export const CURSOR_NOT_ISSUED = 'cursor is not a cursor this API issued';

/** One column of a sort key: how it is written into a cursor and how it is checked coming back. */
export interface CursorPart<T> {
  /** The value read from a cursor, or `undefined` if it is not one this part writes. */
  read(raw: unknown): T | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const POSITIVE = /^[1-9][0-9]{0,15}$/;

function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The kinds of key column our lists sort by. */
export const CursorKey = {
  /** A UUID, given back in lower case (the case our ids are stored in). */
  uuid: {
    read: (raw) => (typeof raw === 'string' && UUID.test(raw) ? raw.toLowerCase() : undefined),
  } satisfies CursorPart<string>,
  /** A calendar day, `YYYY-MM-DD`. */
  date: {
    read: (raw) => (typeof raw === 'string' && isCalendarDate(raw) ? raw : undefined),
  } satisfies CursorPart<string>,
  /** An instant as `Date.toISOString()` writes it (UTC, `Z`). */
  instant: {
    read: (raw) =>
      typeof raw === 'string' && INSTANT.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : undefined,
  } satisfies CursorPart<string>,
  /** A positive integer no greater than `max` (a sequence number, a version). */
  positive(max: number = Number.MAX_SAFE_INTEGER): CursorPart<number> {
    return {
      read(raw) {
        const text = typeof raw === 'number' ? String(raw) : raw;
        if (typeof text !== 'string' || !POSITIVE.test(text)) return undefined;
        const value = Number(text);
        return Number.isSafeInteger(value) && value <= max ? value : undefined;
      },
    };
  },
  /** One of a few fixed words (a row's type). */
  oneOf<const W extends string>(...words: W[]): CursorPart<W> {
    return { read: (raw) => (words.includes(raw as W) ? (raw as W) : undefined) };
  },
};

type KeyOf<P extends readonly CursorPart<unknown>[]> = {
  -readonly [I in keyof P]: P[I] extends CursorPart<infer T> ? T : never;
};

/** One page of a list: the rows, and the cursor of the next page (`null` on the last). */
export interface CursorPage<T> {
  readonly data: T[];
  readonly nextCursor: string | null;
}

/** Encodes and decodes one list's cursors. Build it once per list with {@link cursorCodec}. */
export class CursorCodec<K extends readonly unknown[]> {
  constructor(private readonly parts: readonly CursorPart<unknown>[]) {}

  encode(key: K): string {
    return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
  }

  /** The key in `cursor`; throws the `cursor` validation problem for anything this codec did not write. */
  decode(cursor: string): K {
    const key = this.read(cursor);
    if (key === undefined) {
      throw new ValidationProblem([{ field: 'cursor', messages: [CURSOR_NOT_ISSUED] }]);
    }
    return key;
  }

  /** `null` when no cursor was given (the first page). */
  decodeOptional(cursor: string | undefined): K | null {
    return cursor === undefined ? null : this.decode(cursor);
  }

  /**
   * Rows were fetched with `limit + 1`: the extra one says another page follows, and the cursor is the
   * key of the last row kept.
   */
  page<T>(rows: readonly T[], limit: number, keyOf: (row: T) => K): CursorPage<T> {
    const data = rows.slice(0, limit);
    const last = data.at(-1);
    return { data, nextCursor: rows.length > limit && last !== undefined ? this.encode(keyOf(last)) : null };
  }

  private read(cursor: string): K | undefined {
    if (typeof cursor !== 'string' || !/^[A-Za-z0-9_-]{1,1000}$/.test(cursor)) return undefined;
    const text = Buffer.from(cursor, 'base64url').toString('utf8');
    let raw: unknown[];
    if (text.startsWith('[')) {
      try {
        const parsed: unknown = JSON.parse(text);
        if (!Array.isArray(parsed)) return undefined;
        raw = parsed;
      } catch {
        return undefined;
      }
    } else if (this.parts.length === 1) {
      // Single-column lists first issued the bare value (`base64url("<uuid>")`, `base64url("42")`);
      // cursors a client still holds from then keep working.
      raw = [text];
    } else {
      return undefined;
    }
    if (raw.length !== this.parts.length) return undefined;
    const key: unknown[] = [];
    for (const [i, part] of this.parts.entries()) {
      const value = part.read(raw[i]);
      if (value === undefined) return undefined;
      key.push(value);
    }
    return key as unknown as K;
  }
}

/** A codec for a list sorted by these key columns, e.g. `cursorCodec(CursorKey.date, CursorKey.uuid)`. */
export function cursorCodec<const P extends readonly CursorPart<unknown>[]>(
  ...parts: P
): CursorCodec<KeyOf<P>> {
  return new CursorCodec<KeyOf<P>>(parts);
}

/** `?limit=` clamped into `[1, max]`, `fallback` when absent. */
export function clampPageSize(limit: number | undefined, sizes: { fallback: number; max: number }): number {
  const asked = limit === undefined || Number.isNaN(limit) ? sizes.fallback : Math.trunc(limit);
  return Math.min(Math.max(asked, 1), sizes.max);
}

/** The cursor of a list ordered by id alone (UUID v7, so by creation time). */
export const idCursor = cursorCodec(CursorKey.uuid);
