import type {
  Breakdown,
  DeliverableFigures,
  InstituteDashboard,
  Labels,
  LateItem,
  NationalDashboard,
  ObligationCounts,
  PartnerDashboard,
  ResourceUse,
  UpcomingWorkshop,
  WorkshopFigures,
} from '@jazari/dashboards';
import type { ReportLocale, ReportPeriod, ReportScope } from '../report.types.js';
import { word, type Word } from './report-labels.js';

/** How a column's values are written: numbers stay numbers in the spreadsheet, money keeps two decimals. */
export type ColumnKind = 'text' | 'number' | 'money' | 'percent';
export type Cell = string | number | null;

export interface ReportColumn {
  readonly key: string;
  readonly label: string;
  readonly kind: ColumnKind;
}

/** One section of a report: a sheet of the XLSX, a table (and a bar chart) of the PDF, rows of the CSV. */
export interface ReportSection {
  readonly key: string;
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  /** The first cell of a row is its key (a code, a month, an indicator). */
  readonly rows: readonly (readonly Cell[])[];
  /** The column the PDF draws as bars (one bar per row), if any. */
  readonly chartColumn?: number;
}

export interface ReportDocument {
  readonly locale: ReportLocale;
  readonly title: string;
  readonly subject: string | null;
  readonly period: ReportPeriod;
  readonly asOf: string;
  readonly generatedAt: string;
  readonly sections: readonly ReportSection[];
}

export type ReportFigures =
  | { readonly scope: 'national'; readonly figures: NationalDashboard }
  | { readonly scope: 'institute'; readonly figures: InstituteDashboard }
  | { readonly scope: 'partner'; readonly figures: PartnerDashboard };

const col = (key: string, locale: ReportLocale, kind: ColumnKind, label?: string): ReportColumn => ({
  key,
  label: label ?? word(key as Word, locale),
  kind,
});

function labelOf(labels: Labels | undefined, key: string, locale: ReportLocale): string {
  return labels?.[locale] || key;
}

function breakdown(
  key: Word,
  rows: readonly Breakdown[],
  locale: ReportLocale,
  dimension: Word,
): ReportSection {
  return {
    key,
    title: word(key, locale),
    columns: [
      col('key', locale, 'text', word(dimension, locale)),
      col('label', locale, 'text'),
      col('count', locale, 'number'),
    ],
    rows: rows.map((b) => [b.key, labelOf(b.label, b.key, locale), b.count]),
    chartColumn: 2,
  };
}

function indicators(
  key: Word,
  locale: ReportLocale,
  values: readonly [Word, Cell, ColumnKind?][],
): ReportSection {
  return {
    key,
    title: word(key, locale),
    columns: [col('indicator', locale, 'text'), col('label', locale, 'text'), col('value', locale, 'number')],
    rows: values.map(([k, v]) => [k, word(k, locale), v]),
  };
}

function money(value: string): number {
  return Number(value);
}

function resourceRows(rows: readonly ResourceUse[]): Cell[][] {
  return rows.map((r) => [
    r.kind,
    r.unit,
    Number(r.capacity),
    Number(r.allocated),
    Number(r.used),
    r.usedPercent,
  ]);
}

function resourceSection(key: Word, rows: readonly ResourceUse[], locale: ReportLocale): ReportSection {
  return {
    key,
    title: word(key, locale),
    columns: [
      col('kind', locale, 'text'),
      col('unit', locale, 'text'),
      col('capacity', locale, 'number'),
      col('allocated', locale, 'number'),
      col('used', locale, 'number'),
      col('used_percent', locale, 'percent'),
    ],
    rows: resourceRows(rows),
    chartColumn: 5,
  };
}

function lateSection(key: Word, rows: readonly LateItem[], locale: ReportLocale): ReportSection {
  return {
    key,
    title: word(key, locale),
    columns: [
      col('item', locale, 'text'),
      col('project', locale, 'text'),
      col('title', locale, 'text'),
      col('due_date', locale, 'text'),
      col('days_late', locale, 'number'),
    ],
    rows: rows.map((r) => [r.id, r.projectTitle, r.title, r.dueDate, r.daysLate]),
    chartColumn: 4,
  };
}

function workshopsSection(rows: readonly UpcomingWorkshop[], locale: ReportLocale): ReportSection {
  return {
    key: 'upcoming_workshops',
    title: word('upcoming_workshops', locale),
    columns: [
      col('item', locale, 'text'),
      col('title', locale, 'text'),
      col('kind', locale, 'text'),
      col('starts_at', locale, 'text'),
      col('registered', locale, 'number'),
      col('capacity', locale, 'number'),
    ],
    rows: rows.map((w) => [w.id, w.title, w.kind, w.startsAt, w.registered, w.capacity]),
  };
}

function obligationRows(key: string, label: string, o: ObligationCounts): Cell[] {
  return [key, label, o.open, o.met, o.overdue, o.waived];
}

const OBLIGATION_COLUMNS = (locale: ReportLocale): ReportColumn[] => [
  col('key', locale, 'text'),
  col('label', locale, 'text'),
  col('open', locale, 'number'),
  col('obligations_met', locale, 'number'),
  col('obligations_overdue', locale, 'number'),
  col('waived', locale, 'number'),
];

const SERIES_COLUMNS = (locale: ReportLocale): ReportColumn[] => [
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
function seriesSections(points: NationalDashboard['series'], locale: ReportLocale): ReportSection[] {
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

function partnerSeriesSections(points: PartnerDashboard['series'], locale: ReportLocale): ReportSection[] {
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

function workshopKindSection(w: WorkshopFigures, locale: ReportLocale): ReportSection {
  return {
    key: 'workshops_kind',
    title: word('workshops_kind', locale),
    columns: [
      col('kind', locale, 'text'),
      col('held', locale, 'number'),
      col('participants', locale, 'number'),
    ],
    rows: w.byKind.map((g) => [g.key, g.held, g.participants]),
    chartColumn: 1,
  };
}

function deliverablesSection(d: DeliverableFigures, locale: ReportLocale): ReportSection {
  return indicators('deliverables', locale, [
    ['accepted', d.accepted],
    ['accepted_on_time', d.acceptedOnTime],
    ['on_time_percent', d.onTimePercent],
  ]);
}

function nationalSections(d: NationalDashboard, locale: ReportLocale): ReportSection[] {
  const p = d.projects;
  return [
    indicators('network', locale, [
      ['institutes', d.network.institutes],
      ['partners', d.network.partners],
      ['projects_total', p.total],
    ]),
    breakdown('projects_status', p.byStatus, locale, 'status'),
    breakdown('projects_type', p.byType, locale, 'kind'),
    breakdown('projects_region', p.byRegion, locale, 'region'),
    breakdown('projects_priority', p.byPriority, locale, 'priority'),
    {
      ...indicators('budget', locale, [
        ['budget_committed', money(p.budgetCommittedMad)],
        ['budget_spent', money(p.budgetSpentMad)],
      ]),
      columns: [
        col('indicator', locale, 'text'),
        col('label', locale, 'text'),
        col('value', locale, 'money'),
      ],
      chartColumn: 2,
    },
    indicators('beneficiaries', locale, [
      ['beneficiaries_total', d.beneficiaries.total],
      ['startups', d.beneficiaries.startups],
      ['smes', d.beneficiaries.smes],
    ]),
    indicators('conventions', locale, [
      ['conventions_active', d.conventions.active],
      ['awaiting_signature', d.conventions.awaitingSignature],
      ['expiring_90', d.conventions.expiringWithin90Days],
    ]),
    {
      key: 'partner_execution',
      title: word('partner_execution', locale),
      columns: [
        col('key', locale, 'text', word('partner', locale)),
        col('label', locale, 'text'),
        col('obligations_total', locale, 'number'),
        col('obligations_met', locale, 'number'),
        col('obligations_overdue', locale, 'number'),
        col('executed_percent', locale, 'percent'),
      ],
      rows: d.conventions.byPartner.map((x) => [
        x.partnerTenantId,
        labelOf(x.name, x.partnerTenantId, locale),
        x.obligationsTotal,
        x.obligationsMet,
        x.obligationsOverdue,
        x.executedPercent,
      ]),
      chartColumn: 5,
    },
    resourceSection('resources_kind', d.resources.byKind, locale),
    {
      key: 'resources_institute',
      title: word('resources_institute', locale),
      columns: [
        col('institute', locale, 'text'),
        col('label', locale, 'text'),
        ...resourceSection('resources_kind', [], locale).columns,
      ],
      rows: d.resources.byInstitute.map((r) => [
        r.tenantId,
        labelOf(r.name, r.tenantId, locale),
        ...resourceRows([r])[0],
      ]),
    },
    workshopKindSection(d.workshops, locale),
    {
      key: 'workshops_region',
      title: word('workshops_region', locale),
      columns: [
        col('region', locale, 'text'),
        col('held', locale, 'number'),
        col('participants', locale, 'number'),
      ],
      rows: d.workshops.byRegion.map((w) => [w.key, w.held, w.participants]),
      chartColumn: 1,
    },
    deliverablesSection(d.deliverables, locale),
    coverageSection(d, locale),
    ...seriesSections(d.series, locale),
  ];
}

function coverageSection(d: NationalDashboard, locale: ReportLocale): ReportSection {
  const priorities = new Map(d.coverage.priorities.map((p) => [p.code, labelOf(p.label, p.code, locale)]));
  const regions = new Map(d.coverage.regions.map((r) => [r.code, labelOf(r.label, r.code, locale)]));
  return {
    key: 'coverage',
    title: word('coverage', locale),
    columns: [
      col('priority', locale, 'text'),
      col('priority_label', locale, 'text', `${word('priority', locale)} — ${word('label', locale)}`),
      col('region', locale, 'text'),
      col('region_label', locale, 'text', `${word('region', locale)} — ${word('label', locale)}`),
      col('projects_total', locale, 'number'),
      col('budget_mad', locale, 'money'),
      col('beneficiaries_total', locale, 'number'),
    ],
    rows: d.coverage.cells.map((c) => [
      c.priority,
      priorities.get(c.priority) ?? c.priority,
      c.region,
      regions.get(c.region) ?? c.region,
      c.projects,
      money(c.budgetMad),
      c.beneficiaries,
    ]),
  };
}

function instituteSections(d: InstituteDashboard, locale: ReportLocale): ReportSection[] {
  const p = d.projects;
  return [
    indicators('network', locale, [
      ['projects_total', p.total],
      ['budget_committed', money(p.budgetCommittedMad)],
      ['budget_spent', money(p.budgetSpentMad)],
      ['pending_incoming', d.resources.pendingRequests.incoming],
      ['pending_outgoing', d.resources.pendingRequests.outgoing],
    ]),
    breakdown('projects_status', p.byStatus, locale, 'status'),
    breakdown('projects_type', p.byType, locale, 'kind'),
    breakdown('projects_region', p.byRegion, locale, 'region'),
    breakdown('projects_priority', p.byPriority, locale, 'priority'),
    lateSection('late_milestones', d.lateMilestones, locale),
    lateSection('overdue_deliverables', d.overdueDeliverables, locale),
    {
      key: 'kpis',
      title: word('kpis', locale),
      columns: [
        col('kpi', locale, 'text'),
        col('project', locale, 'text'),
        col('label', locale, 'text'),
        col('unit', locale, 'text'),
        col('target', locale, 'number'),
        col('latest', locale, 'number'),
        col('percent', locale, 'percent'),
      ],
      rows: d.kpis.map((k) => [
        k.kpiId,
        k.projectTitle,
        k.name,
        k.unit,
        k.target === null ? null : Number(k.target),
        k.latest === null ? null : Number(k.latest),
        k.percent,
      ]),
      chartColumn: 6,
    },
    resourceSection('resources_owned', d.resources.owned, locale),
    resourceSection('resources_allocated', d.resources.allocated, locale),
    workshopsSection(d.upcomingWorkshops, locale),
    {
      key: 'obligations',
      title: word('obligations', locale),
      columns: OBLIGATION_COLUMNS(locale),
      rows: [obligationRows('obligations', word('obligations', locale), d.obligations)],
    },
    workshopKindSection(d.workshops, locale),
    deliverablesSection(d.deliverables, locale),
    ...seriesSections(d.series, locale),
  ];
}

function partnerSections(d: PartnerDashboard, locale: ReportLocale): ReportSection[] {
  return [
    breakdown('conventions_status', d.conventions.byStatus, locale, 'status'),
    indicators('conventions', locale, [
      ['expiring_90', d.conventions.expiringWithin90Days],
      ['conventions_signed', d.conventionsSigned],
      ['workshops_attended', d.workshopsAttended],
      ['workshops_held', d.workshops.held],
      ['participants', d.workshops.participants],
    ]),
    {
      key: 'signatures_pending',
      title: word('signatures_pending', locale),
      columns: [
        col('item', locale, 'text'),
        col('reference', locale, 'text'),
        col('title', locale, 'text'),
        col('signers', locale, 'number'),
      ],
      rows: d.signaturesPending.map((s) => [s.conventionId, s.reference, s.title, s.signers]),
    },
    {
      key: 'obligations',
      title: word('obligations', locale),
      columns: OBLIGATION_COLUMNS(locale),
      rows: [
        obligationRows('we_owe', word('we_owe', locale), d.obligations.weOwe),
        obligationRows('owed_to_us', word('owed_to_us', locale), d.obligations.owedToUs),
      ],
    },
    workshopsSection(d.upcomingWorkshops, locale),
    ...partnerSeriesSections(d.series, locale),
  ];
}

/** The report's content: the dashboard's figures, section by section, with headings in `locale`. */
export function buildReportDocument(
  input: ReportFigures,
  options: { locale: ReportLocale; period: ReportPeriod; generatedAt: Date },
): ReportDocument {
  const { locale } = options;
  const titles: Record<ReportScope, Word> = {
    national: 'title_national',
    institute: 'title_institute',
    partner: 'title_partner',
  };
  const sections =
    input.scope === 'national'
      ? nationalSections(input.figures, locale)
      : input.scope === 'institute'
        ? instituteSections(input.figures, locale)
        : partnerSections(input.figures, locale);
  const subject =
    input.scope === 'national' ? null : labelOf(input.figures.name, input.figures.tenantId, locale);
  return {
    locale,
    title: word(titles[input.scope], locale),
    subject,
    period: options.period,
    asOf: input.figures.asOf,
    generatedAt: options.generatedAt.toISOString(),
    sections,
  };
}
