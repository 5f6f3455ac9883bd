import type {
  Breakdown,
  DeliverableFigures,
  Labels,
  LateItem,
  NationalDashboard,
  ObligationCounts,
  PartnerDashboard,
  ResourceUse,
  UpcomingWorkshop,
  WorkshopFigures,
} from '@jazari/dashboards';
import type { ReportLocale } from '../report.types.js';
import type { Cell, ColumnKind, ReportColumn, ReportSection } from './report-document.js';
import { word, type Word } from './report-labels.js';
import { valueLabel, type ValueDimension } from './report-values.js';

// The building blocks of a report's sections (columns, breakdowns, indicator tables, series), shared by
// the national, institute and partner layouts in report-document.ts.

export const col = (key: string, locale: ReportLocale, kind: ColumnKind, label?: string): ReportColumn => ({
  key,
  label: label ?? word(key as Word, locale),
  kind,
});
export const codes = (column: ReportColumn): ReportColumn => ({ ...column, codes: true });

export function labelOf(labels: Labels | undefined, key: string, locale: ReportLocale): string {
  return labels?.[locale] || key;
}

export function breakdown(
  key: Word,
  rows: readonly Breakdown[],
  locale: ReportLocale,
  dimension: Word,
  values?: ValueDimension,
): ReportSection {
  const name = (b: Breakdown) =>
    b.label?.[locale] || (values ? valueLabel(values, b.key, locale) : labelOf(b.label, b.key, locale));
  return {
    key,
    title: word(key, locale),
    columns: [
      codes(col('key', locale, 'text')),
      col('label', locale, 'text', word(dimension, locale)),
      col('count', locale, 'number'),
    ],
    rows: rows.map((b) => [b.key, name(b), b.count]),
    chartColumn: 2,
    labelColumn: 1,
  };
}

export function indicators(
  key: Word,
  locale: ReportLocale,
  values: readonly [Word, Cell, ColumnKind?][],
): ReportSection {
  return {
    key,
    title: word(key, locale),
    columns: [
      codes(col('indicator', locale, 'text', word('key', locale))),
      col('label', locale, 'text', word('indicator', locale)),
      col('value', locale, 'number'),
    ],
    rows: values.map(([k, v]) => [k, word(k, locale), v]),
    labelColumn: 1,
  };
}

export function money(value: string): number {
  return Number(value);
}

export function resourceRows(rows: readonly ResourceUse[], locale: ReportLocale): Cell[][] {
  return rows.map((r) => [
    r.kind,
    r.unit,
    `${valueLabel('resource_kind', r.kind, locale)} (${valueLabel('resource_unit', r.unit, locale)})`,
    Number(r.capacity),
    Number(r.allocated),
    Number(r.used),
    r.usedPercent,
  ]);
}

export function resourceSection(
  key: Word,
  rows: readonly ResourceUse[],
  locale: ReportLocale,
): ReportSection {
  return {
    key,
    title: word(key, locale),
    columns: [
      codes(col('kind', locale, 'text')),
      codes(col('unit', locale, 'text')),
      col('label', locale, 'text', word('kind', locale)),
      col('capacity', locale, 'number'),
      col('allocated', locale, 'number'),
      col('used', locale, 'number'),
      col('used_percent', locale, 'percent'),
    ],
    rows: resourceRows(rows, locale),
    chartColumn: 6,
    labelColumn: 2,
  };
}

export function lateSection(key: Word, rows: readonly LateItem[], locale: ReportLocale): ReportSection {
  return {
    key,
    title: word(key, locale),
    columns: [
      codes(col('item', locale, 'text')),
      col('project', locale, 'text'),
      col('title', locale, 'text'),
      col('due_date', locale, 'text'),
      col('days_late', locale, 'number'),
    ],
    rows: rows.map((r) => [r.id, r.projectTitle, r.title, r.dueDate, r.daysLate]),
    chartColumn: 4,
    labelColumn: 2,
  };
}

export function workshopsSection(rows: readonly UpcomingWorkshop[], locale: ReportLocale): ReportSection {
  return {
    key: 'upcoming_workshops',
    title: word('upcoming_workshops', locale),
    columns: [
      codes(col('item', locale, 'text')),
      col('title', locale, 'text'),
      col('kind', locale, 'text'),
      col('starts_at', locale, 'text'),
      col('registered', locale, 'number'),
      col('capacity', locale, 'number'),
    ],
    rows: rows.map((w) => [
      w.id,
      w.title,
      valueLabel('workshop_kind', w.kind, locale),
      w.startsAt,
      w.registered,
      w.capacity,
    ]),
  };
}

export function obligationRows(key: string, label: string, o: ObligationCounts): Cell[] {
  return [key, label, o.open, o.met, o.overdue, o.waived];
}

export const OBLIGATION_COLUMNS = (locale: ReportLocale): ReportColumn[] => [
  codes(col('key', locale, 'text')),
  col('label', locale, 'text'),
  col('open', locale, 'number'),
  col('obligations_met', locale, 'number'),
  col('obligations_overdue', locale, 'number'),
  col('waived', locale, 'number'),
];

export const SERIES_COLUMNS = (locale: ReportLocale): ReportColumn[] => [
  col('month', locale, 'text'),
  col('projects_active', locale, 'number'),
  col('projects_started', locale, 'number'),
  col('budget_committed', locale, 'money'),
  col('conventions_signed', locale, 'number'),
  col('workshops_held', locale, 'number'),
  col('beneficiaries_supported', locale, 'number'),
];

/**
 * The series as Jazari recorded it; then, only if some month has any, the figures carried over from the
 * reporting before Jazari, as declared, in a section of their own (never added to the recorded ones).
 */
export function seriesSections(points: NationalDashboard['series'], locale: ReportLocale): ReportSection[] {
  const recorded: ReportSection = {
    key: 'series',
    title: word('series', locale),
    columns: SERIES_COLUMNS(locale),
    rows: points.map((p) => [
      p.month,
      p.projectsActive,
      p.projectsStarted,
      money(p.budgetCommittedMad),
      p.conventionsSigned,
      p.workshopsHeld,
      p.beneficiariesSupported,
    ]),
    chartColumn: 2,
    labelColumn: 0,
  };
  const declared = points.filter((p) => p.declared !== null);
  if (declared.length === 0) return [recorded];
  return [
    recorded,
    {
      key: 'series_declared',
      title: word('series_declared', locale),
      columns: SERIES_COLUMNS(locale),
      rows: declared.map((p) => [
        p.month,
        p.declared?.projectsActive ?? null,
        p.declared?.projectsStarted ?? null,
        p.declared ? money(p.declared.budgetCommittedMad) : null,
        p.declared?.conventionsSigned ?? null,
        p.declared?.workshopsHeld ?? null,
        p.declared?.beneficiariesSupported ?? null,
      ]),
    },
  ];
}

export function partnerSeriesSections(
  points: PartnerDashboard['series'],
  locale: ReportLocale,
): ReportSection[] {
  const columns = [
    col('month', locale, 'text'),
    col('conventions_signed', locale, 'number'),
    col('workshops_held', locale, 'number'),
  ];
  const recorded: ReportSection = {
    key: 'series',
    title: word('series', locale),
    columns,
    rows: points.map((p) => [p.month, p.conventionsSigned, p.workshopsHeld]),
    chartColumn: 1,
    labelColumn: 0,
  };
  const declared = points.filter((p) => p.declared !== null);
  if (declared.length === 0) return [recorded];
  return [
    recorded,
    {
      key: 'series_declared',
      title: word('series_declared', locale),
      columns,
      rows: declared.map((p) => [
        p.month,
        p.declared?.conventionsSigned ?? null,
        p.declared?.workshopsHeld ?? null,
      ]),
    },
  ];
}

export function workshopKindSection(w: WorkshopFigures, locale: ReportLocale): ReportSection {
  return {
    key: 'workshops_kind',
    title: word('workshops_kind', locale),
    columns: [
      codes(col('kind', locale, 'text', word('key', locale))),
      col('label', locale, 'text', word('kind', locale)),
      col('held', locale, 'number'),
      col('participants', locale, 'number'),
    ],
    rows: w.byKind.map((g) => [g.key, valueLabel('workshop_kind', g.key, locale), g.held, g.participants]),
    chartColumn: 2,
    labelColumn: 1,
  };
}

export function deliverablesSection(d: DeliverableFigures, locale: ReportLocale): ReportSection {
  return indicators('deliverables', locale, [
    ['accepted', d.accepted],
    ['accepted_on_time', d.acceptedOnTime],
    ['on_time_percent', d.onTimePercent],
  ]);
}
