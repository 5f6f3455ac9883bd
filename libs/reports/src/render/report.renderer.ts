import type { ReportFormat } from '../report.types.js';
import { renderCsv } from './csv.renderer.js';
import { renderPdf } from './pdf.renderer.js';
import type { ReportDocument } from './report-document.js';
import { noProgress, type SectionProgress } from './render-progress.js';
import { renderXlsx } from './xlsx.renderer.js';

export interface RenderOptions {
  readonly pdfCompress?: boolean;
}

/** Writes a report's document in its format. */
export function renderReport(
  format: ReportFormat,
  document: ReportDocument,
  progress: SectionProgress = noProgress,
  options: RenderOptions = {},
): Promise<Buffer> {
  switch (format) {
    case 'xlsx':
      return renderXlsx(document, progress);
    case 'csv':
      return renderCsv(document, progress);
    case 'pdf':
      return renderPdf(document, progress, { compress: options.pdfCompress });
  }
}
