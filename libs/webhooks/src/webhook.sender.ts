import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { checkUrlShape, resolveAllowed, type ResolvedAddress } from './webhook-url.js';

export const WEBHOOK_USER_AGENT = 'Jazari-Webhooks/1 (+https://jazari.ma)';
const ERROR_MAX = 500;

export interface WebhookRequest {
  readonly url: string;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** One attempt's outcome: `ok` for a 2xx answer; anything else is a failure with its reason. */
export interface WebhookOutcome {
  readonly ok: boolean;
  readonly statusCode: number | null;
  readonly latencyMs: number;
  readonly error: string | null;
}

/**
 * A lookup that answers only the addresses already checked, so the connection goes where the check
 * looked (with `all`, Node's happy-eyeballs tries each of them; otherwise the first).
 */
export function pinnedLookup(targets: readonly ResolvedAddress[]): LookupFunction {
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all)
      callback(
        null,
        targets.map((t) => ({ address: t.address, family: t.family })),
      );
    else callback(null, targets[0].address, targets[0].family);
  }) as unknown as LookupFunction;
}

/**
 * POSTs one webhook. The URL is checked again here (the rules of docs/notifications.md#ssrf-rules), its
 * host resolved and every address checked, and the connection made to the checked address: no DNS
 * rebinding between the check and the connect. Redirects are never followed (a 3xx is a failure).
 */
@Injectable()
export class WebhookSender {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(request: WebhookRequest): Promise<WebhookOutcome> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const shape = checkUrlShape(request.url, this.config.env);
    if (!shape.url || shape.refusal) return failure(null, elapsed(), `Refused: ${shape.refusal}`);
    const resolved = await resolveAllowed(shape.url, this.config.env);
    if (!resolved.targets) return failure(null, elapsed(), `Refused: ${resolved.refusal}`);
    const url = shape.url;
    const timeoutMs = this.config.webhooks.timeoutMs;
    const client = url.protocol === 'https:' ? https : http;
    return new Promise<WebhookOutcome>((resolve) => {
      let settled = false;
      const settle = (outcome: WebhookOutcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(outcome);
      };
      const req = client.request(
        url,
        {
          method: 'POST',
          headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) },
          lookup: pinnedLookup(resolved.targets!),
          agent: false,
        },
        (res) => {
          const status = res.statusCode ?? 0;
          // The answer's body is not kept; reading it to the end lets the latency include it.
          res.resume();
          res.on('error', (error) => settle(failure(status, elapsed(), error.message)));
          res.on('end', () => {
            if (status >= 200 && status < 300)
              settle({ ok: true, statusCode: status, latencyMs: elapsed(), error: null });
            else if (status >= 300 && status < 400) {
              const location = res.headers.location ?? '(none)';
              settle(failure(status, elapsed(), `Redirect (HTTP ${status}) to ${location} not followed`));
            } else settle(failure(status, elapsed(), `HTTP ${status}`));
          });
        },
      );
      const timer = setTimeout(() => {
        settle(failure(null, elapsed(), `Timed out after ${timeoutMs} ms`));
        req.destroy();
      }, timeoutMs);
      req.on('error', (error) => settle(failure(null, elapsed(), error.message || String(error))));
      req.end(request.body);
    });
  }
}

function failure(statusCode: number | null, latencyMs: number, error: string): WebhookOutcome {
  return { ok: false, statusCode, latencyMs, error: error.slice(0, ERROR_MAX) };
}
