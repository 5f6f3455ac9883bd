import { HttpStatus } from '@nestjs/common';
import { ProblemException, ValidationProblem } from '@jazari/http';

/**
 * What a convention document's upload must be: a PDF (declared and by its first bytes), of a bounded size,
 * with a sane file name. The body arrives unread through @jazari/http's raw uploads (`@RawUploadRoute()`).
 */
export const PDF_CONTENT_TYPE = 'application/pdf';

export function mediaTypeOf(header: string | undefined): string | undefined {
  const type = header?.split(';')[0].trim().toLowerCase();
  return type ? type : undefined;
}

export function unsupportedMediaType(contentType: string | undefined, detail: string): ProblemException {
  return new ProblemException(
    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    'unsupported-media-type',
    'A convention document is a PDF',
    detail,
    { contentType: contentType ?? null, allowed: [PDF_CONTENT_TYPE] },
  );
}

export function payloadTooLarge(maxBytes: number): ProblemException {
  return new ProblemException(
    HttpStatus.PAYLOAD_TOO_LARGE,
    'payload-too-large',
    'The file is too large',
    `A file may have at most ${maxBytes} bytes.`,
    { maxBytes },
  );
}

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

/**
 * Passes the bytes through once the first five are `%PDF-`; otherwise (or if empty) the stream fails
 * with 415 (422 `empty-file`), so the store keeps nothing.
 */
export async function* checkedPdf(source: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  let head: Buffer = Buffer.alloc(0);
  let checked = false;
  const check = () => {
    if (head.length === 0) {
      throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'empty-file', 'The file is empty');
    }
    if (head.length < PDF_MAGIC.length || !head.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) {
      throw unsupportedMediaType(
        PDF_CONTENT_TYPE,
        'The content is not a PDF (it does not start with %PDF-).',
      );
    }
    checked = true;
  };
  for await (const chunk of source) {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (checked) {
      yield bytes;
      continue;
    }
    head = Buffer.concat([head, bytes]);
    if (head.length >= PDF_MAGIC.length) {
      check();
      yield head;
    }
  }
  if (!checked) {
    check();
    yield head;
  }
}

// Built from code points: a regular-expression literal with control characters reads as a mistake.
const CONTROL_OR_BIDI = new RegExp(
  '[' +
    ['\\u0000-\\u001f', '\\u007f-\\u009f', '\\u200e\\u200f', '\\u202a-\\u202e', '\\u2066-\\u2069'].join('') +
    ']',
  'g',
);
const FILENAME_MAX = 255;

/**
 * The file's name from `?filename=`, else the `Content-Disposition` (`filename*` before `filename`), else
 * `fallback`. Only the last path segment is kept; control and bidirectional-override characters go.
 */
export function documentFilename(
  query: unknown,
  contentDisposition: string | undefined,
  fallback: string,
): string {
  const given = typeof query === 'string' ? query : filenameFromDisposition(contentDisposition);
  if (given === undefined) return fallback;
  const name = given.split(/[/\\]/).pop()!.replace(CONTROL_OR_BIDI, '').trim();
  if (!name || name === '.' || name === '..' || [...name].length > FILENAME_MAX) {
    throw new ValidationProblem([
      { field: 'filename', messages: [`filename must be a file name of at most ${FILENAME_MAX} characters`] },
    ]);
  }
  return name;
}

function filenameFromDisposition(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const extended = /(?:^|;)\s*filename\*\s*=\s*UTF-8''([^;\s]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      return undefined;
    }
  }
  const quoted = /(?:^|;)\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
  if (quoted) return quoted[1].replace(/\\(.)/g, '$1');
  return /(?:^|;)\s*filename\s*=\s*([^;\s]+)/i.exec(header)?.[1];
}

/** `attachment` with an ASCII `filename` for old clients and the exact name in `filename*` (RFC 8187). */
export function attachmentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
