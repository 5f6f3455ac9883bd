/**
 * The Node.js flags the API process runs with, wherever it runs: `docker/entrypoint.sh`, `npm run
 * start:api`, `npm start` (scripts/start.ts) and the benchmarks' servers (bench/lib/processes.ts).
 * `node-flags.spec.ts` checks the first two say the same.
 *
 * - `--enable-source-maps`: stack traces in logs point at the TypeScript sources.
 * - `--max-semi-space-size=64` (MB, V8's default is 16): a larger young generation. Under load each
 *   in-flight request keeps its objects alive across V8's minor collections, which then copy them; with
 *   room for four times as many allocations between collections, most of a request's objects are dead by
 *   the next one. The API's garbage-collection share of its CPU fell from 12.6% to 8.4% and from 13.0% to
 *   10.4% in two runs under `bench:overhead`'s load (ADR 0030). The young generation grows to it only under allocation pressure: up to
 *   about 100 MB more memory than the default at full load.
 */
export const API_NODE_FLAGS: readonly string[] = ['--enable-source-maps', '--max-semi-space-size=64'];
