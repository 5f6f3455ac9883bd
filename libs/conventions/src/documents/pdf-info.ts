import { inflateSync } from 'node:zlib';

/** What a drafter compares between two versions besides the bytes: pages and the document's own info. */
export interface PdfInfo {
  readonly pageCount: number | null;
  readonly title: string | null;
  readonly author: string | null;
  readonly producer: string | null;
}

export const UNKNOWN_PDF_INFO: PdfInfo = { pageCount: null, title: null, author: null, producer: null };

/** Longest info string kept: a title is a line, not a document. */
const MAX_TEXT = 500;

/**
 * Reads a PDF's page count and its Info dictionary's Title, Author and Producer, enough for comparing
 * versions — not a PDF parser. Objects are read as written and from FlateDecode object streams (PDF 1.5);
 * the page count is the catalog's page tree's `/Count`, else the largest `/Count` of a `/Pages` node, else
 * the `/Page` leaves counted. An encrypted file's strings are ciphertext, so its info stays unknown. Any
 * value it cannot read is null ("unknown" on the page), never a guess.
 */
export function readPdfInfo(pdf: Buffer): PdfInfo {
  try {
    const text = pdf.toString('latin1');
    const objects = indexObjects(pdf, text);
    const trailerRef = (key: string) => lastMatch(text, new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`, 'g'));
    const encrypted = /\/Encrypt\s/.test(text);
    const info = encrypted ? undefined : objects.get(trailerRef('Info') ?? -1);
    const string = (key: string) => (info === undefined ? null : infoString(info, key, objects));
    return {
      pageCount: pageCount(objects, trailerRef('Root')),
      title: string('Title'),
      author: string('Author'),
      producer: string('Producer'),
    };
  } catch {
    return UNKNOWN_PDF_INFO;
  }
}

function lastMatch(text: string, pattern: RegExp): number | undefined {
  let found: number | undefined;
  for (const m of text.matchAll(pattern)) found = Number(m[1]);
  return found;
}

/** Object number → its body (the text between `obj` and `endobj`); later definitions win, as updates do. */
function indexObjects(pdf: Buffer, text: string): Map<number, string> {
  const objects = new Map<number, string>();
  const streams: { dict: string; start: number }[] = [];
  for (const m of text.matchAll(/(\d+)\s+\d+\s+obj\b/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) continue;
    const body = text.slice(start, end);
    const streamAt = body.indexOf('stream');
    if (streamAt >= 0 && /\/Type\s*\/ObjStm\b/.test(body.slice(0, streamAt))) {
      streams.push({ dict: body.slice(0, streamAt), start: start + streamAt + 'stream'.length });
    } else {
      objects.set(Number(m[1]), streamAt >= 0 ? body.slice(0, streamAt) : body);
    }
  }
  for (const s of streams) {
    for (const [n, body] of objectStream(pdf, text, s.dict, s.start)) {
      if (!objects.has(n)) objects.set(n, body);
    }
  }
  return objects;
}

/** The objects packed in one object stream (`/N` pairs of number and offset, then the bodies at `/First`). */
function objectStream(pdf: Buffer, text: string, dict: string, after: number): [number, string][] {
  if (!/\/Filter\s*\/FlateDecode\b/.test(dict) || /\/DecodeParms/.test(dict)) return [];
  let start = after;
  if (text[start] === '\r') start++;
  if (text[start] === '\n') start++;
  const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  const end = length ? start + Number(length[1]) : text.indexOf('endstream', start);
  const content = inflateSync(pdf.subarray(start, end)).toString('latin1');
  const count = Number(/\/N\s+(\d+)/.exec(dict)?.[1]);
  const first = Number(/\/First\s+(\d+)/.exec(dict)?.[1]);
  const header = content.slice(0, first).trim().split(/\s+/).map(Number);
  const entries: [number, string][] = [];
  for (let i = 0; i < count; i++) {
    const from = first + header[2 * i + 1];
    const to = i + 1 < count ? first + header[2 * i + 3] : content.length;
    entries.push([header[2 * i], content.slice(from, to)]);
  }
  return entries;
}

function pageCount(objects: Map<number, string>, root: number | undefined): number | null {
  const refOf = (body: string | undefined, key: string) => {
    const m = body && new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(body);
    return m ? Number(m[1]) : undefined;
  };
  const countOf = (body: string | undefined): number | undefined => {
    const m = body && /\/Count\s+(\d+)(\s+\d+\s+R)?/.exec(body);
    if (!m) return undefined;
    if (m[2]) {
      const indirect = /^\s*(\d+)\s*$/.exec(objects.get(Number(m[1])) ?? '');
      return indirect ? Number(indirect[1]) : undefined;
    }
    return Number(m[1]);
  };
  const fromTree = countOf(objects.get(refOf(objects.get(root ?? -1), 'Pages') ?? -1));
  if (fromTree !== undefined) return fromTree;
  let largest: number | undefined;
  let leaves = 0;
  for (const body of objects.values()) {
    if (/\/Type\s*\/Pages\b/.test(body)) largest = Math.max(largest ?? 0, countOf(body) ?? 0);
    else if (/\/Type\s*\/Page\b/.test(body)) leaves++;
  }
  return largest ?? (leaves > 0 ? leaves : null);
}

/** The value of `key` in the Info dictionary: a literal or hex string, direct or by reference. */
function infoString(info: string, key: string, objects: Map<number, string>): string | null {
  const at = new RegExp(`/${key}\\s*`).exec(info);
  if (!at) return null;
  let rest = info.slice(at.index + at[0].length);
  const ref = /^(\d+)\s+\d+\s+R/.exec(rest);
  if (ref) rest = (objects.get(Number(ref[1])) ?? '').trimStart();
  const bytes = rest.startsWith('(') ? literal(rest) : rest.startsWith('<') ? hex(rest) : undefined;
  if (!bytes) return null;
  // Control characters (line breaks included) become spaces: the value is shown on one line.
  const decoded = [...decodeText(bytes)]
    .map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? ' ' : c))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
  return decoded === '' ? null : decoded.slice(0, MAX_TEXT);
}

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };

function literal(s: string): Buffer | undefined {
  const out: number[] = [];
  let depth = 0;
  for (let i = 1; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      const next = s[++i];
      if (next === undefined) return undefined;
      if (next in ESCAPES) out.push(ESCAPES[next]);
      else if (/[0-7]/.test(next)) {
        const octal = /^[0-7]{1,3}/.exec(s.slice(i))![0];
        out.push(parseInt(octal, 8) & 0xff);
        i += octal.length - 1;
      } else if (next === '\r') {
        if (s[i + 1] === '\n') i++;
      } else if (next !== '\n') out.push(next.charCodeAt(0));
    } else if (c === '(') {
      depth++;
      out.push(0x28);
    } else if (c === ')') {
      if (depth === 0) return Buffer.from(out);
      depth--;
      out.push(0x29);
    } else out.push(c.charCodeAt(0) & 0xff);
  }
  return undefined;
}

function hex(s: string): Buffer | undefined {
  const end = s.indexOf('>');
  if (end < 0) return undefined;
  let digits = s.slice(1, end).replace(/\s+/g, '');
  if (!/^[0-9a-fA-F]*$/.test(digits)) return undefined;
  if (digits.length % 2) digits += '0';
  return Buffer.from(digits, 'hex');
}

/** UTF-16BE with its mark, UTF-8 with its mark (PDF 2.0), else PDFDocEncoding (Latin-1 for what matters). */
function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const body = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
    return body.swap16().toString('utf16le');
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('latin1');
}
