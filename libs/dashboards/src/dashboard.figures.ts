import type { KpiProgress, Labels, LateItem, PartnerDashboard, UpcomingWorkshop } from './dashboard.types.js';

/** A roll-up row as read (numbers as PostgreSQL's text, so nothing is rounded on the way). */
export interface FactRow {
  readonly metric: string;
  readonly region_key: string;
  readonly priority_key: string;
  readonly period: string;
  readonly dim1: string;
  readonly dim2: string;
  readonly owner: string;
  readonly n: string | number;
  readonly a: string | number;
  readonly b: string | number;
  readonly c: string | number;
}

/** `'*'` in a slice key means "every region" / "every priority". */
export const ALL = '*';

/** A decimal string as a whole number of thousandths (roll-ups hold at most three decimals). */
export function milli(value: string | number): bigint {
  const text = String(value);
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const result = BigInt(whole || '0') * 1000n + BigInt((fraction + '000').slice(0, 3));
  return negative ? -result : result;
}

/** Thousandths as MAD with two decimals (half up). */
export function money(value: bigint): string {
  const cents = (value + (value >= 0n ? 5n : -5n)) / 10n;
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** Thousandths as a quantity, without trailing zeros (`12.5`, `40`). */
export function quantity(value: bigint): string {
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  const fraction = String(abs % 1000n)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return `${sign}${abs / 1000n}${fraction ? `.${fraction}` : ''}`;
}

/** part / whole × 100 with one decimal; null when the whole is zero. */
export function percent(part: number | bigint, whole: number | bigint): number | null {
  const w = Number(whole);
  if (!w) return null;
  return Math.round((Number(part) * 1000) / w) / 10;
}

export function count(value: string | number | undefined): number {
  return value === undefined ? 0 : Number(value);
}

export interface LabelRow {
  readonly code: string;
  readonly parent?: string | null;
  readonly fr: string;
  readonly ar: string;
  readonly en: string;
}

export function labels(row: { fr: string; ar: string; en: string }): Labels {
  return { fr: row.fr, ar: row.ar, en: row.en };
}

/** `YYYY-MM` of a date (UTC fields), and month arithmetic on `YYYY-MM`. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

export const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A tenant named by a dashboard's rows (a partner of an obligation, a resource's owner, the subject). */
export interface TenantRow extends LabelRow {
  readonly id: string;
  readonly kind: string;
  readonly region: string | null;
}

/** The lists of an institute's or a partner's dashboard, as the last refresh stored them. */
export interface ViewRow {
  readonly late_milestones: LateItem[];
  readonly overdue_deliverables: LateItem[];
  // Rendered before directions existed, a KPI has none: it was read as higher-is-better.
  readonly kpis: (Omit<KpiProgress, 'percent' | 'direction'> & { direction?: KpiProgress['direction'] })[];
  readonly upcoming_workshops: UpcomingWorkshop[];
  readonly signatures_pending: PartnerDashboard['signaturesPending'];
}

/** What goes with a dashboard's rows: refresh time, labels, named tenants, whether the filters exist. */
export interface RowsMeta {
  readonly as_of: Date | string | null;
  readonly tenants: TenantRow[] | null;
  readonly regions: LabelRow[];
  readonly priorities: LabelRow[];
  readonly region_ok: boolean;
  readonly priority_ok: boolean;
  readonly institute_ok: boolean;
  readonly view: ViewRow | null;
}

/** One dashboard's roll-up rows and what goes with them. */
export interface DashboardRows extends RowsMeta {
  readonly facts: FactRow[];
}

/** Metrics that are never sliced by region or priority (their rows sit under `'*'`, `'*'`). */
export const UNSLICED = [
  'convention_status',
  'convention_expiring',
  'conventions_signed',
  'convention_region',
  'obligation',
  'resource',
  'resource_received',
  'resource_requests',
  'workshop',
  'workshop_attended',
  'deliverable',
  'network',
  'declared_conventions_signed',
  'declared_workshops_held',
];

/** The metrics a tenant also holds as a party (`party_…`): conventions and obligations of others. */
export const PARTY_METRICS = ['convention_status', 'convention_expiring', 'conventions_signed', 'obligation'];

/** A tenant's unsliced metrics: the national ones, and the same as a party. */
export const TENANT_UNSLICED = [
  ...UNSLICED,
  ...PARTY_METRICS.map((m) => `party_${m}`),
  'declared_party_conventions_signed',
];
