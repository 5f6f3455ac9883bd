import { Module } from '@nestjs/common';
import { AuditLogModule } from '@jazari/audit';
import { RawUploadModule } from '@jazari/http';
import { OutboxModule } from '@jazari/outbox';
import { StorageModule } from '@jazari/storage';
import { BeneficiaryMismatchRepository } from './beneficiaries/beneficiary-mismatch.repository.js';
import { BeneficiaryController } from './beneficiaries/beneficiary.controller.js';
import { BeneficiaryRepository } from './beneficiaries/beneficiary.repository.js';
import { BeneficiaryService } from './beneficiaries/beneficiary.service.js';
import { ProjectBeneficiaryController } from './beneficiaries/project-beneficiary.controller.js';
import { ProjectBeneficiaryRepository } from './beneficiaries/project-beneficiary.repository.js';
import { ProjectBeneficiaryService } from './beneficiaries/project-beneficiary.service.js';
import { ProjectAccess } from './project-access.js';
import { ProjectHistory } from './project-history.js';
import { ProjectListRepository } from './projects/project-list.repository.js';
import { ProjectManagementController } from './projects/project-management.controller.js';
import { ProjectManagementService } from './projects/project-management.service.js';
import { ProjectQueryService } from './projects/project-query.service.js';
import { ProjectReferenceCheck } from './projects/project-reference.check.js';
import { ProjectReferenceRepository } from './projects/project-reference.repository.js';
import { ProjectController } from './projects/project.controller.js';
import { ProjectLoader } from './projects/project.loader.js';
import { ProjectRepository } from './projects/project.repository.js';
import { ProjectService } from './projects/project.service.js';
import { AttentionController } from './attention/attention.controller.js';
import { AttentionRepository } from './attention/attention.repository.js';
import { AttentionService } from './attention/attention.service.js';
import { DeliverableFileController } from './deliverables/deliverable-file.controller.js';
import { DeliverableFileRepository } from './deliverables/deliverable-file.repository.js';
import { DeliverableFileService } from './deliverables/deliverable-file.service.js';
import { DeliverableController } from './deliverables/deliverable.controller.js';
import { DeliverableRepository } from './deliverables/deliverable.repository.js';
import { DeliverableService } from './deliverables/deliverable.service.js';
import { EvaluationController } from './deliverables/evaluation.controller.js';
import { EvaluationRepository } from './deliverables/evaluation.repository.js';
import { EvaluationService } from './deliverables/evaluation.service.js';
import { KpiController } from './kpis/kpi.controller.js';
import { KpiRepository } from './kpis/kpi.repository.js';
import { KpiService } from './kpis/kpi.service.js';
import { MilestoneController } from './milestones/milestone.controller.js';
import { MilestoneRepository } from './milestones/milestone.repository.js';
import { MilestoneService } from './milestones/milestone.service.js';
import { StatusReportController } from './reports/status-report.controller.js';
import { StatusReportRepository } from './reports/status-report.repository.js';
import { StatusReportService } from './reports/status-report.service.js';

/**
 * Projects of the institutes: the projects themselves, their milestones, deliverables and files, KPIs,
 * status reports and beneficiaries. Controllers and providers are listed here, one line each.
 */
@Module({
  imports: [AuditLogModule, OutboxModule, StorageModule, RawUploadModule],
  controllers: [
    ProjectController,
    ProjectManagementController,
    BeneficiaryController,
    ProjectBeneficiaryController,
    AttentionController,
    MilestoneController,
    DeliverableController,
    DeliverableFileController,
    EvaluationController,
    KpiController,
    StatusReportController,
  ],
  providers: [
    ProjectAccess,
    ProjectHistory,
    ProjectRepository,
    ProjectListRepository,
    ProjectReferenceRepository,
    ProjectReferenceCheck,
    ProjectLoader,
    ProjectService,
    ProjectManagementService,
    ProjectQueryService,
    BeneficiaryRepository,
    ProjectBeneficiaryRepository,
    BeneficiaryMismatchRepository,
    BeneficiaryService,
    ProjectBeneficiaryService,
    MilestoneRepository,
    MilestoneService,
    DeliverableRepository,
    DeliverableService,
    DeliverableFileRepository,
    DeliverableFileService,
    EvaluationRepository,
    EvaluationService,
    KpiRepository,
    KpiService,
    StatusReportRepository,
    StatusReportService,
    AttentionRepository,
    AttentionService,
  ],
  exports: [ProjectAccess, ProjectHistory],
})
export class ProjectsModule {}
