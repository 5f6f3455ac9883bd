import { Injectable } from '@nestjs/common';
import { JobHandler } from '@jazari/queue';
import { ConventionSweepService } from './convention-sweep.service.js';
import { conventionSweepJob } from './convention-schedule.jobs.js';

/** The scheduled sweep's handler: a system job, run with no tenant (the service scopes each step). */
@Injectable()
export class ConventionSweepHandler {
  constructor(private readonly sweeps: ConventionSweepService) {}

  @JobHandler(conventionSweepJob)
  async handle(): Promise<void> {
    await this.sweeps.sweep();
  }
}
