import { defineJob, NOTICE_JOB } from '@jazari/queue';

declare module '@jazari/queue' {
  interface JobCatalog {
    /** A party marked an obligation met: the owner's managers are told. */
    'conventions.obligation_met': { conventionId: string; obligationId: string };
    /**
     * The evidence an obligation was met with stopped counting (a deliverable's acceptance withdrawn, a
     * milestone undone or removed): it is open again. The owner's managers and the responsible party's
     * admins are told.
     */
    'conventions.obligation_reopened': {
      conventionId: string;
      obligationId: string;
      responsibleTenantId: string;
    };
  }
}

export const obligationMetJob = defineJob('conventions.obligation_met', NOTICE_JOB);
export const obligationReopenedJob = defineJob('conventions.obligation_reopened', NOTICE_JOB);
