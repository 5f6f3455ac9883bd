import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { guardMessage } from './problem-field-language.js';
import { ValidationProblem, type FieldError } from './problem.js';

/** Deeper than this, a JSON body is refused: no input of ours nests so far, and walking it costs. */
export const MAX_INPUT_DEPTH = 32;

/**
 * A string that has the shape of an ISO 8601 date or date-time. Whatever field it is in, it must name a
 * real calendar value: PostgreSQL answers `2026-02-30` or `0000-00-00` with an error, not a row.
 */
const DATE_SHAPED =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?:[Zz]|[+-](\d{2})(?::?(\d{2}))?)?)?$/;

/** A `YYYY-MM-DD[THH:MM[:SS[.fff]][offset]]` string that names an instant or a day that exists. */
export function isRealCalendarValue(value: string): boolean {
  const match = DATE_SHAPED.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part))) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 ? (leap ? 29 : 28) : daysInMonth)) return false;
  return hour <= 23 && minute <= 59 && second <= 59 && offsetHours <= 15 && offsetMinutes <= 59;
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATE_GLOBAL = new RegExp(LONE_SURROGATE.source, 'g');

/** Why a text may not enter the system (PostgreSQL's text and JSON refuse both), or undefined. */
function textFault(value: string): 'nulCharacter' | 'loneSurrogate' | undefined {
  if (value.includes('\u0000')) return 'nulCharacter';
  if (LONE_SURROGATE.test(value)) return 'loneSurrogate';
  return undefined;
}

function stringFault(value: string): string | undefined {
  if (DATE_SHAPED.test(value) && !isRealCalendarValue(value)) return 'impossibleDate';
  return textFault(value);
}

/** One fault of the guard: its code (see problem-language.ts) and its English message. */
function fault(field: string, constraint: string): FieldError {
  return { field, messages: [guardMessage(field, constraint)], faults: [{ constraint }] };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  // Fastify's query parser makes objects whose prototype has a null prototype; Buffers and streams are
  // not walked.
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

/**
 * The faults of an input (a JSON body, a query, a path parameter), one per offending field, named by its
 * dotted path. Strings must be well-formed Unicode without NUL (PostgreSQL's text and JSON refuse both)
 * and, when shaped like a date, a real one; numbers must be finite; nesting stays under MAX_INPUT_DEPTH.
 */
export function inputFaults(input: unknown, root = ''): FieldError[] {
  const faults: FieldError[] = [];
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: input, path: root, depth: 0 }];
  const name = (path: string): string => path || 'body';
  while (pending.length > 0 && faults.length < 20) {
    const { value, path, depth } = pending.pop()!;
    if (typeof value === 'string') {
      const code = stringFault(value);
      if (code) faults.push(fault(name(path), code));
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) faults.push(fault(name(path), 'notFinite'));
    } else if (Array.isArray(value) || isPlainObject(value)) {
      if (depth >= MAX_INPUT_DEPTH) {
        faults.push(fault(name(path), 'nestedTooDeeply'));
        continue;
      }
      const entries = Array.isArray(value)
        ? value.map((v, i) => [String(i), v] as const)
        : Object.entries(value);
      for (const [key, child] of entries) {
        const childPath = path ? `${path}.${key}` : key;
        const keyFault = textFault(key);
        if (keyFault) {
          faults.push(
            fault(name(path), keyFault === 'nulCharacter' ? 'keyNulCharacter' : 'keyLoneSurrogate'),
          );
          continue;
        }
        pending.push({ value: child, path: childPath, depth: depth + 1 });
      }
    }
  }
  return faults;
}

/** A copy of an input (free of over-deep nesting) whose unstorable characters are replaced by U+FFFD. */
function sanitized(value: unknown): unknown {
  if (typeof value === 'string')
    return value.replaceAll('\u0000', '\uFFFD').replace(LONE_SURROGATE_GLOBAL, '\uFFFD');
  if (Array.isArray(value)) return value.map(sanitized);
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, sanitized(child)]));
  }
  return value;
}

/**
 * Runs before the validation pipe on every body, query and path parameter: text PostgreSQL cannot store
 * (NUL, lone surrogates), impossible dates and over-deep JSON are a 400 `validation-failed` naming the
 * field, whatever the DTO says — one guard for every route, present and future. The other fields are
 * still validated (on a copy where the offending characters are replaced), so the answer lists every
 * fault at once, as it does without the guard.
 */
export class InputGuardPipe implements PipeTransform {
  constructor(private readonly validation?: PipeTransform) {}

  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return value;
    const faults = inputFaults(value, metadata.data ?? '');
    if (faults.length === 0) return value;
    const nested = faults.some((f) => f.faults?.some((c) => c?.constraint === 'nestedTooDeeply'));
    if (this.validation && !nested) {
      try {
        await this.validation.transform(sanitized(value), metadata);
      } catch (error) {
        if (!(error instanceof ValidationProblem)) throw error;
        const named = new Set(faults.map((f) => f.field));
        throw new ValidationProblem([...faults, ...error.errors.filter((e) => !named.has(e.field))]);
      }
    }
    throw new ValidationProblem(faults);
  }
}
