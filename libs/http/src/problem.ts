import { HttpException, HttpStatus } from '@nestjs/common';
import type { FieldFault } from './problem-field-language.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const PROBLEM_BASE = 'https://jazari.ma/problems/';

/** RFC 9457 problem details. `type` is stable: clients branch on it, so never change an existing one. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  [extension: string]: unknown;
}

export interface FieldError {
  /** Dotted path of the offending field, e.g. `milestones.0.dueDate`. */
  readonly field: string;
  /** In English as raised; the problem document has them in the caller's language. */
  readonly messages: readonly string[];
  /** What each message says (its constraint and arguments), to write it in another language; never sent. */
  readonly faults?: readonly (FieldFault | undefined)[];
}

/** A problem a service raises on purpose, with a stable type slug and optional extension members. */
export class ProblemException extends HttpException {
  constructor(
    status: HttpStatus,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly extensions: Record<string, unknown> = {},
    /** Response headers that belong to the problem, e.g. `Retry-After` on a 429. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail ?? title, status);
    // The document's own members win over extensions of the same name: such an extension would be lost.
    const clash = Object.keys(extensions).find((key) => PROBLEM_MEMBERS.has(key));
    if (clash) throw new Error(`Problem "${slug}": the extension "${clash}" is a member of every problem`);
  }
}

/** RFC 9457's members and ours (`requestId`): never extension names. */
const PROBLEM_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'requestId']);

export class ValidationProblem extends ProblemException {
  constructor(readonly errors: readonly FieldError[]) {
    super(
      HttpStatus.BAD_REQUEST,
      'validation-failed',
      'Your request is not valid',
      describeFieldErrors(errors),
      {
        errors,
      },
    );
  }
}

/** The `detail` of a validation problem: every field and its messages. */
export function describeFieldErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.field}: ${e.messages.join('; ')}`).join(' | ');
}

const SLUGS: Partial<Record<number, [string, string]>> = {
  400: ['bad-request', 'Bad request'],
  401: ['unauthenticated', 'Authentication required'],
  403: ['forbidden', 'Not allowed'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  406: ['not-acceptable', 'Not acceptable'],
  408: ['request-timeout', 'Request timeout'],
  409: ['conflict', 'Conflict'],
  412: ['precondition-failed', 'Precondition failed'],
  413: ['payload-too-large', 'Payload too large'],
  414: ['uri-too-long', 'URI too long'],
  415: ['unsupported-media-type', 'Unsupported media type'],
  422: ['unprocessable', 'Unprocessable request'],
  428: ['precondition-required', 'Precondition required'],
  429: ['too-many-requests', 'Too many requests'],
  431: ['request-header-fields-too-large', 'Request header fields too large'],
  500: ['internal-error', 'Internal server error'],
  502: ['bad-gateway', 'Bad gateway'],
  503: ['service-unavailable', 'Service unavailable'],
  504: ['gateway-timeout', 'Gateway timeout'],
};

export function defaultProblem(status: number): { type: string; title: string } {
  const [slug, title] = SLUGS[status] ?? (status >= 500 ? SLUGS[500]! : SLUGS[400]!);
  return { type: PROBLEM_BASE + slug, title };
}
