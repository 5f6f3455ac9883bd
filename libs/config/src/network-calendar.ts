/**
 * The network's calendar: "today", for what is late or overdue, is the date in Morocco, whatever the
 * server's time zone. Dates travel as `YYYY-MM-DD` and are read from PostgreSQL as text, never as JS Dates.
 */
export const NETWORK_TIME_ZONE = 'Africa/Casablanca';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: NETWORK_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in the network's time zone, as `YYYY-MM-DD`. */
export function networkToday(now: Date = new Date()): string {
  return formatter.format(now);
}

/** The network's date `days` from today (negative: before), as `YYYY-MM-DD`. */
export function networkDay(days: number, now: Date = new Date()): string {
  const date = new Date(`${networkToday(now)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A real calendar date written `YYYY-MM-DD` (so `2025-02-30` is not one). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
