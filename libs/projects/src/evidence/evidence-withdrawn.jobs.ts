import { defineJob, NOTICE_JOB } from '@jazari/queue';

declare module '@jazari/queue' {
  interface JobCatalog {
    /**
     * Project work that may be a convention obligation's evidence stopped counting: a done milestone was
     * undone or removed (an accepted deliverable is final, so only milestones do). Conventions reopens the
     * obligations met with it (and their people are told); projects does not know about obligations.
     */
    'projects.evidence_withdrawn': { kind: 'milestone'; tenantId: string; id: string };
  }
}

export const evidenceWithdrawnJob = defineJob('projects.evidence_withdrawn', NOTICE_JOB);
