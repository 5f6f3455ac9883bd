import { HttpStatus } from '@nestjs/common';
import { isUserActor, type Actor, type UserActor } from '@jazari/access';
import { ProblemException } from '@jazari/http';
import { etagOf } from './convention.rules.js';
import type { ConventionStatus } from '../convention.types.js';

/** Problems of the conventions core; their slugs are listed in docs/conventions.md and never change. */
export const ConventionProblems = {
  ownerKindOnly: (): ProblemException =>
    new ProblemException(
      HttpStatus.FORBIDDEN,
      'forbidden',
      'Not allowed',
      'Only Root and institutes own conventions; partners take part in them.',
    ),

  rootOnlyView: (): ProblemException =>
    new ProblemException(
      HttpStatus.FORBIDDEN,
      'forbidden',
      'Not allowed',
      'Only Root lists every convention of the network (`view=all`).',
    ),

  preconditionRequired: (version: number): ProblemException =>
    new ProblemException(
      HttpStatus.PRECONDITION_REQUIRED,
      'precondition-required',
      'Say which version you edited',
      `Send If-Match with the ETag of the convention you read (now ${etagOf(version)}): several people edit conventions.`,
      { currentVersion: version },
      { etag: etagOf(version) },
    ),

  preconditionFailed: (version: number): ProblemException =>
    new ProblemException(
      HttpStatus.PRECONDITION_FAILED,
      'precondition-failed',
      'The convention changed since you read it',
      `If-Match does not name the current version (${etagOf(version)}); reload the convention and apply your change again.`,
      { currentVersion: version },
      { etag: etagOf(version) },
    ),

  /** Its terms, parties or documents cannot change in this status. */
  locked: (status: ConventionStatus, detail: string): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'convention-locked',
      'This convention cannot be changed now',
      detail,
      { currentStatus: status },
    ),

  notActive: (status: ConventionStatus): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'convention-not-active',
      'Only an active convention is amended',
      `This convention is ${status}.`,
      { currentStatus: status },
    ),

  partyInUse: (tenantIds: readonly string[]): ProblemException =>
    new ProblemException(
      HttpStatus.CONFLICT,
      'party-in-use',
      'A party you removed still has signers or obligations',
      'Remove its signers and obligations first.',
      { tenantIds },
    ),
};

/** For writes that record the person who did them: an API key is refused with 403 `person-required`. */
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
