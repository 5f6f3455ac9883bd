import { HttpStatus } from '@nestjs/common';
import { isUserActor, type Actor, type UserActor } from '@jazari/access';
import { ProblemException } from '@jazari/http';

/** For routes only a person may use. Personal actions already exclude API keys; this narrows the type. */
export function requireUser(actor: Actor): UserActor {
  if (!isUserActor(actor)) {
    throw new ProblemException(
      HttpStatus.FORBIDDEN,
      'person-required',
      'Only a signed-in person can do this',
    );
  }
  return actor;
}
