import type { ProjectExportRow } from './project.types.js';

/** A byte-order mark first, so spreadsheet software reads the file as UTF-8 (Arabic, accents). */
export const CSV_BOM = '\uFEFF';

/**
 * One RFC 4180 field. A value a spreadsheet would run as a formula (leading `=`, `+`, `-`, `@`, tab or
 * carriage return) is prefixed with `'`, so a project title cannot become code on a reader's machine.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export const PROJECT_CSV_COLUMNS = [
  'institute',
  'title',
  'type',
  'status',
  'start',
  'end',
  'budget_mad',
  'spent_mad',
  'lead',
  'priorities',
  'regions',
  'domains',
  'partners',
] as const;

/** Several values in one cell. */
const LIST_SEPARATOR = '; ';

/** One project as a CSV line, in PROJECT_CSV_COLUMNS order. */
export function projectCsvLine(row: ProjectExportRow): string {
  return csvLine([
    row.institute.name,
    row.title,
    row.type,
    row.status,
    row.startDate ?? '',
    row.endDate ?? '',
    row.budgetMad,
    row.spentMad,
    row.lead.displayName ?? '',
    row.priorityCodes.join(LIST_SEPARATOR),
    row.regionCodes.join(LIST_SEPARATOR),
    row.domainCodes.join(LIST_SEPARATOR),
    row.partnerNames.join(LIST_SEPARATOR),
  ]);
}
