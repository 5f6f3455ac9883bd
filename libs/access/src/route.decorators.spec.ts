import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { Controller, Module } from '@nestjs/common';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants.js';
import { ApiProperty, type OpenAPIObject } from '@nestjs/swagger';
import { previewOpenApiDocument } from '@jazari/http';
import { ACCESS_METADATA, OUTSIDE_UNIT_OF_WORK } from './access.decorators.js';
import { ActionRoute, ReadRoute, UploadRoute } from './route.decorators.js';

class ThingDto {
  @ApiProperty() id!: string;
}

const ID = { name: 'id', format: 'uuid' } as const;
const IF_MATCH = { name: 'If-Match', required: false, description: 'The ETag you read' } as const;

@Controller('things')
class ThingController {
  @ReadRoute({ path: ':id', permission: 'projects.read', summary: 'One thing', params: [ID], ok: ThingDto })
  get(): void {}

  @ActionRoute({
    method: 'post',
    path: ':id/close',
    status: 200,
    permission: 'projects.update',
    summary: 'open → closed',
    params: [ID],
    ifMatch: IF_MATCH,
    ok: ThingDto,
    problems: { 409: '`illegal-transition`' },
  })
  close(): void {}

  @UploadRoute({
    path: ':id/file',
    permission: 'projects.update',
    summary: 'A file',
    consumes: ['application/pdf'],
  })
  upload(): void {}

  @ActionRoute({ method: 'post', path: 'hello', permission: 'public', summary: 'Public', created: ThingDto })
  hello(): void {}
}

/** A handler function, where Nest keeps a route's metadata. */
const handler = (name: keyof ThingController): object =>
  Object.getOwnPropertyDescriptor(ThingController.prototype, name)!.value as object;

@Module({ controllers: [ThingController] })
class ThingModule {}

describe('route decorators', () => {
  let document: OpenAPIObject;
  beforeAll(async () => {
    document = await previewOpenApiDocument(ThingModule);
  });
  const op = (p: string, method: 'get' | 'post') => document.paths[`/api/v1/things${p}`][method]!;

  it('route the method and path, with the status asked', () => {
    expect(Object.keys(document.paths).sort()).toEqual([
      '/api/v1/things/hello',
      '/api/v1/things/{id}',
      '/api/v1/things/{id}/close',
      '/api/v1/things/{id}/file',
    ]);
    expect(Object.keys(op('/{id}/close', 'post').responses)).toContain('200');
    expect(Object.keys(op('/hello', 'post').responses)).toContain('201');
  });

  it('carry the permission, or none for a public route', () => {
    expect(Reflect.getMetadata(ACCESS_METADATA, handler('close'))).toEqual({
      public: false,
      action: 'projects.update',
    });
    expect(Reflect.getMetadata(ACCESS_METADATA, handler('hello'))).toEqual({ public: true });
    expect(op('/{id}', 'get').security).toEqual([{ bearer: [] }]);
    expect(op('/hello', 'post').security).toBeUndefined();
  });

  it('document the operation, its parameters and its success', () => {
    const get = op('/{id}', 'get');
    expect(get.summary).toBe('One thing');
    expect(get.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path' })]);
    expect(get.responses['200']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingDto' } } },
    });
  });

  it('document If-Match and the 412 a stale ETag gets', () => {
    const close = op('/{id}/close', 'post');
    expect(close.parameters).toContainEqual(expect.objectContaining({ name: 'If-Match', in: 'header' }));
    expect(close.responses['412']).toMatchObject({
      description: expect.stringContaining('precondition-failed'),
      content: { 'application/problem+json': expect.anything() },
    });
    expect(close.responses['409']).toMatchObject({ description: '`illegal-transition`' });
  });

  it('make an upload a raw body streamed outside the unit of work, refused as too large or of a wrong type', () => {
    const upload = op('/{id}/file', 'post');
    expect(upload.requestBody).toMatchObject({
      content: { 'application/pdf': { schema: { format: 'binary' } } },
    });
    expect(Object.keys(upload.responses)).toEqual(expect.arrayContaining(['413', '415']));
    expect(Reflect.getMetadata(OUTSIDE_UNIT_OF_WORK, handler('upload'))).toBe(true);
    expect(Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler('upload'))).toEqual({
      rawUpload: true,
    });
  });
});

describe('controllers', () => {
  const libs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const controllers = readdirSync(libs, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.controller.ts'))
    .map((file) => path.join(libs, file));

  it('declare each route with one composed decorator, not a hand-written stack', () => {
    expect(controllers.length).toBeGreaterThan(40);
    const stacks = controllers.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${path.relative(libs, file)}:${i + 1}` }))
        .filter(({ line }) =>
          /^\s{2}@(Get|Post|Patch|Put|Delete|RequirePermission|Public|ApiOperation)\(/.test(line),
        )
        .map(({ at, line }) => `${at} ${line.trim()}`),
    );
    expect(stacks).toEqual([]);
  });
});
