import 'reflect-metadata';
import { exitWithin, runEntryPoint } from '@jazari/config';
import { startApi } from './api.bootstrap.js';

await runEntryPoint('api', async (config) => {
  const app = await startApi(config);
  // SIGTERM closes the app: the server stops accepting, answers the requests it has, and the process
  // exits within SHUTDOWN_TIMEOUT_MS even if Redis or PostgreSQL does not answer.
  app.enableShutdownHooks();
  exitWithin('api', config.shutdownTimeoutMs);
  return `API listening on ${await app.getUrl()}`;
});
