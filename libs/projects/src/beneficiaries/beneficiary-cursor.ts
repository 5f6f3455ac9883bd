import { isUuid } from '@jazari/database';
import { ValidationProblem } from '@jazari/http';

/** Cursors are opaque to clients (base64url); one holds the last beneficiary id of the page. */
export function encodeBeneficiaryCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

export function decodeBeneficiaryCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isUuid(id)) {
    throw new ValidationProblem([{ field: 'cursor', messages: ['cursor is not a cursor this API issued'] }]);
  }
  return id.toLowerCase();
}
