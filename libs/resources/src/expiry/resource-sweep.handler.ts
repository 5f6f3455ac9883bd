import { Injectable } from '@nestjs/common';
import { JobHandler } from '@jazari/queue';
import { ResourceSweepService } from './resource-sweep.service.js';
import '../shared/resource.jobs.js';

/** The scheduled sweep's handler: a system job, run with no tenant (the service scopes each step). */
@Injectable()
export class ResourceSweepHandler {
  constructor(private readonly sweeps: ResourceSweepService) {}

  @JobHandler('resources.sweep')
  async handle(): Promise<void> {
    await this.sweeps.sweep();
  }
}
