import { isUuid } from '@jazari/database';
import { ValidationProblem } from '@jazari/http';

/**
 * List cursors are opaque to clients (base64url); today one holds the last id of the page, since lists
 * are ordered by id (UUID v7, so by creation time).
 */
export function encodeIdCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

export function decodeIdCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isUuid(id)) {
    throw new ValidationProblem([{ field: 'cursor', messages: ['cursor is not a cursor this API issued'] }]);
  }
  return id.toLowerCase();
}
