import 'reflect-metadata';
import { runEntryPoint } from '@jazari/config';
import { startApi } from './api.bootstrap.js';

await runEntryPoint('api', async (config) => {
  const app = await startApi(config);
  // SIGTERM closes the app: workers finish their running jobs and take no new ones.
  app.enableShutdownHooks();
  return `API listening on ${await app.getUrl()}`;
});
