import { defineJob, NOTICE_JOB } from '@jazari/queue';

declare module '@jazari/queue' {
  interface JobCatalog {
    /** A party marked an obligation met: the owner's managers are told. */
    'conventions.obligation_met': { conventionId: string; obligationId: string };
  }
}

export const obligationMetJob = defineJob('conventions.obligation_met', NOTICE_JOB);
