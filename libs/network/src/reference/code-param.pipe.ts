import type { PipeTransform } from '@nestjs/common';
import { ValidationProblem } from '@jazari/http';
import { CODE_MAX_LENGTH } from '../reference.types.js';

/** A path code that does not have the shape of a code is a 400 `validation-failed` naming the parameter. */
export class CodeParamPipe implements PipeTransform<string, string> {
  constructor(
    private readonly pattern: RegExp,
    private readonly name = 'code',
  ) {}

  transform(value: string): string {
    if (typeof value !== 'string' || value.length > CODE_MAX_LENGTH || !this.pattern.test(value)) {
      throw new ValidationProblem([{ field: this.name, messages: [`${this.name} is not a valid code`] }]);
    }
    return value;
  }
}
