import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@jazari/http';

export function webhookNotFound(what: 'endpoint' | 'delivery' = 'endpoint'): ProblemException {
  return new ProblemException(
    HttpStatus.NOT_FOUND,
    'not-found',
    'Not found',
    what === 'endpoint' ? 'No such webhook endpoint.' : 'No such webhook delivery.',
  );
}

/** The URL breaks the rules of docs/notifications.md#ssrf-rules. */
export function webhookUrlRefused(reason: string): ProblemException {
  return new ProblemException(
    HttpStatus.BAD_REQUEST,
    'webhook-url-not-allowed',
    'This webhook URL is not allowed',
    reason,
  );
}

export function unknownEventTypes(types: readonly string[], known: readonly string[]): ProblemException {
  return new ProblemException(
    HttpStatus.BAD_REQUEST,
    'webhook-unknown-event-types',
    'Unknown event types',
    `These are not events of the notification catalogue: ${types.join(', ')}.`,
    { unknown: types, known },
  );
}

export function webhookEndpointDisabled(): ProblemException {
  return new ProblemException(
    HttpStatus.CONFLICT,
    'webhook-endpoint-disabled',
    'The endpoint is disabled',
    'Enable the endpoint before redelivering to it.',
  );
}
