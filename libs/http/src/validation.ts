import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import type { FieldFault } from './problem-field-language.js';
import { ValidationProblem, type FieldError } from './problem.js';

/** The arguments of a constraint (`maxLength`'s limit, `isIn`'s values), from the DTO's metadata. */
function constraintArgs(target: object | undefined, property: string, name: string): readonly unknown[] {
  if (!target || typeof target !== 'object') return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && (m.name === name || m.type === name));
  return (metadata?.constraints as unknown[] | undefined) ?? [];
}

export function flattenValidationErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) {
      const names = Object.keys(error.constraints);
      const faults: FieldFault[] = names.map((constraint) => ({
        constraint,
        args: constraintArgs(error.target, error.property, constraint),
      }));
      out.push({ field, messages: Object.values(error.constraints), faults });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

/** Unknown fields are rejected, not dropped: a client that sends `tenantId` or `role` learns it at once. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    // The target lets a message be rewritten in the caller's language with its arguments; never sent.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new ValidationProblem(flattenValidationErrors(errors)),
  });
}
