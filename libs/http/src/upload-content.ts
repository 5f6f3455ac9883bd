import { HttpStatus } from '@nestjs/common';
import { ProblemException, ValidationProblem } from './problem.js';

/**
 * What every upload shares (deliverable files, convention documents): the declared media type, the
 * check of the first bytes against it while the body streams to the store, the size and empty-file
 * problems, and safe file names in and out. The body arrives unread through the raw uploads
 * (`@RawUploadRoute()`); each context says which types it accepts.
 */

/** How the leading bytes of a file of a given type must look. `text`: no NUL byte (not binary). */
export type ContentSignature = 'pdf' | 'png' | 'jpeg' | 'zip' | 'office-zip' | 'text';

/** Bytes looked at before anything is accepted: enough for every signature and a text sniff. */
export const SNIFF_BYTES = 512;

const PDF = Buffer.from('%PDF-', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP_ENTRY = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_EMPTY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

const startsWith = (head: Buffer, prefix: Buffer) =>
  head.length >= prefix.length && head.subarray(0, prefix.length).equals(prefix);

export function matchesSignature(signature: ContentSignature, head: Buffer): boolean {
  switch (signature) {
    case 'pdf':
      return startsWith(head, PDF);
    case 'png':
      return startsWith(head, PNG);
    case 'jpeg':
      return startsWith(head, JPEG);
    case 'office-zip':
      return startsWith(head, ZIP_ENTRY);
    case 'zip':
      return startsWith(head, ZIP_ENTRY) || startsWith(head, ZIP_EMPTY);
    case 'text':
      return !head.subarray(0, SNIFF_BYTES).includes(0);
  }
}

/** The media type of a `Content-Type` header, lower-case, without parameters; undefined if none. */
export function mediaTypeOf(header: string | undefined): string | undefined {
  const type = header?.split(';')[0].trim().toLowerCase();
  return type ? type : undefined;
}

/** 415, naming the types the route accepts. */
export function unsupportedMediaType(
  contentType: string | undefined,
  detail: string,
  allowed: readonly string[],
  title = 'This kind of file is not accepted',
): ProblemException {
  return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'unsupported-media-type', title, detail, {
    contentType: contentType ?? null,
    allowed: [...allowed],
  });
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

export function emptyFile(): ProblemException {
  return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'empty-file', 'The file is empty');
}

/**
 * Passes the bytes through once their beginning matches `signature`: the first `SNIFF_BYTES` are held
 * back and checked, then everything streams on. A mismatch (`mismatch()`'s problem) or an empty file
 * fails the stream, so the store keeps nothing.
 */
export async function* checkedContent(
  source: AsyncIterable<Uint8Array>,
  signature: ContentSignature,
  mismatch: () => ProblemException,
): AsyncGenerator<Buffer> {
  let head: Buffer = Buffer.alloc(0);
  let checked = false;
  const check = () => {
    if (head.length === 0) throw emptyFile();
    if (!matchesSignature(signature, head)) throw mismatch();
    checked = true;
  };
  for await (const chunk of source) {
    if (checked) {
      yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      continue;
    }
    head = Buffer.concat([head, chunk]);
    if (head.length >= SNIFF_BYTES) {
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
export const FILENAME_MAX = 255;

/**
 * The file's name, from `?filename=` or else the request's `Content-Disposition` (`filename*` before
 * `filename`), else `fallback` (without one, a name is required). Only the last path segment is kept;
 * control and bidirectional-override characters go.
 */
export function uploadFilename(
  query: unknown,
  contentDisposition: string | undefined,
  fallback?: string,
): string {
  const given = typeof query === 'string' ? query : filenameFromDisposition(contentDisposition);
  if (given === undefined && fallback !== undefined) return fallback;
  const name = (given ?? '').split(/[/\\]/).pop()!.replace(CONTROL_OR_BIDI, '').trim();
  if (!name || name === '.' || name === '..') {
    throw new ValidationProblem([
      { field: 'filename', messages: ['name the file in ?filename= or in a Content-Disposition header'] },
    ]);
  }
  if ([...name].length > FILENAME_MAX) {
    throw new ValidationProblem([
      { field: 'filename', messages: [`filename must be at most ${FILENAME_MAX} characters`] },
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

/**
 * `attachment` (or `inline`) with an ASCII `filename` for old clients and the exact name in `filename*`
 * (RFC 8187).
 */
export function attachmentDisposition(
  filename: string,
  type: 'attachment' | 'inline' = 'attachment',
): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
