import { Module } from '@nestjs/common';
import { PruneHandler } from './prune.handler.js';

/** The worker's housekeeping jobs (scheduled by the JobSchedulerHost from their schedules). */
@Module({ providers: [PruneHandler], exports: [PruneHandler] })
export class MaintenanceModule {}
