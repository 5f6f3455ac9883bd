import { SetMetadata } from '@nestjs/common';
import type { JobName } from './job-catalog.js';

export const JOB_HANDLER = 'jazari:job-handler';

/** Marks a provider method as THE handler of a job; boot fails if a job has none or two. */
export const JobHandler = (name: JobName): MethodDecorator => SetMetadata(JOB_HANDLER, name);
