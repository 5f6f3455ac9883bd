import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page of a PDF, as a reader would extract it (pages joined by a newline). */
export async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return pages.join('\n');
}

/** One piece of a PDF's text where a reader sees it: page (from 1), left edge and baseline in points. */
export interface PdfTextItem {
  readonly page: number;
  readonly text: string;
  readonly x: number;
  /** From the top of the page, so that reading order is increasing y. */
  readonly y: number;
  readonly width: number;
}

/** The pieces of text of every page with their positions (to check a layout, e.g. a mirrored chart). */
export async function pdfTextItems(pdf: Buffer): Promise<PdfTextItem[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const items: PdfTextItem[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const height = page.getViewport({ scale: 1 }).height;
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , , , x, y] = item.transform as number[];
      items.push({ page: n, text: item.str, x: x ?? 0, y: height - (y ?? 0), width: item.width });
    }
  }
  await document.destroy();
  return items;
}
