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
import { JobHandlerRegistry } from './job-handler.registry.js';
import { JobSchedulerHost } from './job-scheduler.host.js';
import { QueueOperations } from './queue.operations.js';
import { QueueProducer } from './queue.producer.js';
import { createQueueConnection, type QueueConnection } from './queue-connection.js';
import { JOB_RUNNER, QUEUE_CONNECTION } from './queue.tokens.js';
import { WORKER_HOST_OPTIONS, WorkerHost, type JobRunner, type WorkerHostOptions } from './worker.host.js';

const producerConnection: Provider = {
  provide: QUEUE_CONNECTION,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): QueueConnection => createQueueConnection(config),
};

/** Producer side: every process that enqueues or reports queue health. */
@Global()
@Module({
  providers: [producerConnection, QueueProducer, QueueOperations],
  exports: [QUEUE_CONNECTION, QueueProducer, QueueOperations],
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
