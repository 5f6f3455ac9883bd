import type { IncomingMessage } from 'node:http';
import { uuidv7 } from '@jazari/database';

export const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTABLE = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Keeps a caller's request id when it looks like one (so a trace crosses services), else makes one.
 * Stored on the raw request too: pino-http reads `req.id`, so logs and responses share the id.
 */
export function requestIdFor(raw: IncomingMessage): string {
  const header = raw.headers[REQUEST_ID_HEADER];
  const given = Array.isArray(header) ? header[0] : header;
  const id = given && ACCEPTABLE.test(given) ? given : uuidv7();
  (raw as IncomingMessage & { id?: string }).id = id;
  return id;
}
