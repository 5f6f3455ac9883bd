// Runs once per `npm test`, before any suite: starts or finds PostgreSQL and Redis and migrates a fresh
// database. It imports the compiled scripts (npm test builds first): Jest's global setup runs outside
// its module system, where TypeScript path aliases do not resolve.
import { startTestServices } from '../dist/scripts/lib/test-services.js';

export default async function globalSetup() {
  // Once per run: a run of two projects (`--selectProjects slow browser`) calls each project's global setup.
  if (globalThis.__jazariTestServices) return;
  const started = performance.now();
  const services = await startTestServices(
    { databaseUrl: process.env.TEST_DATABASE_URL, redisUrl: process.env.TEST_REDIS_URL },
    (line) => process.stderr.write(`[test services] ${line}\n`),
  );
  Object.assign(process.env, services.env);
  globalThis.__jazariTestServices = services;
  process.stderr.write(`[test services] ready in ${Math.round(performance.now() - started)} ms\n`);
}
