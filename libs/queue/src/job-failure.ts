import { RedisUnavailableError } from './redis.js';

/** Node's codes for a connection that could not be made or was cut. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTCONN',
]);

/** What BullMQ says when it, not the handler, failed a job (a dead worker's lock, a stalled job). */
const QUEUE_MESSAGES = [
  /stalled more than allowable limit/i,
  /missing lock for job/i,
  /lock mismatch/i,
  /could not renew lock/i,
  /connection is closed/i,
  /connection terminated/i,
  /terminating connection due to administrator command/i,
  /client has encountered a connection error/i,
  /timeout exceeded when trying to connect/i,
];

/**
 * Whether a job failed for a reason that is not its handler's (docs/adr/0013-jobs-survive-their-workers.md):
 * it stalled (its worker died), a connection to PostgreSQL or the queue store was lost or refused. Such a
 * job is published again by the outbox relay and never copied into `failed_job`, which keeps the handlers'
 * own failures for an operator to look at.
 */
export function isInfrastructureFailure(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (e instanceof RedisUnavailableError) return true;
    if (typeof e !== 'object') return false;
    const { code, message, cause, command } = e as Record<string, unknown>;
    // An SMTP exchange's error (nodemailer names the command): the receiver's failure, kept for operators.
    if (typeof command === 'string') return false;
    if (typeof code === 'string') {
      if (CONNECTION_CODES.has(code)) return true;
      // PostgreSQL: class 08 (connection exception), 57P01–57P03 (shutdown, cannot connect now).
      if (/^08[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code)) return true;
    }
    if (typeof message === 'string' && QUEUE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    e = cause;
  }
  return false;
}
