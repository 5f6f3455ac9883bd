import { describe, expect, it } from '@jest/globals';
import type { ArgumentMetadata } from '@nestjs/common';
import { IdCursorQuery } from './pagination.js';
import { ValidationProblem } from './problem.js';
import { createValidationPipe } from './validation.js';

const query: ArgumentMetadata = { type: 'query', metatype: IdCursorQuery, data: '' };
const parsed = (fields: Record<string, string | string[]>) =>
  Object.assign(Object.create(null) as object, fields);

describe('the validation pipe and query strings it has seen', () => {
  it('answers a query string seen valid as a new instance each time, converted as the first time', async () => {
    const pipe = createValidationPipe();
    const first = (await pipe.transform(parsed({ limit: '50' }), query)) as IdCursorQuery;
    const second = (await pipe.transform(parsed({ limit: '50' }), query)) as IdCursorQuery;
    expect(first).toBeInstanceOf(IdCursorQuery);
    expect(second).toBeInstanceOf(IdCursorQuery);
    expect(second).toEqual(first);
    expect(second.limit).toBe(50);
    first.limit = 7;
    const third = (await pipe.transform(parsed({ limit: '50' }), query)) as IdCursorQuery;
    expect(third.limit).toBe(50);
    expect(third).not.toBe(second);
  });

  it('refuses an invalid query string every time, and other strings are judged on their own', async () => {
    const pipe = createValidationPipe();
    await pipe.transform(parsed({ limit: '50' }), query);
    for (let i = 0; i < 2; i++) {
      await expect(pipe.transform(parsed({ limit: '500' }), query)).rejects.toBeInstanceOf(ValidationProblem);
      await expect(pipe.transform(parsed({ limit: '50', tenantId: 'x' }), query)).rejects.toBeInstanceOf(
        ValidationProblem,
      );
      await expect(pipe.transform(parsed({ cursor: 'not-a-uuid' }), query)).rejects.toBeInstanceOf(
        ValidationProblem,
      );
      await expect(pipe.transform(parsed({ limit: ['50', '60'] }), query)).rejects.toBeInstanceOf(
        ValidationProblem,
      );
    }
  });
});
