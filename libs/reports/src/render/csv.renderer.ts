import type { Cell, ReportDocument } from './report-document.js';
import { noProgress, type SectionProgress } from './render-progress.js';

function field(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  // Quoted when needed (RFC 4180); a leading = + - @ is neutralised so a spreadsheet does not run it.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One CSV with a `section,key,column,value` row per figure: `key` is the row's first cell (a code, a
 * month, an indicator), `column` the figure's column key. UTF-8 with a BOM so spreadsheets read Arabic.
 */
export async function renderCsv(
  document: ReportDocument,
  progress: SectionProgress = noProgress,
): Promise<Buffer> {
  const lines = ['section,key,column,value'];
  lines.push(['report', 'period', 'value', document.period.label].map(field).join(','));
  lines.push(['report', 'as_of', 'value', document.asOf].map(field).join(','));
  let done = 0;
  for (const section of document.sections) {
    for (const row of section.rows) {
      const key = String(row[0] ?? '');
      section.columns.forEach((column, i) => {
        if (i === 0) return;
        lines.push([section.key, key, column.key, row[i] ?? null].map(field).join(','));
      });
    }
    await progress(++done, document.sections.length);
  }
  return Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
}
