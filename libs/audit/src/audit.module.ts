import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { AuditLog } from './audit-log.service.js';
import { AuditRepository } from './audit.repository.js';

/**
 * The audit log: `AuditLog` for the contexts whose changes are audited, and `GET /audit/events` and
 * `GET /audit/verify`. API-side, like the identity and network modules; if the worker ever records
 * entries, give it a module with the providers only, so it does not serve these routes.
 */
@Module({ controllers: [AuditController], providers: [AuditRepository, AuditLog], exports: [AuditLog] })
export class AuditModule {}
