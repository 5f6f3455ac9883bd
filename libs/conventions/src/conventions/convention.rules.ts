import type { FieldError } from '@jazari/http';
import type { ConventionExecution, ConventionTerms, PartyInput } from '../convention.types.js';

/** Root's reference code. */
export const ROOT_CODE = 'JZR';

/**
 * The owner's code in reference numbers (`<CODE>-<YEAR>-<NNNN>`): `JZR` for Root; for an institute, the
 * initials of its slug's hyphen-separated words (`jazari-ai-casablanca` → `JAC`), up to 6 letters or
 * digits; a slug of one word gives its first 4 characters (`uir` → `UIR`, `inpt2` → `INPT`). Codes are
 * not unique across owners, and need not be: a reference is unique per owner (and the id is global).
 */
export function ownerCode(kind: string, slug: string): string {
  if (kind === 'root') return ROOT_CODE;
  const words = slug
    .toLowerCase()
    .split('-')
    .map((w) => w.replace(/[^a-z0-9]/g, ''))
    .filter((w) => w.length > 0);
  const code =
    words.length >= 2
      ? words
          .map((w) => w[0])
          .join('')
          .slice(0, 6)
      : (words[0] ?? 'X').slice(0, 4);
  return code.toUpperCase();
}

/** `<CODE>-<YEAR>-<NNNN>`; the sequence is padded to 4 digits and simply grows past 9999. */
export function referenceOf(code: string, year: number, seq: number): string {
  return `${code}-${year}-${String(seq).padStart(4, '0')}`;
}

/** A money string as PostgreSQL prints `numeric(16,2)` ("1250000.00"); the input matched MONEY_PATTERN. */
export function normalizeMoney(value: string): string {
  const [whole, fraction = ''] = value.split('.');
  return `${whole.replace(/^0+(?=[0-9])/, '')}.${fraction.padEnd(2, '0')}`;
}

export function termErrors(terms: ConventionTerms): FieldError[] {
  const errors: FieldError[] = [];
  if (terms.effectiveDate !== null && terms.expiryDate !== null && terms.effectiveDate > terms.expiryDate) {
    errors.push({ field: 'expiryDate', messages: ['expiryDate must be on or after effectiveDate'] });
  }
  return errors;
}

/**
 * The parties as stored: the owner always among them (added first with `ownerLabel` when the body does not
 * list it), each tenant once, positions in the order given.
 */
export function partiesWithOwner(
  ownerTenantId: string,
  parties: readonly PartyInput[],
  ownerLabel: string,
): { parties: (PartyInput & { position: number })[]; errors: FieldError[] } {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const p of parties) {
    if (seen.has(p.tenantId)) duplicates.push(p.tenantId);
    seen.add(p.tenantId);
  }
  const errors: FieldError[] = duplicates.length
    ? [
        {
          field: 'parties',
          messages: [`each tenant is a party once: ${[...new Set(duplicates)].join(', ')}`],
        },
      ]
    : [];
  const list = seen.has(ownerTenantId)
    ? [...parties]
    : [{ tenantId: ownerTenantId, roleLabel: ownerLabel }, ...parties];
  return { parties: list.map((p, position) => ({ ...p, position })), errors };
}

/** The strong entity tag of a convention version. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** RFC 9110 `If-Match` against the current version: `*` or a list naming it (strong comparison). */
export function ifMatchSatisfied(header: string, version: number): boolean {
  const value = header.trim();
  if (value === '*') return true;
  const current = etagOf(version);
  return value.split(',').some((tag) => tag.trim() === current);
}

/** The date a list shows: the signing deadline while the convention is being prepared or signed, the expiry once active. */
export function nextDeadline(
  status: string,
  signingDeadline: string | null,
  expiryDate: string | null,
): { kind: 'signing' | 'expiry'; date: string } | null {
  if (['draft', 'in_review', 'out_for_signature'].includes(status) && signingDeadline) {
    return { kind: 'signing', date: signingDeadline };
  }
  if (status === 'active' && expiryDate) return { kind: 'expiry', date: expiryDate };
  return null;
}

/** `part / whole` in percent with one decimal; null when `whole` is 0. */
export function executedPercent(met: number, due: number): number | null {
  return due === 0 ? null : Math.round((met * 1000) / due) / 10;
}

/** The convention's execution figure from its per-party counts. */
export function executionOf(
  asOf: string,
  byParty: readonly { tenantId: string; name: string; due: number; met: number; overdue: number }[],
): ConventionExecution {
  const sum = (key: 'due' | 'met' | 'overdue') => byParty.reduce((n, p) => n + p[key], 0);
  return {
    asOf,
    due: sum('due'),
    met: sum('met'),
    overdue: sum('overdue'),
    executedPercent: executedPercent(sum('met'), sum('due')),
    byParty: byParty.map((p) => ({ ...p, executedPercent: executedPercent(p.met, p.due) })),
  };
}
