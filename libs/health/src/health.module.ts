import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { AuditLogModule } from '@jazari/audit';
import { OperationsController } from './operations.controller.js';
import { OperationsService } from './operations.service.js';

/** `/health/live` and `/health/ready`, outside the API prefix, for orchestrators and load balancers. */
@Module({ controllers: [HealthController] })
export class HealthModule {}

/** The API's operators' routes (`/operations/*`, Root's network admins only). Not served by the worker. */
@Module({ imports: [AuditLogModule], controllers: [OperationsController], providers: [OperationsService] })
export class OperationsModule {}
