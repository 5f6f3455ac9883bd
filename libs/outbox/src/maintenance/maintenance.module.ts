import { Module } from '@nestjs/common';
import { PruneHandler } from './prune.handler.js';
import { ReclaimHandler } from './reclaim.handler.js';

/** The worker's housekeeping jobs (scheduled by the JobSchedulerHost from their schedules). */
@Module({ providers: [PruneHandler, ReclaimHandler], exports: [PruneHandler, ReclaimHandler] })
export class MaintenanceModule {}
