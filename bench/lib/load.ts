import autocannon from 'autocannon';

export interface LoadResult {
  readonly label: string;
  readonly requests: number;
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly non2xx: number;
  /** The server's CPU time per request over the measured run (µs), when its process can be read. */
  readonly cpuUsPerRequest?: number;
}

/** Drives `url` with `connections` keep-alive connections for `seconds`, after a warm-up not counted. */
export async function load(
  label: string,
  url: string,
  options: {
    connections: number;
    seconds: number;
    warmUpSeconds: number;
    /**
     * At least this many requests in the warm-up (more after the seconds if needed): on a busy machine a
     * slower server would otherwise be measured before its code is optimised (V8 compiles the hot paths
     * after enough calls, not after enough seconds).
     */
    warmUpRequests?: number;
    headers?: Record<string, string>;
    /** The server process's CPU time so far (ms), to report its CPU time per request. */
    cpuMs?: () => number | undefined;
  },
): Promise<LoadResult> {
  const run = (duration: number, amount?: number) =>
    autocannon({
      url,
      connections: options.connections,
      duration,
      ...(amount ? { amount } : {}),
      headers: options.headers ?? {},
    });
  if (options.warmUpSeconds > 0) {
    const warmUp = await run(options.warmUpSeconds);
    const missing = (options.warmUpRequests ?? 0) - warmUp.requests.total;
    // autocannon refuses an amount below its connection count: top up by at least one request each.
    if (missing > 0) await run(0, Math.max(missing, options.connections));
  }
  const cpuBefore = options.cpuMs?.();
  const result = await run(options.seconds);
  const cpuAfter = options.cpuMs?.();
  const cpuUsPerRequest =
    cpuBefore !== undefined && cpuAfter !== undefined && result.requests.total > 0
      ? ((cpuAfter - cpuBefore) * 1000) / result.requests.total
      : undefined;
  return {
    label,
    requests: result.requests.total,
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    cpuUsPerRequest,
  };
}

export function formatResults(results: readonly LoadResult[]): string {
  const lines = [
    '| server | requests | req/s | p50 | p99 | errors | non-2xx | server CPU per request |',
    '|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.label} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50Ms} ms | ${r.p99Ms} ms | ${r.errors} | ${r.non2xx} | ${
          r.cpuUsPerRequest === undefined ? '—' : `${r.cpuUsPerRequest.toFixed(0)} µs`
        } |`,
    ),
  ];
  return lines.join('\n');
}
