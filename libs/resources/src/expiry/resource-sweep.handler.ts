import { Injectable } from '@nestjs/common';
import { JobHandler } from '@jazari/queue';
import { ResourceSweepService } from './resource-sweep.service.js';
import { resourceSweepJob } from '../resource.jobs.js';

/** The scheduled sweep's handler: a system job, run with no tenant (the service scopes each step). */
@Injectable()
export class ResourceSweepHandler {
  constructor(private readonly sweeps: ResourceSweepService) {}

  @JobHandler(resourceSweepJob)
  async handle(): Promise<void> {
    await this.sweeps.sweep();
  }
}
