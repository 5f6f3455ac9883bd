import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The fonts of the PDFs we generate: Noto Sans Arabic (OFL), which has the Latin and the Arabic glyphs,
 * so a report or certificate reads the same in French, English and Arabic (pdfkit shapes the Arabic
 * letters and orders the right-to-left runs). The standard PDF fonts stop at Latin-1.
 */
export const PDF_FONT = 'Jazari';
export const PDF_FONT_BOLD = 'Jazari-Bold';

const FILES = {
  [PDF_FONT]: require.resolve('@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf'),
  [PDF_FONT_BOLD]: require.resolve('@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf'),
};

/** Registers the fonts on a pdfkit document and selects the regular one. */
export function usePdfFonts(doc: PDFKit.PDFDocument): PDFKit.PDFDocument {
  for (const [name, file] of Object.entries(FILES)) doc.registerFont(name, file);
  return doc.font(PDF_FONT);
}

const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
const LTR_RUN = /[A-Za-z0-9][A-Za-z0-9.,:%+\-_/@]*[A-Za-z0-9%]|[A-Za-z0-9]/g;
const MIRRORED: Readonly<Record<string, string>> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
};

/**
 * A line of text as pdfkit must be given it to show right to left. pdfkit lays words out left to right
 * and the font engine reverses a whole Arabic run, digits and Latin words included; so, for a string with
 * Arabic in it: each left-to-right run (a number, a code like `MA-06`, `2026-Q3`) is reversed beforehand
 * (the engine's reversal puts it back), brackets are mirrored, and spaces become no-break spaces (one run,
 * so the words keep their order and spacing). A string without right-to-left letters is left as it is.
 * Meant for short lines (titles, table cells): a no-break line does not wrap.
 */
export function pdfLine(text: string): string {
  if (!RTL.test(text)) return text;
  return text
    .replace(LTR_RUN, (run) => [...run].reverse().join(''))
    .replace(/[()[\]{}<>«»]/g, (c) => MIRRORED[c])
    .replace(/ /g, '\u00a0');
}
