import { defineJob, NOTICE_JOB } from '@jazari/queue';

declare module '@jazari/queue' {
  interface JobCatalog {
    'identity.invitation_created': { invitationId: string };
  }
}

/** Emitted with every invitation: its handler puts it on record and notifications e-mails the link. */
export const invitationCreatedJob = defineJob('identity.invitation_created', NOTICE_JOB);
