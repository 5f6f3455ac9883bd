import type { ReportCadence, ReportPeriod } from './report.types.js';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
/** The longest period a report may cover: the dashboards' series span 24 months. */
export const MAX_PERIOD_MONTHS = 24;

function monthIndex(month: string): number {
  const [, y, m] = MONTH.exec(month)!;
  return Number(y) * 12 + Number(m) - 1;
}

function monthOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function quarter(year: number, q: number): ReportPeriod {
  const first = year * 12 + (q - 1) * 3;
  return { from: monthOf(first), to: monthOf(first + 2), label: `${year}-Q${q}` };
}

/**
 * Reads a request's period: a quarter (`2026-Q3`) or `{from, to}` months. Returns the reason it is
 * refused instead, as a validation message.
 */
export function parsePeriod(input: unknown): ReportPeriod | string {
  if (typeof input === 'string') {
    const q = QUARTER.exec(input);
    if (!q) return 'period must be a quarter like 2026-Q3, or {from, to} months like 2026-07';
    return quarter(Number(q[1]), Number(q[2]));
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return 'period must be a quarter like 2026-Q3, or {from, to} months like 2026-07';
  }
  const { from, to, ...rest } = input as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return `period has unknown fields: ${Object.keys(rest).join(', ')}`;
  if (typeof from !== 'string' || !MONTH.test(from)) return 'period.from must be a month like 2026-07';
  if (typeof to !== 'string' || !MONTH.test(to)) return 'period.to must be a month like 2026-09';
  const months = monthIndex(to) - monthIndex(from) + 1;
  if (months < 1) return 'period.from must not be after period.to';
  if (months > MAX_PERIOD_MONTHS) return `period must cover at most ${MAX_PERIOD_MONTHS} months`;
  return { from, to, label: from === to ? from : `${from}..${to}` };
}

/** The calendar month of an instant in Morocco's time (where the network's days and months are counted). */
export function networkMonth(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Africa/Casablanca',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(at);
  const year = parts.find((p) => p.type === 'year')!.value;
  const month = parts.find((p) => p.type === 'month')!.value;
  return `${year}-${month}`;
}

/** The period a schedule's tick at `at` reports on: the month, or the quarter, before the current one. */
export function previousPeriod(cadence: ReportCadence, at: Date): ReportPeriod {
  const current = monthIndex(networkMonth(at));
  if (cadence === 'monthly') {
    const month = monthOf(current - 1);
    return { from: month, to: month, label: month };
  }
  const currentQuarterStart = current - (current % 3);
  const first = currentQuarterStart - 3;
  return quarter(Math.floor(first / 12), Math.floor((first % 12) / 3) + 1);
}

/** The cron pattern of a cadence's ticks (in Africa/Casablanca): 06:00 on the 1st of each month or quarter. */
export function cronPattern(cadence: ReportCadence): string {
  return cadence === 'monthly' ? '0 6 1 * *' : '0 6 1 1,4,7,10 *';
}

export const SCHEDULE_TIME_ZONE = 'Africa/Casablanca';
