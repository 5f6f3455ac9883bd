import type { InstituteDashboard, NationalDashboard, PartnerDashboard } from '@jazari/dashboards';
import type { ReportLocale, ReportPeriod, ReportScope } from '../report.types.js';
import {
  breakdown,
  codes,
  col,
  deliverablesSection,
  indicators,
  labelOf,
  lateSection,
  money,
  OBLIGATION_COLUMNS,
  obligationRows,
  partnerSeriesSections,
  resourceRows,
  resourceSection,
  seriesSections,
  workshopKindSection,
  workshopsSection,
} from './report-sections.js';
import { word, type Word } from './report-labels.js';

/** How a column's values are written: numbers stay numbers in the spreadsheet, money keeps two decimals. */
export type ColumnKind = 'text' | 'number' | 'money' | 'percent';
export type Cell = string | number | null;

export interface ReportColumn {
  readonly key: string;
  readonly label: string;
  readonly kind: ColumnKind;
  /**
   * Codes or ids for machines (`on_hold`, a tenant's id): the spreadsheet and the CSV keep them, the PDF —
   * read by people — leaves the column out (a column beside it names the same thing).
   */
  readonly codes?: boolean;
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
  /** The column that names each bar (a month, a kind, a region's name); the first column if not given. */
  readonly labelColumn?: number;
  /** The PDF draws this grid (rows × columns, coloured by value) instead of the section's long table. */
  readonly heatmap?: {
    readonly rows: readonly string[];
    readonly columns: readonly string[];
    readonly values: readonly (readonly number[])[];
  };
  /** The PDF draws Morocco's 12 regions coloured by these values (region code → value) above the table. */
  readonly regionsMap?: readonly { readonly code: string; readonly value: number }[];
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

function nationalSections(d: NationalDashboard, locale: ReportLocale): ReportSection[] {
  const p = d.projects;
  return [
    indicators('network', locale, [
      ['institutes', d.network.institutes],
      ['partners', d.network.partners],
      ['projects_total', p.total],
    ]),
    breakdown('projects_status', p.byStatus, locale, 'status', 'project_status'),
    breakdown('projects_type', p.byType, locale, 'kind', 'project_type'),
    {
      ...breakdown('projects_region', p.byRegion, locale, 'region'),
      regionsMap: d.coverage.regions.map((r) => ({
        code: r.code,
        value: p.byRegion.find((b) => b.key === r.code)?.count ?? 0,
      })),
    },
    breakdown('projects_priority', p.byPriority, locale, 'priority'),
    {
      ...indicators('budget', locale, [
        ['budget_committed', money(p.budgetCommittedMad)],
        ['budget_spent', money(p.budgetSpentMad)],
      ]),
      columns: [
        codes(col('indicator', locale, 'text', word('key', locale))),
        col('label', locale, 'text', word('indicator', locale)),
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
        codes(col('key', locale, 'text')),
        col('label', locale, 'text', word('partner', locale)),
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
      labelColumn: 1,
    },
    resourceSection('resources_kind', d.resources.byKind, locale),
    {
      key: 'resources_institute',
      title: word('resources_institute', locale),
      columns: [
        codes(col('institute', locale, 'text', word('key', locale))),
        col('label', locale, 'text', word('institute', locale)),
        ...resourceSection('resources_kind', [], locale).columns,
      ],
      rows: d.resources.byInstitute.map((r) => [
        r.tenantId,
        labelOf(r.name, r.tenantId, locale),
        ...(resourceRows([r], locale)[0] ?? []),
      ]),
    },
    workshopKindSection(d.workshops, locale),
    {
      key: 'workshops_region',
      title: word('workshops_region', locale),
      columns: [
        codes(col('region', locale, 'text', word('key', locale))),
        col('label', locale, 'text', word('region', locale)),
        col('held', locale, 'number'),
        col('participants', locale, 'number'),
      ],
      rows: d.workshops.byRegion.map((w) => [
        w.key,
        labelOf(d.coverage.regions.find((r) => r.code === w.key)?.label, w.key, locale),
        w.held,
        w.participants,
      ]),
      chartColumn: 2,
      labelColumn: 1,
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
      codes(col('priority', locale, 'text', word('key', locale))),
      col('priority_label', locale, 'text', word('priority', locale)),
      codes(col('region', locale, 'text', word('key', locale))),
      col('region_label', locale, 'text', word('region', locale)),
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
    heatmap: {
      rows: d.coverage.priorities.map((p) => labelOf(p.label, p.code, locale)),
      columns: d.coverage.regions.map((r) => labelOf(r.label, r.code, locale)),
      values: d.coverage.priorities.map((p) =>
        d.coverage.regions.map(
          (r) => d.coverage.cells.find((c) => c.priority === p.code && c.region === r.code)?.projects ?? 0,
        ),
      ),
    },
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
    breakdown('projects_status', p.byStatus, locale, 'status', 'project_status'),
    breakdown('projects_type', p.byType, locale, 'kind', 'project_type'),
    breakdown('projects_region', p.byRegion, locale, 'region'),
    breakdown('projects_priority', p.byPriority, locale, 'priority'),
    lateSection('late_milestones', d.lateMilestones, locale),
    lateSection('overdue_deliverables', d.overdueDeliverables, locale),
    {
      key: 'kpis',
      title: word('kpis', locale),
      columns: [
        codes(col('kpi', locale, 'text')),
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
      labelColumn: 2,
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
    breakdown('conventions_status', d.conventions.byStatus, locale, 'status', 'convention_status'),
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
        codes(col('item', locale, 'text')),
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
