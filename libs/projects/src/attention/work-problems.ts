import { HttpStatus } from '@nestjs/common';
import { isUserActor, type Actor, type UserActor } from '@jazari/access';
import { ProblemException } from '@jazari/http';

/** Problems shared by the parts of a project (milestones, deliverables, KPIs, status reports). */
export const WorkProblems = {
  /** An object under a project the caller can see, but that does not exist (or not in this project). */
  notFound: (what: string): ProblemException =>
    new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', `No such ${what} in this project.`),
};

/**
 * For writes that record the person who did them (a file's uploader, a report's author, a reviewer):
 * an API key is refused with 403 `person-required`.
 */
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
