import { addMonths, MONTH, monthsBetween } from './dashboard.figures.js';
import { DashboardProblems } from './dashboard.problems.js';
import type { DashboardFilters } from './dashboard.types.js';

/** Months a series may span at most (the roll-ups keep the running-projects series for 48 months). */
export const MAX_SERIES_MONTHS = 120;
const DEFAULT_MONTHS = 24;

/**
 * The period a dashboard covers, given the network's current month (`YYYY-MM`): `from`/`to` as given;
 * only `from`: 24 months from it, not past this month; only `to`: the 24 months ending there; neither:
 * the last 24 months, this month included.
 */
export function dashboardPeriod(
  filters: Pick<DashboardFilters, 'from' | 'to'>,
  thisMonth: string,
): { from: string; to: string } {
  for (const field of ['from', 'to'] as const) {
    const value = filters[field];
    if (value !== undefined && !MONTH.test(value)) {
      throw DashboardProblems.badFilter(field, 'must be a month written YYYY-MM');
    }
  }
  const to =
    filters.to ??
    (filters.from ? earlierMonth(addMonths(filters.from, DEFAULT_MONTHS - 1), thisMonth) : thisMonth);
  const from = filters.from ?? addMonths(to, -(DEFAULT_MONTHS - 1));
  if (from > to) throw DashboardProblems.badFilter('from', 'must not be after to');
  if (monthsBetween(from, to).length > MAX_SERIES_MONTHS) {
    throw DashboardProblems.badFilter('from', `the period spans at most ${MAX_SERIES_MONTHS} months`);
  }
  return { from, to };
}

export function isUnfiltered(filters: DashboardFilters): boolean {
  return Object.values(filters).every((value) => value === undefined);
}

/** The earlier of two `YYYY-MM` months. */
function earlierMonth(a: string, b: string): string {
  return a > b ? b : a;
}
