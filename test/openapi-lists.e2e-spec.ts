import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiModule } from '@jazari/api';
import { createHttpApp } from '@jazari/http';
import { testConfig } from '@jazari/testing';
import request from 'supertest';

@Module({})
class NothingMore {}

interface Schema {
  type?: string;
  $ref?: string;
  items?: Schema;
}
interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

/**
 * Lists of one shape (issue 16): every GET that answers a JSON list answers `{ data, nextCursor }`, never a
 * bare array, so a client pages every list the same way. Walks the API's own OpenAPI document.
 */
describe('lists of one shape', () => {
  let app: NestFastifyApplication;
  const config = testConfig();

  beforeAll(async () => {
    app = await createHttpApp({ module: NothingMore, imports: [ApiModule.forRoot(config)] }, config, {
      openApi: true,
    });
  });
  afterAll(() => app.close());

  it('has no GET whose 200 answer is a bare JSON array', async () => {
    const doc = await request(app.getHttpServer()).get('/api/openapi.json');
    expect(doc.status).toBe(200);
    const paths = doc.body.paths as Record<string, Record<string, Operation>>;
    const bare: string[] = [];
    let lists = 0;
    for (const [path, operations] of Object.entries(paths)) {
      const schema = operations.get?.responses?.['200']?.content?.['application/json']?.schema;
      if (!schema) continue;
      if (schema.type === 'array') bare.push(path);
      if (schema.$ref?.endsWith('PageDto')) lists++;
    }
    // The walk did see the paged lists (a document without them would prove nothing).
    expect(lists).toBeGreaterThan(5);
    expect(bare).toEqual([]);
  });
});
