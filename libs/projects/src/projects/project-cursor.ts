import { isUuid } from '@jazari/database';
import { ValidationProblem } from '@jazari/http';

/** Cursors are opaque to clients (base64url); today one holds the last project or entry id of the page. */
export function encodeProjectCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

export function decodeProjectCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isUuid(id)) {
    throw new ValidationProblem([{ field: 'cursor', messages: ['cursor is not a cursor this API issued'] }]);
  }
  return id.toLowerCase();
}
