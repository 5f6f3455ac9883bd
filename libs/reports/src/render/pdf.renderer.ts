import PDFDocument from 'pdfkit';
import { PDF_FONT, PDF_FONT_BOLD, pdfLine, usePdfFonts } from '@jazari/http';
import type { Cell, ReportColumn, ReportDocument, ReportSection } from './report-document.js';
import type { ReportLocale } from '../report.types.js';
import { word } from './report-labels.js';
import { noProgress, type SectionProgress } from './render-progress.js';

export interface PdfOptions {
  /** Compress the content streams (the default); tests turn it off to read the text back. */
  readonly compress?: boolean;
}

const MARGIN = 48;
const ROW_HEIGHT = 14;
const CHART_ROWS = 12;

function formatCell(value: Cell, column: ReportColumn): string {
  if (value === null) return '—';
  if (typeof value === 'number') {
    if (column.kind === 'money')
      return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    if (column.kind === 'percent') return `${value.toFixed(1)} %`;
    return value.toLocaleString('en-US');
  }
  return value;
}

function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

/** The columns people read: codes and ids stay in the spreadsheet and the CSV (`ReportColumn.codes`). */
function shownColumns(section: ReportSection): { column: ReportColumn; index: number }[] {
  return section.columns.map((column, index) => ({ column, index })).filter(({ column }) => !column.codes);
}

function drawTable(doc: PDFKit.PDFDocument, section: ReportSection, locale: ReportLocale): void {
  const rtl = locale === 'ar';
  const width = doc.page.width - 2 * MARGIN;
  const shown = shownColumns(section);
  // Text columns (names, titles) get twice the room of figures.
  const weights = shown.map(({ column }) => (column.kind === 'text' ? 2 : 1));
  const unit = width / weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => w * unit);
  const starts = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? PDF_FONT_BOLD : PDF_FONT).fontSize(7.5);
    // A long label wraps onto more lines rather than being cut: the row is as tall as its tallest cell.
    const height = Math.max(
      ROW_HEIGHT,
      ...cells.map(
        (cell, i) => doc.heightOfString(pdfLine(cell) || ' ', { width: (widths[i] ?? 0) - 4 }) + 5,
      ),
    );
    ensureSpace(doc, height);
    const y = doc.y;
    cells.forEach((cell, i) => {
      // Right to left, the first column (the labels) stands on the right.
      const start = rtl ? width - (starts[i] ?? 0) - (widths[i] ?? 0) : (starts[i] ?? 0);
      doc.text(pdfLine(cell), MARGIN + start + 2, y + 3, {
        width: (widths[i] ?? 0) - 4,
        align: rtl ? 'right' : 'left',
      });
    });
    doc
      .moveTo(MARGIN, y + height)
      .lineTo(MARGIN + width, y + height)
      .lineWidth(0.3)
      .strokeColor('#bbbbbb')
      .stroke();
    doc.x = MARGIN;
    doc.y = y + height;
  };
  drawRow(
    shown.map(({ column }) => column.label),
    true,
  );
  if (section.rows.length === 0) {
    drawRow([word('none', locale)], false);
    return;
  }
  for (const row of section.rows)
    drawRow(
      shown.map(({ column, index }) => formatCell(row[index] ?? null, column)),
      false,
    );
}

/**
 * Horizontal bars of one column, one per row (the first rows when there are many), drawn with primitives,
 * each named by the section's label column (a month, a kind, a region's name).
 */
function drawChart(doc: PDFKit.PDFDocument, section: ReportSection): void {
  const index = section.chartColumn;
  if (index === undefined) return;
  const labelIndex = section.labelColumn ?? 0;
  const rows = section.rows.slice(0, CHART_ROWS).filter((r) => typeof r[index] === 'number');
  if (rows.length === 0) return;
  const max = Math.max(...rows.map((r) => Math.abs(r[index] as number)), 1);
  const labelWidth = 130;
  const barArea = doc.page.width - 2 * MARGIN - labelWidth - 60;
  const barHeight = 9;
  ensureSpace(doc, rows.length * (barHeight + 4) + 16);
  doc.moveDown(0.5);
  let y = doc.y;
  doc.font(PDF_FONT).fontSize(7);
  for (const row of rows) {
    const value = row[index] as number;
    const length = Math.max(1, (Math.abs(value) / max) * barArea);
    const label = pdfLine(String(row[labelIndex] ?? ''));
    // A long name wraps under itself rather than being cut; the bar keeps to the name's first line.
    const height = Math.max(barHeight, doc.heightOfString(label || ' ', { width: labelWidth - 6 }));
    if (y + height > doc.page.height - MARGIN) {
      doc.addPage();
      y = doc.y;
    }
    doc.fillColor('#333333').text(label, MARGIN, y + 1, { width: labelWidth - 6 });
    doc.rect(MARGIN + labelWidth, y, length, barHeight).fill('#2f6f9f');
    doc
      .fillColor('#333333')
      .text(formatCell(value, section.columns[index]), MARGIN + labelWidth + length + 4, y + 1, {
        lineBreak: false,
      });
    y += height + 4;
  }
  doc.fillColor('black');
  doc.x = MARGIN;
  doc.y = y + 6;
}

/**
 * A title page (title, subject, period, freshness), then each section as a heading, a bar chart of its
 * main column where it has one, and its table.
 */
export function renderPdf(
  document: ReportDocument,
  progress: SectionProgress = noProgress,
  options: PdfOptions = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    info: { Title: `${document.title} ${document.period.label}`, Author: 'Jazari' },
  });
  usePdfFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const write = async () => {
    const { locale } = document;
    doc.moveDown(8).font(PDF_FONT_BOLD).fontSize(26).text(pdfLine(document.title), { align: 'center' });
    if (document.subject) doc.moveDown(0.5).fontSize(16).text(pdfLine(document.subject), { align: 'center' });
    doc.moveDown(1).font(PDF_FONT).fontSize(14);
    doc.text(pdfLine(`${word('period', locale)} : ${document.period.label}`), { align: 'center' });
    doc.moveDown(0.3).fontSize(10);
    doc.text(pdfLine(`${word('as_of', locale)} ${document.asOf}`), { align: 'center' });
    doc.text(pdfLine(`${word('generated', locale)} ${document.generatedAt}`), { align: 'center' });
    let count = 0;
    for (const section of document.sections) {
      if (count === 0 || doc.y > doc.page.height / 2) doc.addPage();
      else doc.moveDown(1.5);
      doc.x = MARGIN;
      doc
        .font(PDF_FONT_BOLD)
        .fontSize(13)
        .fillColor('black')
        .text(pdfLine(section.title), { align: locale === 'ar' ? 'right' : 'left' });
      drawChart(doc, section);
      doc.moveDown(0.3);
      drawTable(doc, section, locale);
      await progress(++count, document.sections.length);
    }
    doc.end();
  };
  write().catch((error: unknown) => doc.emit('error', error));
  return done;
}
