import type { AllocationStatus, ResourcePeriod } from './resource.types.js';

/** The strong entity tag of a version. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** RFC 9110 `If-Match` against the current version: `*` or a list naming it. */
export function ifMatchSatisfied(header: string, version: number): boolean {
  const value = header.trim();
  if (value === '*') return true;
  return value.split(',').some((tag) => tag.trim() === etagOf(version));
}

/**
 * The quota period a date falls in (calendar month, quarter or year), as `YYYY-MM-DD` first and last
 * days. Capacity and fair shares are counted per period; an allocation lies within one.
 */
export function periodOf(date: string, period: ResourcePeriod): { start: string; end: string } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)); // 1..12
  const firstMonth =
    period === 'month' ? month : period === 'quarter' ? Math.floor((month - 1) / 3) * 3 + 1 : 1;
  const months = period === 'month' ? 1 : period === 'quarter' ? 3 : 12;
  const start = new Date(Date.UTC(year, firstMonth - 1, 1));
  const end = new Date(Date.UTC(year, firstMonth - 1 + months, 0));
  return { start: isoDate(start), end: isoDate(end) };
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus `days`. */
export function addDays(date: string, days: number): string {
  return isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
}

/**
 * Allocation moves and the states they start from; anything else is a 409 `illegal-transition`. The
 * deciders approve, reject and revoke; the requesting tenant withdraws its request while it waits.
 */
export const ALLOCATION_MOVES = {
  approve: ['pending', 'awaiting_root'],
  reject: ['pending', 'awaiting_root'],
  revoke: ['approved', 'active'],
  withdraw: ['pending', 'awaiting_root'],
} as const satisfies Record<string, readonly AllocationStatus[]>;
export type AllocationMove = keyof typeof ALLOCATION_MOVES;
/** The moves of the resource's deciders (the owner's managers, Root on a large request). */
export type DecisionMove = Exclude<AllocationMove, 'withdraw'>;

export function canMove(move: AllocationMove, from: AllocationStatus): boolean {
  return (ALLOCATION_MOVES[move] as readonly AllocationStatus[]).includes(from);
}

/** The moves open from a status (shown with the allocation so clients know what to offer). */
export function movesFrom(status: AllocationStatus): AllocationMove[] {
  return (Object.keys(ALLOCATION_MOVES) as AllocationMove[]).filter((m) => canMove(m, status));
}

/**
 * The usage thresholds (percent of the approved quantity) crossed by going from `before` to `after`
 * used, among those not yet notified. Works on thousandths so no float rounding decides a threshold.
 */
export function crossedThresholds(
  approved: string,
  after: string,
  thresholds: readonly number[],
  notified: ReadonlySet<number>,
): number[] {
  const a = toMilli(approved);
  const u = toMilli(after);
  return thresholds.filter((t) => !notified.has(t) && u * 100n >= a * BigInt(t));
}

/** A decimal string with at most 3 fraction digits, as an integer count of thousandths. */
export function toMilli(value: string): bigint {
  const [int, frac = ''] = value.split('.');
  return BigInt(int) * 1000n + BigInt((frac + '000').slice(0, 3));
}

export function fromMilli(value: bigint): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const int = abs / 1000n;
  const frac = (abs % 1000n).toString().padStart(3, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

/** A numeric read from PostgreSQL (`12.500`) written the way the API writes quantities (`12.5`). */
export function quantity(value: string): string;
export function quantity(value: string | null): string | null;
export function quantity(value: string | null): string | null {
  return value === null ? null : fromMilli(toMilli(value));
}

/** Percent used, one decimal, for display only. */
export function utilisation(used: string, approved: string | null): number | null {
  if (approved === null) return null;
  const a = toMilli(approved);
  if (a === 0n) return null;
  return Number((toMilli(used) * 1000n) / a) / 10;
}
