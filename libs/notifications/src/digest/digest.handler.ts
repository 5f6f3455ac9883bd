import { Injectable } from '@nestjs/common';
import { JobHandler } from '@jazari/queue';
import { DigestService } from './digest.service.js';
import { digestJob } from './digest.jobs.js';

/** The scheduled digest run: a system job with no tenant (the service scopes each step). */
@Injectable()
export class DigestHandler {
  constructor(private readonly digests: DigestService) {}

  @JobHandler(digestJob)
  async handle(): Promise<void> {
    await this.digests.run();
  }
}
