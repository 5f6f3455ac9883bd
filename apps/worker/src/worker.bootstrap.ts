import type { AppConfig } from '@jazari/config';
import { createHttpApp } from '@jazari/http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { WorkerModule, type WorkerModuleOptions } from './worker.module.js';

export function createWorker(
  config: AppConfig,
  options?: WorkerModuleOptions,
): Promise<NestFastifyApplication> {
  return createHttpApp(WorkerModule.forRoot(config, options), config, { openApi: false });
}

export async function startWorker(
  config: AppConfig,
  options?: WorkerModuleOptions,
): Promise<NestFastifyApplication> {
  const app = await createWorker(config, options);
  await app.listen({ port: config.workerHealthPort, host: config.host });
  return app;
}
