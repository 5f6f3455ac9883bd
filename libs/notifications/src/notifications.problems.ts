import { HttpStatus } from '@nestjs/common';
import { isUserActor, type Actor, type UserActor } from '@jazari/access';
import { ProblemException } from '@jazari/http';

export function notificationNotFound(): ProblemException {
  return new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such notification.');
}

/** The inbox and preferences are a person's (`profile.*` are personal actions): never an API key's. */
export function person(actor: Actor): UserActor {
  if (!isUserActor(actor)) throw notificationNotFound();
  return actor;
}
