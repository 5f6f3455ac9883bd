import { ValidationProblem } from '@jazari/http';

/** Cursors are opaque to clients (base64url); today one holds the seq the next page starts before. */
export function encodeSeqCursor(seq: number): string {
  return Buffer.from(String(seq), 'utf8').toString('base64url');
}

export function decodeSeqCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const seq = /^[1-9][0-9]{0,15}$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(seq)) {
    throw new ValidationProblem([{ field: 'cursor', messages: ['cursor is not a cursor this API issued'] }]);
  }
  return seq;
}
