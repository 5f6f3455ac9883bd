import { Module } from '@nestjs/common';
import { AuditModule } from '@jazari/audit';
import { OutboxModule } from '@jazari/outbox';
import { ProjectAccess } from './project-access.js';
import { ProjectHistory } from './project-history.js';

/**
 * Projects of the institutes: the projects themselves, their milestones, deliverables and files, KPIs,
 * status reports and beneficiaries. Controllers and providers are listed here, one line each.
 */
@Module({
  imports: [AuditModule, OutboxModule],
  controllers: [],
  providers: [ProjectAccess, ProjectHistory],
  exports: [ProjectAccess, ProjectHistory],
})
export class ProjectsModule {}
