import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { testConfig } from '@jazari/testing';
import request from 'supertest';

/**
 * Issue 16, point 7: every error the server sends is `application/problem+json`, including those Fastify
 * and Node answer before a route runs (bad percent-encoding, an over-long path parameter or request line,
 * a body too large, malformed JSON, an unsupported media type).
 */
describe('every error is a problem document', () => {
  let api: NestFastifyApplication;
  beforeAll(async () => {
    api = await createApi(testConfig());
  });
  afterAll(() => api?.close());
  const server = () => request(api.getHttpServer());

  function expectProblem(res: request.Response, status: number, slug: string): void {
    expect({ status: res.status, type: res.headers['content-type'] }).toEqual({
      status,
      type: expect.stringMatching(/^application\/problem\+json/),
    });
    const body = (res.body instanceof Buffer ? JSON.parse(res.text) : res.body) as Record<string, unknown>;
    expect(body).toMatchObject({ type: `https://jazari.ma/problems/${slug}`, status });
    expect(typeof body.title).toBe('string');
  }

  it.each([
    ['bad percent-encoding', 'post', '/api/v1/conventions/%zz/terminate', 400, 'bad-request'],
    ['an undecodable path parameter', 'get', '/api/v1/projects/%ED%A0%80', 400, 'bad-request'],
    ['a path parameter over 100 characters', 'get', `/api/v1/projects/${'a'.repeat(150)}`, 404, 'not-found'],
    [
      'an over-long request line',
      'get',
      `/api/v1/projects?q=${'a'.repeat(20_000)}`,
      431,
      'request-header-fields-too-large',
    ],
  ] as const)('answers %s with a problem', async (_name, method, url, status, slug) => {
    const res = await server()[method](url).buffer(true);
    expectProblem(res, status, slug);
  });

  it('answers a body too large, malformed JSON and an unsupported media type with a problem', async () => {
    const big = { email: 'a@b.ma', password: 'x'.repeat(2 * 1024 * 1024) };
    expectProblem(await server().post('/api/v1/auth/login').send(big), 413, 'payload-too-large');
    expectProblem(
      await server().post('/api/v1/auth/login').set('content-type', 'application/json').send('{"email":'),
      400,
      'bad-request',
    );
    expectProblem(
      await server().post('/api/v1/auth/login').set('content-type', 'application/x-yaml').send('email: a'),
      415,
      'unsupported-media-type',
    );
  });
});
