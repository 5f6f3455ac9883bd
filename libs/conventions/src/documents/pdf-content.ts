import { checkedContent, unsupportedMediaType, type ProblemException } from '@jazari/http';

/**
 * What a convention document's upload must be: a PDF (declared and by its first bytes), of a bounded size,
 * with a sane file name (the shared checks are @jazari/http's `upload-content`).
 */
export const PDF_CONTENT_TYPE = 'application/pdf';

export function notAPdf(contentType: string | undefined, detail: string): ProblemException {
  return unsupportedMediaType(contentType, detail, [PDF_CONTENT_TYPE], 'A convention document is a PDF');
}

/**
 * Passes the bytes through once they start with `%PDF-`; otherwise (or if empty) the stream fails with
 * 415 (422 `empty-file`), so the store keeps nothing.
 */
export function checkedPdf(source: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  return checkedContent(source, 'pdf', () =>
    notAPdf(PDF_CONTENT_TYPE, 'The content is not a PDF (it does not start with %PDF-).'),
  );
}
