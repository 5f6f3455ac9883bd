import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@jazari/http';

export function notificationNotFound(): ProblemException {
  return new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such notification.');
}
