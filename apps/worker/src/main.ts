import 'reflect-metadata';
import { exitWithin, runEntryPoint } from '@jazari/config';
import { startWorker } from './worker.bootstrap.js';

await runEntryPoint('worker', async (config) => {
  const app = await startWorker(config);
  // SIGTERM closes the app: workers finish their running jobs and take no new ones, within
  // SHUTDOWN_TIMEOUT_MS; what still runs then is re-run by another worker once its lock expires.
  app.enableShutdownHooks();
  exitWithin('worker', config.shutdownTimeoutMs);
  return `Worker running; health on ${await app.getUrl()}/health/ready`;
});
