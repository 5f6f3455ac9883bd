// @jazari-isolated-modules: this file declares DTO classes of its own, which class-validator (loaded once per
// worker, in Node's realm) would not take for objects (`instanceof Object`) (test/support/native-runtime.cjs).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Body, Controller, HttpCode, Module, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Public } from '@jazari/access';
import { ApiModule } from '@jazari/api';
import { createHttpApp } from '@jazari/http';
import { testConfig } from '@jazari/testing';
import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsString, Max, Min, MinLength, ValidateNested } from 'class-validator';
import request from 'supertest';

// A route that exists only in this suite, to exercise the global pipe and filter with a real body.
class MilestoneInput {
  @IsString() @MinLength(3) title!: string;
}
class ProbeInput {
  @IsEmail() email!: string;
  @IsInt() @Min(1) @Max(10) count!: number;
  @ValidateNested() @Type(() => MilestoneInput) milestone!: MilestoneInput;
}
@Public()
@Controller('probes')
class ProbeController {
  @Post()
  @HttpCode(201)
  create(@Body() input: ProbeInput): { email: string; count: number } {
    return { email: input.email, count: input.count };
  }
  @Post('crash')
  crash(): never {
    throw new Error('secret internal detail at /srv/app/db.ts:42');
  }
}
@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('HTTP conventions', () => {
  let app: NestFastifyApplication;
  const config = testConfig();

  beforeAll(async () => {
    app = await createHttpApp({ module: ProbeModule, imports: [ApiModule.forRoot(config)] }, config, {
      openApi: true,
    });
  });
  afterAll(() => app.close());

  const http = () => request(app.getHttpServer());
  // The English wording is asserted below: ask for it (problems are in French by default).
  const en = { 'accept-language': 'en' };

  it('answers an unknown route with a 404 problem', async () => {
    const res = await http().get('/api/v1/no-such-thing').set(en);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: 'https://jazari.ma/problems/not-found',
      title: 'Not found',
      status: 404,
      instance: '/api/v1/no-such-thing',
    });
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it('answers a validation error with a 400 problem listing each field', async () => {
    const res = await http()
      .post('/api/v1/probes')
      .set(en)
      .send({ email: 'not-an-email', count: 11, milestone: { title: 'x' } });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.type).toBe('https://jazari.ma/problems/validation-failed');
    const fields = Object.fromEntries(
      (res.body.errors as { field: string; messages: string[] }[]).map((e) => [e.field, e.messages]),
    );
    expect(Object.keys(fields).sort()).toEqual(['count', 'email', 'milestone.title']);
    expect(fields.email).toEqual(['email must be an email']);
    expect(fields['milestone.title']).toEqual(['title must be longer than or equal to 3 characters']);
  });

  it('rejects an unknown body field instead of ignoring it', async () => {
    const res = await http()
      .post('/api/v1/probes')
      .set(en)
      .send({ email: 'a@b.ma', count: 2, milestone: { title: 'kick-off' }, tenantId: 'f'.repeat(8) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'tenantId', messages: ['property tenantId should not exist'] },
    ]);
  });

  it('accepts a valid body', async () => {
    const res = await http()
      .post('/api/v1/probes')
      .send({ email: 'a@b.ma', count: 2, milestone: { title: 'kick-off' } });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ email: 'a@b.ma', count: 2 });
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const res = await http().post('/api/v1/probes').set('content-type', 'application/json').send('{"email":');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('hides the cause of a crash behind a 500 problem', async () => {
    const res = await http().post('/api/v1/probes/crash');
    expect(res.status).toBe(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'https://jazari.ma/problems/internal-error', status: 500 });
    expect(JSON.stringify(res.body)).not.toMatch(/secret|db\.ts|stack/);
  });

  it('keeps a caller-supplied request id and makes one otherwise', async () => {
    const given = await http().get('/health/live').set('x-request-id', 'trace-1234-abcd');
    expect(given.headers['x-request-id']).toBe('trace-1234-abcd');
    const made = await http().get('/health/live');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI document and its UI', async () => {
    const doc = await http().get('/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/health/ready', '/api/v1/probes']));
    const ui = await http().get('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });

  it('sends security headers', async () => {
    const res = await http().get('/health/live');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
