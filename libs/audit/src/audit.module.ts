import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { AuditLog } from './audit-log.service.js';
import { AuditRepository } from './audit.repository.js';

/**
 * `AuditLog` alone, for the contexts whose changes are audited, in the API and in the worker alike
 * (importing it serves no route).
 */
@Module({ providers: [AuditRepository, AuditLog], exports: [AuditLog] })
export class AuditLogModule {}

/** The audit log's routes, `GET /audit/events` and `GET /audit/verify`: the API imports this one. */
@Module({ imports: [AuditLogModule], controllers: [AuditController], exports: [AuditLogModule] })
export class AuditModule {}
