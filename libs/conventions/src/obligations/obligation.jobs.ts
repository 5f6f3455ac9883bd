import { defineJob, NOTICE_JOB } from '@jazari/queue';

/** A party marked an obligation met: the owner's managers are told. */
export interface ObligationMet {
  readonly conventionId: string;
  readonly obligationId: string;
}
/**
 * The evidence an obligation was met with stopped counting (a deliverable's acceptance withdrawn, a
 * milestone undone or removed): it is open again. The owner's managers and the responsible party's
 * admins are told.
 */
export interface ObligationReopened {
  readonly conventionId: string;
  readonly obligationId: string;
  readonly responsibleTenantId: string;
}

export const obligationMetJob = defineJob<ObligationMet>('conventions.obligation_met', NOTICE_JOB);
export const obligationReopenedJob = defineJob<ObligationReopened>(
  'conventions.obligation_reopened',
  NOTICE_JOB,
);
