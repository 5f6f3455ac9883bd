import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig, NodeEnv } from '@jazari/config';
import { WebhookSender } from './webhook.sender.js';

function sender(env: NodeEnv, timeoutMs = 300): WebhookSender {
  return new WebhookSender({
    env,
    webhooks: { timeoutMs, retryBaseMs: 50, signingSecret: 'x' },
  } as AppConfig);
}

describe('WebhookSender', () => {
  const hits: string[] = [];
  let server: Server;
  let port: number;

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/slow') return void setTimeout(() => res.end('late'), 2_000).unref();
      if (req.url === '/moved') {
        res.writeHead(301, { location: `http://127.0.0.1:${port}/ok` });
        return void res.end();
      }
      res.writeHead(req.url === '/ok' ? 204 : 500);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const post = (s: WebhookSender, url: string) => s.send({ url, body: '{}', headers: {} });

  it('posts to loopback outside production, a host name included (connecting to the checked address)', async () => {
    expect(await post(sender('test'), `http://127.0.0.1:${port}/ok`)).toMatchObject({
      ok: true,
      statusCode: 204,
      error: null,
    });
    // `localhost` may resolve to ::1 first; the server listens on 127.0.0.1 only: both were checked.
    const byName = await post(sender('development'), `http://localhost:${port}/ok`);
    expect(byName).toMatchObject({ ok: true, statusCode: 204 });
  });

  it('counts a non-2xx as a failure and never follows a redirect', async () => {
    expect(await post(sender('test'), `http://127.0.0.1:${port}/boom`)).toMatchObject({
      ok: false,
      statusCode: 500,
      error: 'HTTP 500',
    });
    const before = hits.filter((h) => h === '/ok').length;
    const moved = await post(sender('test'), `http://127.0.0.1:${port}/moved`);
    expect(moved).toMatchObject({ ok: false, statusCode: 301 });
    expect(moved.error).toBe(`Redirect (HTTP 301) to http://127.0.0.1:${port}/ok not followed`);
    expect(hits.filter((h) => h === '/ok').length).toBe(before);
  });

  it('gives up after the timeout', async () => {
    const slow = await post(sender('test', 150), `http://127.0.0.1:${port}/slow`);
    expect(slow).toMatchObject({ ok: false, statusCode: null, error: 'Timed out after 150 ms' });
    expect(slow.latencyMs).toBeLessThan(1_500);
  });

  it('refuses private targets in production without connecting', async () => {
    const count = hits.length;
    const refused = await post(sender('production'), `https://127.0.0.1:${port}/ok`);
    expect(refused).toMatchObject({ ok: false, statusCode: null });
    expect(refused.error).toMatch(/^Refused: .*private/);
    const byName = await post(sender('production'), `https://localhost:${port}/ok`);
    expect(byName.error).toMatch(/^Refused: The host resolves to .*private/);
    expect(await post(sender('production'), `http://example.com/`)).toMatchObject({
      error: 'Refused: The URL must use https.',
    });
    expect(hits.length).toBe(count);
  });
});
