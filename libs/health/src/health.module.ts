import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';

/** `/health/live` and `/health/ready`, outside the API prefix, for orchestrators and load balancers. */
@Module({ controllers: [HealthController] })
export class HealthModule {}
