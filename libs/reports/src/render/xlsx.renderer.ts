import ExcelJS from 'exceljs';
import type { ReportDocument, ReportSection } from './report-document.js';
import { word } from './report-labels.js';
import { noProgress, type SectionProgress } from './render-progress.js';

const INVALID_SHEET_CHARACTERS = /[[\]:*?/\\]/g;

/** A sheet name Excel accepts (≤ 31 characters, none of `[]:*?/\`), unique in the workbook. */
function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(INVALID_SHEET_CHARACTERS, ' ').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 27)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

function addSection(workbook: ExcelJS.Workbook, section: ReportSection, name: string, rtl: boolean): void {
  const sheet = workbook.addWorksheet(name, { views: [{ rightToLeft: rtl, state: 'frozen', ySplit: 1 }] });
  sheet.addRow(section.columns.map((c) => c.label)).font = { bold: true };
  for (const row of section.rows) sheet.addRow([...row]);
  section.columns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.width = Math.min(48, Math.max(12, column.label.length + 2));
    if (column.kind === 'money') sheetColumn.numFmt = '#,##0.00';
    if (column.kind === 'percent') sheetColumn.numFmt = '0.0';
  });
}

/**
 * One sheet per section, after a cover sheet with the title, period and freshness. Numbers are numbers
 * (money with two decimals), so the figures can be summed and charted in the spreadsheet.
 */
export async function renderXlsx(
  document: ReportDocument,
  progress: SectionProgress = noProgress,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jazari';
  workbook.created = new Date(document.generatedAt);
  const rtl = document.locale === 'ar';
  const taken = new Set<string>();
  const cover = workbook.addWorksheet(sheetName(document.title, taken), { views: [{ rightToLeft: rtl }] });
  cover.addRow([document.title]).font = { bold: true, size: 16 };
  if (document.subject) cover.addRow([document.subject]);
  cover.addRow([word('period', document.locale), document.period.label]);
  cover.addRow([word('as_of', document.locale), document.asOf]);
  cover.addRow([word('generated', document.locale), document.generatedAt]);
  cover.getColumn(1).width = 28;
  cover.getColumn(2).width = 32;
  let done = 0;
  for (const section of document.sections) {
    addSection(workbook, section, sheetName(section.title, taken), rtl);
    await progress(++done, document.sections.length);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
