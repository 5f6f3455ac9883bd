import { defineJob, NOTICE_JOB } from '@jazari/queue';

declare module '@jazari/queue' {
  interface JobCatalog {
    /** The signers of a step are asked to sign (on send, and when the step before completes). */
    'conventions.signature_requested': { conventionId: string; step: number; signerIds: string[] };
    /** The last signature made the convention active; every party is told. */
    'conventions.activated': { conventionId: string; partyTenantIds: string[] };
    /** A signer declined: the flow stopped. */
    'conventions.declined': { conventionId: string; signerId: string; partyTenantIds: string[] };
  }
}

export const signatureRequestedJob = defineJob('conventions.signature_requested', NOTICE_JOB);
export const conventionActivatedJob = defineJob('conventions.activated', NOTICE_JOB);
export const conventionDeclinedJob = defineJob('conventions.declined', NOTICE_JOB);
