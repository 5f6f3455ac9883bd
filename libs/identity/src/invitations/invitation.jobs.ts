import { defineJob, NOTICE_JOB } from '@jazari/queue';

export interface InvitationCreated {
  readonly invitationId: string;
}

/** Emitted with every invitation: notifications puts it on record and e-mails the link. */
export const invitationCreatedJob = defineJob<InvitationCreated>('identity.invitation_created', NOTICE_JOB);
