import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@jazari/http';
import { WORKSHOP_TRANSITIONS, type WorkshopStatus } from './workshop.types.js';

const problem = (
  status: HttpStatus,
  slug: string,
  title: string,
  detail: string,
  extensions: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) => new ProblemException(status, slug, title, detail, extensions, headers);

/** The problems of workshops; slugs are stable (docs/workshops.md, docs/problems.md). */
export const WorkshopProblems = {
  notFound: (what = 'workshop'): ProblemException =>
    problem(HttpStatus.NOT_FOUND, 'not-found', 'Not found', `No such ${what}.`),
  readOnly: (): ProblemException =>
    problem(
      HttpStatus.FORBIDDEN,
      'workshop-read-only',
      'You can read this workshop, not manage it',
      'Only the managers of the organising and co-organising tenants manage a workshop.',
    ),
  notInAudience: (): ProblemException =>
    problem(
      HttpStatus.FORBIDDEN,
      'not-in-audience',
      'Your tenant is not in this workshop’s audience',
      'People register for workshops organised by, or open to, the tenant they are signed in to.',
    ),
  illegalTransition: (from: WorkshopStatus, to: WorkshopStatus): ProblemException => {
    const allowed = WORKSHOP_TRANSITIONS[from];
    return problem(
      HttpStatus.CONFLICT,
      'illegal-transition',
      'This status change is not allowed',
      allowed.length === 0
        ? `A ${from} workshop is final: it cannot become ${to}.`
        : `A ${from} workshop cannot become ${to}; it can become ${allowed.join(' or ')}.`,
      { from, to, allowed },
    );
  },
  notStarted: (startsAt: Date): ProblemException =>
    problem(
      HttpStatus.CONFLICT,
      'workshop-not-started',
      'The workshop has not started',
      'A workshop is marked held once it has started.',
      { startsAt: startsAt.toISOString() },
    ),
  locked: (status: WorkshopStatus): ProblemException =>
    problem(
      HttpStatus.CONFLICT,
      'workshop-locked',
      'This workshop no longer changes',
      `Its details change while it is draft or published; it is ${status}.`,
      { currentStatus: status },
    ),
  registrationClosed: (reason: string): ProblemException =>
    problem(HttpStatus.CONFLICT, 'registration-closed', 'Registration is closed', reason),
  alreadyRegistered: (status: string): ProblemException =>
    problem(
      HttpStatus.CONFLICT,
      'already-registered',
      'You are already registered',
      `Your registration is ${status}.`,
      { currentStatus: status },
    ),
  notRegistered: (status: string | null): ProblemException =>
    problem(
      HttpStatus.CONFLICT,
      'not-registered',
      'You hold no place at this workshop',
      status ? `Your registration is ${status}.` : 'You have no registration for this workshop.',
      { currentStatus: status },
    ),
  notInvited: (): ProblemException =>
    problem(
      HttpStatus.CONFLICT,
      'not-invited',
      'No open invitation',
      'You have no invitation to this workshop waiting for an answer.',
    ),
  checkInClosed: (): ProblemException =>
    problem(
      HttpStatus.CONFLICT,
      'check-in-closed',
      'Check-in is closed',
      'Check-in opens 2 hours before the start and closes 12 hours after the end of a published or held workshop.',
    ),
  wrongCode: (attemptsLeft: number): ProblemException =>
    problem(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'wrong-check-in-code',
      'Wrong check-in code',
      'The code is the one shown at the venue.',
      { attemptsLeft },
    ),
  tooManyCodes: (): ProblemException =>
    problem(
      HttpStatus.TOO_MANY_REQUESTS,
      'too-many-requests',
      'Too many wrong codes',
      'Ask an organiser to check you in.',
      { retryAfter: 3600 },
      { 'retry-after': '3600' },
    ),
  notAttended: (): ProblemException =>
    problem(
      HttpStatus.FORBIDDEN,
      'not-attended',
      'No attendance recorded',
      'Certificates are for the people who checked in.',
    ),
  notHeld: (status: WorkshopStatus): ProblemException =>
    problem(
      HttpStatus.CONFLICT,
      'workshop-not-held',
      'The workshop is not held',
      `Minutes are published once the workshop is held; it is ${status}.`,
      { currentStatus: status },
    ),
  noMinutes: (): ProblemException =>
    problem(HttpStatus.CONFLICT, 'no-minutes', 'No minutes to publish', 'Write the minutes first.'),
  invalidReference: (field: string, message: string): ProblemException =>
    problem(HttpStatus.UNPROCESSABLE_ENTITY, 'invalid-reference', 'A reference is not valid', message, {
      field,
    }),
  capacityBelowRegistered: (registered: number): ProblemException =>
    problem(
      HttpStatus.CONFLICT,
      'capacity-below-registered',
      'More people are registered than this capacity',
      `${registered} people hold a seat; cancel registrations before lowering the capacity.`,
      { registered },
    ),
  preconditionFailed: (version: number): ProblemException =>
    problem(
      HttpStatus.PRECONDITION_FAILED,
      'precondition-failed',
      'The workshop changed since you read it',
      `If-Match does not name the current version ("${version}"); reload and apply your change again.`,
      { currentVersion: version },
      { etag: `"${version}"` },
    ),
};
