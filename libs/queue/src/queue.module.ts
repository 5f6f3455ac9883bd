import {
  type DynamicModule,
  Global,
  Module,
  type ModuleMetadata,
  type Provider,
  type Type,
} from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import type { Redis } from 'ioredis';
import { JobHandlerRegistry } from './job-handler.registry.js';
import { JobSchedulerHost } from './job-scheduler.host.js';
import { QueueOperations } from './queue.operations.js';
import { QueueProducer } from './queue.producer.js';
import { JOB_RUNNER, REDIS_PRODUCER } from './queue.tokens.js';
import { createRedis } from './redis.js';
import { WORKER_HOST_OPTIONS, WorkerHost, type JobRunner, type WorkerHostOptions } from './worker.host.js';

const producerConnection: Provider = {
  provide: REDIS_PRODUCER,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): Redis => {
    if (!config.redis.url) throw new Error('REDIS_URL is not set');
    return createRedis(config.redis.url, 'producer');
  },
};

/** Producer side: every process that enqueues or reports queue health. */
@Global()
@Module({
  providers: [producerConnection, QueueProducer, QueueOperations],
  exports: [REDIS_PRODUCER, QueueProducer, QueueOperations],
})
export class QueueModule {
  /** Worker side: consumes the queues with the given runner (registered by the outbox library). */
  static worker(
    runner: Type<JobRunner>,
    options: WorkerHostOptions,
    runnerImports: ModuleMetadata['imports'] = [],
  ): DynamicModule {
    return {
      module: QueueWorkerModule,
      imports: [DiscoveryModule, ...runnerImports],
      providers: [
        JobHandlerRegistry,
        WorkerHost,
        JobSchedulerHost,
        { provide: JOB_RUNNER, useClass: runner },
        { provide: WORKER_HOST_OPTIONS, useValue: options },
      ],
      exports: [JobHandlerRegistry],
    };
  }
}

@Module({})
export class QueueWorkerModule {}
