import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@jazari/http';

/** The problems of obligations; slugs are stable (docs/convention-obligations.md). */
export const ObligationProblems = {
  notFound: (): ProblemException =>
    new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such obligation.'),
  conventionClosed: (status: string): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'convention-closed',
      'This convention takes no more obligations',
      `Obligations are added and changed while a convention is draft, in review, out for signature or active; this one is ${status}.`,
      { currentStatus: status },
    ),
  obligationClosed: (status: string): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'obligation-closed',
      'This obligation is closed',
      `The obligation is ${status}: it no longer changes.`,
      { currentStatus: status },
    ),
  notAParty: (): ProblemException =>
    new ProblemException(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'not-a-party',
      'The responsible tenant is not a party',
      'An obligation is the responsibility of one of the convention’s parties.',
    ),
  evidenceNotFound: (): ProblemException =>
    new ProblemException(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'evidence-not-found',
      'No such evidence',
      'The linked deliverable, milestone or workshop does not exist, or you cannot see it.',
    ),
  evidenceNotReady: (kind: string, status: string): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'evidence-not-ready',
      'The evidence does not show the obligation met yet',
      `The linked ${kind} is ${status}: an obligation is met with an accepted deliverable, a done milestone or a held workshop.`,
      { evidenceKind: kind, evidenceStatus: status },
    ),
  notResponsible: (): ProblemException =>
    new ProblemException(
      HttpStatus.FORBIDDEN,
      'obligation-not-yours',
      'Only the responsible party or the owner marks this obligation met',
      'An obligation is marked met by the admins of the party responsible for it, or by the convention’s owner.',
    ),
};
