import { defineJob } from '@jazari/queue';

declare module '@jazari/queue' {
  interface JobCatalog {
    /** A party marked an obligation met: the owner's managers are told. */
    'conventions.obligation_met': { conventionId: string; obligationId: string };
  }
}

export const obligationMetJob = defineJob('conventions.obligation_met', {
  queue: 'notifications',
  version: 1,
  attempts: 10,
  backoff: { type: 'exponential', delay: 1_000 },
});
