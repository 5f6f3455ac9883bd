import { defineJob, NOTICE_JOB } from '@jazari/queue';

/**
 * A deliverable or milestone that may be a convention obligation's evidence stopped counting: an
 * accepted deliverable was rejected, a done milestone was undone or removed. Conventions reopens the
 * obligations met with it (and their people are told); projects does not know about obligations.
 */
export interface EvidenceWithdrawn {
  readonly kind: 'deliverable' | 'milestone';
  readonly tenantId: string;
  readonly id: string;
}

export const evidenceWithdrawnJob = defineJob<EvidenceWithdrawn>('projects.evidence_withdrawn', NOTICE_JOB);
