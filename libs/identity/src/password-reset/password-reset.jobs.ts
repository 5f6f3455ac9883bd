import { defineJob, NOTICE_JOB } from '@jazari/queue';

declare module '@jazari/queue' {
  interface JobCatalog {
    'identity.password_reset_requested': { resetId: string };
    'identity.password_reset_completed': { resetId: string };
    'identity.password_changed': { userId: string };
  }
}

/** Emitted with each reset link: notifications e-mails the link (derived again from the ids) to the person. */
export const passwordResetRequestedJob = defineJob('identity.password_reset_requested', NOTICE_JOB);
/** Emitted when a link was used: notifications tells the person their password was changed. */
export const passwordResetCompletedJob = defineJob('identity.password_reset_completed', NOTICE_JOB);
/** Emitted when a signed-in person changes their password: notifications tells them it happened. */
export const passwordChangedJob = defineJob('identity.password_changed', NOTICE_JOB);
