import 'reflect-metadata';
import { runEntryPoint } from '@jazari/config';
import { startWorker } from './worker.bootstrap.js';

await runEntryPoint('worker', async (config) => {
  const app = await startWorker(config);
  // SIGTERM closes the app: workers finish their running jobs and take no new ones.
  app.enableShutdownHooks();
  return `Worker running; health on ${await app.getUrl()}/health/ready`;
});
