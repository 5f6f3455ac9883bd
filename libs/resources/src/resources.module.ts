import { Module } from '@nestjs/common';

/** The resources context's routes and services (API). */
@Module({})
export class ResourcesModule {}

/** The resources context's job handlers and schedules (worker). */
@Module({})
export class ResourcesJobsModule {}
