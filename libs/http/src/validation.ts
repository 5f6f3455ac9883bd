import { type ArgumentMetadata, type Type, ValidationPipe, type ValidationError } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
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

/** A query string's fields as Fastify parses them: texts, or lists of texts for a repeated name. */
function isParsedQuery(value: unknown): value is Record<string, string | string[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const field of Object.values(value as Record<string, unknown>)) {
    if (typeof field === 'string') continue;
    if (!Array.isArray(field) || !field.every((item) => typeof item === 'string')) return false;
  }
  return true;
}

/** Distinct valid query strings remembered per query class; the set starts again when full. */
const MAX_VALID_QUERIES = 1_000;

/**
 * The validation pipe, which remembers the query strings it found valid. A list's pages are asked for
 * with the same few query strings over and over, and running class-validator on them again each time
 * was a few per cent of the API's CPU on a small request (bench:overhead, ADR 0005). A query string seen
 * valid for a class is turned into a fresh instance of it (class-transformer, as before: no instance is
 * shared between requests) without being validated again. That holds because a query's validity is a
 * function of its text alone: the constraints on query classes read the value and nothing else (no
 * clock, no database) — keep them so. Bodies, parameters and anything invalid are validated every time.
 */
export class RememberingValidationPipe extends ValidationPipe {
  private readonly validQueries = new WeakMap<Type<unknown>, Set<string>>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const metatype = metadata.metatype as Type<unknown> | undefined;
    if (metadata.type !== 'query' || metadata.data || !metatype || !isParsedQuery(value)) {
      return super.transform(value, metadata);
    }
    const key = JSON.stringify(value);
    const known = this.validQueries.get(metatype);
    if (known?.has(key)) return plainToInstance(metatype, value);
    const result: unknown = await super.transform(value, metadata);
    if (!(result instanceof metatype)) return result;
    const valid = known ?? new Set<string>();
    if (valid.size >= MAX_VALID_QUERIES) valid.clear();
    valid.add(key);
    this.validQueries.set(metatype, valid);
    return result;
  }
}

/** Unknown fields are rejected, not dropped: a client that sends `tenantId` or `role` learns it at once. */
export function createValidationPipe(): ValidationPipe {
  return new RememberingValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    // The target lets a message be rewritten in the caller's language with its arguments; never sent.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new ValidationProblem(flattenValidationErrors(errors)),
  });
}
