import { type DynamicModule, Module } from '@nestjs/common';
import { QueueModule } from '@jazari/queue';
import { OutboxJobRunner } from './outbox-job.runner.js';
import { OutboxRelay } from './outbox.relay.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxService } from './outbox.service.js';

/** Writing events (every process that changes data). */
@Module({ providers: [OutboxRepository, OutboxService], exports: [OutboxService, OutboxRepository] })
export class OutboxModule {
  /** The worker side: the relay, and BullMQ workers whose jobs run through the idempotent runner. */
  static worker(options: { concurrency: number }): DynamicModule {
    return {
      module: OutboxWorkerModule,
      imports: [OutboxModule, QueueModule.worker(OutboxJobRunner, options, [OutboxModule])],
      providers: [OutboxRelay],
      exports: [OutboxRelay],
    };
  }
}

@Module({})
export class OutboxWorkerModule {}
