import 'reflect-metadata';
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { loadConfig } from '@jazari/config';
import { previewOpenApiDocument } from '@jazari/http';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ApiModule } from './api.module.js';

/** Issue 16, point 9: the OpenAPI document reads — every operation says what it does and how it fails. */
jest.setTimeout(60_000);

describe('the OpenAPI document', () => {
  let document: OpenAPIObject;
  const operations = (): { name: string; operation: Record<string, unknown> }[] =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      (['get', 'put', 'post', 'delete', 'patch'] as const)
        .filter((method) => item[method])
        .map((method) => ({
          name: `${method.toUpperCase()} ${path}`,
          operation: item[method] as unknown as Record<string, unknown>,
        })),
    );

  beforeAll(async () => {
    // Preview mode connects to nothing (these addresses are never dialled).
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: 'postgres://preview@127.0.0.1:1/preview',
      REDIS_URL: 'redis://127.0.0.1:1',
    });
    document = await previewOpenApiDocument(ApiModule.forRoot(config));
  });

  it('gives every operation a summary', () => {
    expect(operations().length).toBeGreaterThan(150);
    const without = operations()
      .filter(({ operation }) => typeof operation.summary !== 'string' || operation.summary.trim() === '')
      .map(({ name }) => name);
    expect(without).toEqual([]);
  });

  it('gives every operation its error responses, each a problem document', () => {
    const faults: string[] = [];
    for (const { name, operation } of operations()) {
      const responses = operation.responses as Record<string, { content?: Record<string, unknown> }>;
      const errors = Object.entries(responses).filter(
        ([status]) => status === 'default' || /^[45]/.test(status),
      );
      if (errors.length === 0) faults.push(`${name}: no error response`);
      for (const [status, response] of errors) {
        if (!response.content?.['application/problem+json']) faults.push(`${name} ${status}: not a problem`);
      }
      const parameters = (operation.parameters ?? []) as { in: string }[];
      if ((parameters.length > 0 || operation.requestBody) && !responses['400'])
        faults.push(`${name}: no 400`);
      if ((operation.security as unknown[] | undefined)?.length && !responses['401'])
        faults.push(`${name}: no 401`);
    }
    expect(faults).toEqual([]);
  });
});
