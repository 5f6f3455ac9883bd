import { defineJob, NOTICE_JOB } from '@jazari/queue';

/** The signers of a step are asked to sign (on send, and when the step before completes). */
export interface SignatureRequested {
  readonly conventionId: string;
  readonly step: number;
  readonly signerIds: string[];
}
/** The last signature made the convention active; every party is told. */
export interface ConventionActivated {
  readonly conventionId: string;
  readonly partyTenantIds: string[];
}
/** A signer declined: the flow stopped. */
export interface ConventionDeclined {
  readonly conventionId: string;
  readonly signerId: string;
  readonly partyTenantIds: string[];
}

export const signatureRequestedJob = defineJob<SignatureRequested>(
  'conventions.signature_requested',
  NOTICE_JOB,
);
export const conventionActivatedJob = defineJob<ConventionActivated>('conventions.activated', NOTICE_JOB);
export const conventionDeclinedJob = defineJob<ConventionDeclined>('conventions.declined', NOTICE_JOB);
