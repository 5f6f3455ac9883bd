import type { AppConfig } from '@jazari/config';
import { createHttpApp } from '@jazari/http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiModule, type ApiModuleOptions } from './api.module.js';

/** The API application, initialised but not listening (tests drive it through supertest). */
export function createApi(config: AppConfig, options?: ApiModuleOptions): Promise<NestFastifyApplication> {
  return createHttpApp(ApiModule.forRoot(config, options), config, { openApi: true, webApp: true });
}

export async function startApi(config: AppConfig): Promise<NestFastifyApplication> {
  const app = await createApi(config);
  await app.listen({ port: config.port, host: config.host });
  return app;
}
