import { HttpStatus } from '@nestjs/common';
import { isUserActor, type Actor, type UserActor } from '@jazari/access';
import { ProblemException } from '@jazari/http';
import { etagOf } from './resource.rules.js';

const PAST_PARTICIPLES: Readonly<Record<string, string>> = { withdraw: 'withdrawn' };

/** Problems of the resources context; their slugs are listed in docs/resources.md and never change. */
export const ResourceProblems = {
  resourceNotFound: (): ProblemException =>
    new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such resource.'),

  allocationNotFound: (): ProblemException =>
    new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such allocation.'),

  bookingNotFound: (): ProblemException =>
    new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such booking.'),

  readOnly: (detail: string): ProblemException =>
    new ProblemException(
      HttpStatus.FORBIDDEN,
      'resource-read-only',
      'You can read this, not change it',
      detail,
    ),

  ownerKindOnly: (): ProblemException =>
    new ProblemException(
      HttpStatus.FORBIDDEN,
      'forbidden',
      'Not allowed',
      'Only Root and institutes publish shared resources.',
    ),

  rootOnly: (detail: string): ProblemException =>
    new ProblemException(HttpStatus.FORBIDDEN, 'forbidden', 'Not allowed', detail),

  preconditionRequired: (version: number): ProblemException =>
    new ProblemException(
      HttpStatus.PRECONDITION_REQUIRED,
      'precondition-required',
      'Say which version you edited',
      `Send If-Match with the ETag you read (now ${etagOf(version)}).`,
      { currentVersion: version },
      { etag: etagOf(version) },
    ),

  preconditionFailed: (version: number): ProblemException =>
    new ProblemException(
      HttpStatus.PRECONDITION_FAILED,
      'precondition-failed',
      'It changed since you read it',
      `If-Match does not name the current version (${etagOf(version)}); reload and apply your change again.`,
      { currentVersion: version },
      { etag: etagOf(version) },
    ),

  illegalTransition: (from: string, action: string, allowed: readonly string[]): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'illegal-transition',
      'This move is not allowed now',
      `An allocation that is ${from} cannot be ${PAST_PARTICIPLES[action] ?? `${action}d`}.`,
      { currentStatus: from, action, allowedActions: allowed },
    ),

  notAvailable: (status: string): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'resource-unavailable',
      'This resource takes no requests or bookings now',
      `The resource is ${status}.`,
      { currentStatus: status },
    ),

  termsNotAccepted: (current: number): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'terms-not-accepted',
      'Accept the current terms of use',
      `Send acceptTermsVersion: ${current} after reading the resource's terms.`,
      { termsVersion: current },
    ),

  capacityExceeded: (figures: Record<string, string>): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'capacity-exceeded',
      'Not enough capacity left in this period',
      `${figures.remaining} ${figures.unit} remain of ${figures.capacity} in the period starting ${figures.periodStart}; ${figures.requested} asked.`,
      figures,
    ),

  shareExceeded: (figures: Record<string, string>): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'share-exceeded',
      "Beyond the requesting tenant's fair share",
      `${figures.remaining} ${figures.unit} remain of the tenant's share of ${figures.share} in the period starting ${figures.periodStart}; ${figures.requested} asked.`,
      figures,
    ),

  allocationNotActive: (status: string): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'allocation-not-active',
      'Usage is recorded against an active allocation only',
      `The allocation is ${status}.`,
      { currentStatus: status },
    ),

  allocationExhausted: (figures: Record<string, string>): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'allocation-exhausted',
      'More than the allocation has left',
      `${figures.remaining} ${figures.unit} remain of ${figures.approved}; ${figures.quantity} recorded.`,
      figures,
    ),

  notBookable: (): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'not-bookable',
      'This resource is not booked by time slot',
      'Bookings are for slot-based resources (labs, equipment, dedicated nodes).',
    ),

  allocationRequired: (): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'allocation-required',
      'Book inside one of your active allocations',
      'This resource is booked only within an approved allocation of your tenant: name it in allocationId.',
    ),

  outsideAllocation: (startsOn: string, endsOn: string): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'outside-allocation',
      'The slot is outside the allocation',
      `The allocation runs from ${startsOn} to ${endsOn} (network days).`,
      { startsOn, endsOn },
    ),

  slotTaken: (): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'slot-taken',
      'This slot is already booked',
      'Another booking of this resource overlaps the time you asked for.',
    ),

  bookingCancelled: (): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'illegal-transition',
      'This booking is already cancelled',
      'A cancelled booking stays cancelled.',
      { currentStatus: 'cancelled', action: 'cancel', allowedActions: [] },
    ),
};

/** For acts that record the person who did them (requests, bookings, decisions): no API key. */
export function requirePerson(actor: Actor): UserActor {
  if (!isUserActor(actor)) {
    throw new ProblemException(
      HttpStatus.FORBIDDEN,
      'person-required',
      'Only a signed-in person can do this',
      'This records who did it: an API key cannot.',
    );
  }
  return actor;
}
