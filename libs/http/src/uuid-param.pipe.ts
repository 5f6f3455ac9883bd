import { ParseUUIDPipe } from '@nestjs/common';
import { ValidationProblem } from './problem.js';

/** A path id that is not a UUID is a 400 `validation-failed` naming the parameter, like any bad field. */
export function uuidParam(name = 'id'): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => new ValidationProblem([{ field: name, messages: [`${name} must be a UUID`] }]),
  });
}
