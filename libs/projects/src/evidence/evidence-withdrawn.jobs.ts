import { defineJob, NOTICE_JOB } from '@jazari/queue';

declare module '@jazari/queue' {
  interface JobCatalog {
    /**
     * A deliverable or milestone that may be a convention obligation's evidence stopped counting: an
     * accepted deliverable was rejected, a done milestone was undone or removed. Conventions reopens the
     * obligations met with it (and their people are told); projects does not know about obligations.
     */
    'projects.evidence_withdrawn': { kind: 'deliverable' | 'milestone'; tenantId: string; id: string };
  }
}

export const evidenceWithdrawnJob = defineJob('projects.evidence_withdrawn', NOTICE_JOB);
