import { Module } from '@nestjs/common';

/** The workshops context's routes and services (API). */
@Module({})
export class WorkshopsModule {}

/** The workshops context's job handlers and schedules (worker). */
@Module({})
export class WorkshopsJobsModule {}
