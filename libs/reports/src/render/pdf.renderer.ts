import PDFDocument from 'pdfkit';
import { PDF_FONT, PDF_FONT_BOLD, pdfLine, usePdfFonts } from '@jazari/http';
import type { Cell, ReportColumn, ReportDocument, ReportSection } from './report-document.js';
import type { ReportLocale } from '../report.types.js';
import { word } from './report-labels.js';
import { noProgress, type SectionProgress } from './render-progress.js';
import { MAP_HEIGHT, MAP_WIDTH, REGION_SHAPES } from './morocco-regions.js';

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

/**
 * The font size at which `text` fits `width` on one line (down to 4.5 pt). Arabic lines are pre-ordered
 * visually (pdfLine), which pdfkit's wrapping would scramble: a long Arabic label is written smaller instead.
 */
function fittingSize(doc: PDFKit.PDFDocument, text: string, width: number, size: number): number {
  let fit = size;
  while (fit > 4.5 && doc.fontSize(fit).widthOfString(text) > width) fit -= 0.5;
  doc.fontSize(size);
  return fit;
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
    const texts = cells.map((cell) => pdfLine(cell));
    // No label is cut. Left to right, a long one wraps and the row is as tall as its tallest cell. Right to
    // left, lines are pre-ordered visually (pdfLine), which pdfkit's wrapping would scramble: a long label
    // is written smaller instead, on one line.
    const sizes = texts.map((text, i) => (rtl ? fittingSize(doc, text, (widths[i] ?? 0) - 4, 7.5) : 7.5));
    const height = rtl
      ? ROW_HEIGHT
      : Math.max(
          ROW_HEIGHT,
          ...texts.map((text, i) => doc.heightOfString(text || ' ', { width: (widths[i] ?? 0) - 4 }) + 5),
        );
    ensureSpace(doc, height);
    const y = doc.y;
    texts.forEach((text, i) => {
      // Right to left, the first column (the labels) stands on the right.
      const start = rtl ? width - (starts[i] ?? 0) - (widths[i] ?? 0) : (starts[i] ?? 0);
      doc.fontSize(sizes[i] ?? 7.5).text(text, MARGIN + start + 2, y + 3, {
        width: (widths[i] ?? 0) - 4,
        align: rtl ? 'right' : 'left',
        ...(rtl ? { lineBreak: false } : {}),
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
 * each named by the section's label column (a month, a kind, a region's name), the bars starting from an
 * axis beside the names. Right to left (Arabic) the chart is mirrored: the names stand on the right,
 * right-aligned and shaped, the axis is on their left and the bars grow leftward, each value at its bar's end.
 */
function drawChart(doc: PDFKit.PDFDocument, section: ReportSection, rtl: boolean): void {
  const index = section.chartColumn;
  if (index === undefined) return;
  const labelIndex = section.labelColumn ?? 0;
  const rows = section.rows.slice(0, CHART_ROWS).filter((r) => typeof r[index] === 'number');
  if (rows.length === 0) return;
  const max = Math.max(...rows.map((r) => Math.abs(r[index] as number)), 1);
  const labelWidth = 130;
  const barArea = doc.page.width - 2 * MARGIN - labelWidth - 60;
  const barHeight = 9;
  // Where the bars start: right of the names, or (right to left) left of them.
  const axis = rtl ? doc.page.width - MARGIN - labelWidth : MARGIN + labelWidth;
  const labelLeft = rtl ? axis + 6 : MARGIN;
  ensureSpace(doc, rows.length * (barHeight + 4) + 16);
  doc.moveDown(0.5);
  let y = doc.y;
  let axisTop = y;
  const drawAxis = (bottom: number) =>
    doc
      .moveTo(axis, axisTop - 2)
      .lineTo(axis, bottom)
      .lineWidth(0.6)
      .stroke('#868e96');
  doc.font(PDF_FONT).fontSize(7);
  for (const row of rows) {
    const value = row[index] as number;
    const length = Math.max(1, (Math.abs(value) / max) * barArea);
    const label = pdfLine(String(row[labelIndex] ?? ''));
    // A long name wraps under itself rather than being cut; the bar keeps to the name's first line.
    const height = rtl
      ? barHeight
      : Math.max(barHeight, doc.heightOfString(label || ' ', { width: labelWidth - 6 }));
    if (y + height > doc.page.height - MARGIN) {
      drawAxis(y);
      doc.addPage();
      y = doc.y;
      axisTop = y;
    }
    doc
      .fillColor('#333333')
      .fontSize(rtl ? fittingSize(doc, label, labelWidth - 6, 7) : 7)
      .text(label, labelLeft, y + 1, {
        width: labelWidth - 6,
        ...(rtl ? { lineBreak: false, align: 'right' as const } : {}),
      });
    doc.fontSize(7);
    doc.rect(rtl ? axis - length : axis, y, length, barHeight).fill('#2f6f9f');
    const figure = formatCell(value, section.columns[index]);
    const figureLeft = rtl ? axis - length - 4 - doc.widthOfString(figure) : axis + length + 4;
    doc.fillColor('#333333').text(figure, figureLeft, y + 1, { lineBreak: false });
    y += height + 4;
  }
  drawAxis(y - 2);
  doc.fillColor('black');
  doc.x = MARGIN;
  doc.y = y + 6;
}

/** ColorBrewer YlGnBu (readable with the common colour-vision deficiencies), zero in grey: as the web app. */
const SEQUENTIAL = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
const ZERO = '#e9ecef';

function colourOf(value: number, max: number): string {
  if (value <= 0) return ZERO;
  const step = Math.max(1, Math.ceil(max / SEQUENTIAL.length));
  return SEQUENTIAL[Math.min(SEQUENTIAL.length - 1, Math.ceil(value / step) - 1)] ?? ZERO;
}

const onDark = (colour: string) => SEQUENTIAL.indexOf(colour) >= 2;

/**
 * The priority × region grid as a heatmap: one row per priority (its name wraps), one column per region
 * (names written upward so none is cut), each cell its number on its colour. Right to left, the names stand
 * on the right and the regions run from the right.
 */
function drawHeatmap(
  doc: PDFKit.PDFDocument,
  heatmap: NonNullable<ReportSection['heatmap']>,
  rtl: boolean,
): void {
  const width = doc.page.width - 2 * MARGIN;
  const labelWidth = 130;
  const cellWidth = (width - labelWidth) / Math.max(1, heatmap.columns.length);
  const headerHeight = 96;
  const max = Math.max(0, ...heatmap.values.flat());
  doc.font(PDF_FONT).fontSize(7);
  const rowHeights = heatmap.rows.map((r) =>
    rtl ? 18 : Math.max(18, doc.heightOfString(pdfLine(r) || ' ', { width: labelWidth - 6 }) + 6),
  );
  ensureSpace(doc, headerHeight + rowHeights.reduce((a, b) => a + b, 0) + 8);
  doc.moveDown(0.5);
  const top = doc.y;
  const gridLeft = rtl ? MARGIN : MARGIN + labelWidth;
  const columnX = (i: number) =>
    rtl ? gridLeft + (heatmap.columns.length - 1 - i) * cellWidth : gridLeft + i * cellWidth;
  heatmap.columns.forEach((name, i) => {
    const x = columnX(i) + cellWidth / 2 - 3;
    const y = top + headerHeight - 4;
    doc.save();
    doc.rotate(-60, { origin: [x, y] });
    doc.fillColor('#333333').text(pdfLine(name), x, y, { lineBreak: false });
    doc.restore();
  });
  let y = top + headerHeight;
  heatmap.rows.forEach((name, r) => {
    const height = rowHeights[r] ?? 18;
    const label = pdfLine(name);
    doc
      .fillColor('#333333')
      .fontSize(rtl ? fittingSize(doc, label, labelWidth - 6, 7) : 7)
      .text(label, rtl ? MARGIN + width - labelWidth + 3 : MARGIN, y + 3, {
        width: labelWidth - 6,
        align: rtl ? 'right' : 'left',
        ...(rtl ? { lineBreak: false } : {}),
      });
    doc.fontSize(7);
    (heatmap.values[r] ?? []).forEach((value, c) => {
      const colour = colourOf(value, max);
      const x = columnX(c);
      doc.rect(x, y, cellWidth, height).fillAndStroke(colour, '#ffffff');
      doc
        .fillColor(onDark(colour) ? '#ffffff' : '#212529')
        .text(String(value), x, y + height / 2 - 4, { width: cellWidth, align: 'center', lineBreak: false });
    });
    y += height;
  });
  doc.fillColor('black');
  doc.x = MARGIN;
  doc.y = y + 8;
}

/** Morocco's 12 regions coloured by a value (the shapes of the web app's map), each with its number. */
function drawRegionsMap(doc: PDFKit.PDFDocument, values: NonNullable<ReportSection['regionsMap']>): void {
  const mapWidth = 250;
  const scale = mapWidth / MAP_WIDTH;
  const height = MAP_HEIGHT * scale;
  ensureSpace(doc, height + 16);
  doc.moveDown(0.5);
  const top = doc.y;
  const left = MARGIN + (doc.page.width - 2 * MARGIN - mapWidth) / 2;
  const max = Math.max(0, ...values.map((v) => v.value));
  for (const shape of REGION_SHAPES) {
    const value = values.find((v) => v.code === shape.code)?.value ?? 0;
    doc.save();
    doc.translate(left, top).scale(scale);
    doc.path(shape.d).lineWidth(1.2).fillAndStroke(colourOf(value, max), '#495057');
    doc.restore();
  }
  doc.font(PDF_FONT_BOLD).fontSize(8);
  for (const shape of REGION_SHAPES) {
    const value = values.find((v) => v.code === shape.code)?.value ?? 0;
    const colour = colourOf(value, max);
    doc
      .fillColor(onDark(colour) ? '#ffffff' : '#212529')
      .text(String(value), left + shape.x * scale - 15, top + shape.y * scale - 4, {
        width: 30,
        align: 'center',
        lineBreak: false,
      });
  }
  doc.font(PDF_FONT).fillColor('black');
  doc.x = MARGIN;
  doc.y = top + height + 8;
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
      if (section.regionsMap) drawRegionsMap(doc, section.regionsMap);
      if (section.heatmap) {
        // The grid says what the 96-row list would: the spreadsheet and the CSV keep the list.
        drawHeatmap(doc, section.heatmap, locale === 'ar');
      } else {
        drawChart(doc, section, locale === 'ar');
        doc.moveDown(0.3);
        drawTable(doc, section, locale);
      }
      await progress(++count, document.sections.length);
    }
    doc.end();
  };
  write().catch((error: unknown) => doc.emit('error', error));
  return done;
}
