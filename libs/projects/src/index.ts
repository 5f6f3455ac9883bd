export * from './project-access.js';
export * from './project-history.js';
export { PROJECT_TYPES, type ProjectType } from './projects/project.types.js';
export { PROJECT_TRANSITIONS, STATUS_ACTIONS, type StatusAction } from './projects/project-workflow.js';
export { projectListStatement } from './projects/project-list.repository.js';
export type { ProjectFilter, ProjectVisibility } from './projects/project.types.js';
export { ProjectsModule } from './projects.module.js';
export { BeneficiaryService } from './beneficiaries/beneficiary.service.js';
export { ProjectBeneficiaryService } from './beneficiaries/project-beneficiary.service.js';
export {
  BENEFICIARY_SIZES,
  SUPPORT_KINDS,
  type Beneficiary,
  type BeneficiarySize,
  type BeneficiarySupport,
  type ProjectBeneficiary,
  type SupportKind,
} from './beneficiaries/beneficiary.types.js';
export {
  DELIVERABLE_KINDS,
  DELIVERABLE_STATUSES,
  DELIVERABLE_TRANSITIONS,
  type DeliverableKind,
  type DeliverableStatus,
} from './deliverables/deliverable-workflow.js';
export { ALLOWED_UPLOAD_TYPES } from './deliverables/upload-content.js';
// The network calendar moved to @jazari/config (beside the Clock).
export { evidenceWithdrawnJob, type EvidenceWithdrawn } from './evidence/evidence-withdrawn.jobs.js';
