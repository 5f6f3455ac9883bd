export { ConventionsModule } from './conventions.module.js';
export {
  ConventionAccess,
  conventionNotFound,
  ownerScope,
  type ConventionScope,
} from './convention-access.js';
export {
  allowedTransitions,
  assertTransition,
  CONVENTION_TRANSITIONS,
  illegalTransition,
  isLegalTransition,
} from './conventions/convention-workflow.js';
export {
  CONVENTION_STATUSES,
  CONVENTION_TYPES,
  type ConventionStatus,
  type ConventionType,
} from './convention.types.js';
export { currentDocument, type ConventionDocumentRow } from './documents/current-document.js';
export {
  EvidenceChain,
  type AppendedEvidence,
  type EvidenceEventInput,
  type EvidenceEventType,
} from './evidence/evidence-chain.js';
export { EvidenceService } from './evidence/evidence.service.js';
export { ObligationService } from './obligations/obligation.service.js';
export * from './evidence/evidence-verifier.js';
export { ConventionSchedulesModule } from './reminders/convention-schedules.module.js';
export { ConventionSweepService, type SweepResult } from './reminders/convention-sweep.service.js';
export { EXPIRY_NOTICE_DAYS } from './reminders/expiry.rules.js';
export { ownerCode } from './conventions/convention.rules.js';
export { loadEvidenceSigningKey } from './evidence/evidence-key.js';
export {
  conventionActivatedJob,
  conventionDeclinedJob,
  signatureRequestedJob,
  type ConventionActivated,
  type ConventionDeclined,
  type SignatureRequested,
} from './signing/signing.jobs.js';
export {
  conventionExpiredJob,
  conventionExpiringJob,
  signatureReminderJob,
  type ConventionExpired,
  type ConventionExpiring,
  type ExpiryReason,
  type SignatureReminder,
} from './reminders/convention-schedule.jobs.js';
export {
  obligationMetJob,
  obligationReopenedJob,
  type ObligationMet,
  type ObligationReopened,
} from './obligations/obligation.jobs.js';
