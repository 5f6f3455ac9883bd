export const REPORT_SCOPES = ['national', 'institute', 'partner'] as const;
export type ReportScope = (typeof REPORT_SCOPES)[number];

export const REPORT_FORMATS = ['xlsx', 'pdf', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_LOCALES = ['fr', 'ar', 'en'] as const;
export type ReportLocale = (typeof REPORT_LOCALES)[number];

export const REPORT_STATUSES = ['queued', 'running', 'ready', 'failed', 'expired'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_CADENCES = ['monthly', 'quarterly'] as const;
export type ReportCadence = (typeof REPORT_CADENCES)[number];

export const CONTENT_TYPES: Readonly<Record<ReportFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
};

/** Months covered by a report, both included, as `YYYY-MM`; `label` is `2026-Q3`, `2026-07` or `2026-01..2026-06`. */
export interface ReportPeriod {
  readonly from: string;
  readonly to: string;
  readonly label: string;
}
