import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pinoHttp } from 'pino-http';
import { requestLogOptions } from './logger.module.js';

/** A real server logging through the API's request-log options into memory. */
describe('request logs', () => {
  const lines: Record<string, unknown>[] = [];
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n')) {
          if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
        }
        done();
      },
    });
    const log = pinoHttp(requestLogOptions({ logLevel: 'info', logPretty: false }, 'api'), sink);
    server = createServer((req, res) => {
      log(req, res);
      res.setHeader('set-cookie', 'refresh=secret-refresh-token; HttpOnly');
      res.setHeader('content-type', 'application/json');
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const lineOf = async (path: string, headers: Record<string, string>) => {
    const before = lines.length;
    await (await fetch(`${url}${path}`, { headers })).text();
    for (let i = 0; i < 100 && lines.length === before; i++) await new Promise((r) => setTimeout(r, 10));
    return lines[lines.length - 1] as {
      service: string;
      msg: string;
      req: { url: string; headers: Record<string, string> };
      res: { statusCode: number; headers: Record<string, string> };
    };
  };

  it('logs each request once it is answered, with its credentials censored', async () => {
    const line = await lineOf('/api/v1/members?limit=50', {
      authorization: 'Bearer secret-access-token',
      cookie: 'refresh=secret-refresh-token',
      'x-api-key': 'jzk_secret-api-key',
      'user-agent': 'logs-spec',
    });
    expect(line.service).toBe('api');
    expect(line.msg).toBe('request completed');
    expect(line.req.url).toBe('/api/v1/members?limit=50');
    expect(line.req.headers).toMatchObject({
      authorization: '[redacted]',
      cookie: '[redacted]',
      'x-api-key': '[redacted]',
      'user-agent': 'logs-spec',
    });
    expect(line.res.statusCode).toBe(200);
    expect(line.res.headers).toMatchObject({
      'set-cookie': '[redacted]',
      'content-type': 'application/json',
    });
    expect(JSON.stringify(line)).not.toMatch(/secret/);
  });

  it('adds no header a request did not send', async () => {
    const line = await lineOf('/api/v1/projects', { 'user-agent': 'logs-spec' });
    expect(line.req.headers).not.toHaveProperty('authorization');
    expect(line.req.headers).not.toHaveProperty('x-api-key');
  });

  it('does not log the health probes', async () => {
    const before = lines.length;
    await (await fetch(`${url}/health/live`)).text();
    await lineOf('/api/v1/after-health', {});
    expect(lines.slice(before).map((l) => (l.req as { url: string }).url)).toEqual(['/api/v1/after-health']);
  });
});
