import { defineJob, NOTICE_JOB } from '@jazari/queue';

export interface PasswordResetRequested {
  readonly resetId: string;
}
export interface PasswordResetCompleted {
  readonly resetId: string;
}
export interface PasswordChanged {
  readonly userId: string;
}

/** Emitted with each reset link: notifications e-mails the link (derived again from the ids) to the person. */
export const passwordResetRequestedJob = defineJob<PasswordResetRequested>(
  'identity.password_reset_requested',
  NOTICE_JOB,
);
/** Emitted when a link was used: notifications tells the person their password was changed. */
export const passwordResetCompletedJob = defineJob<PasswordResetCompleted>(
  'identity.password_reset_completed',
  NOTICE_JOB,
);
/** Emitted when a signed-in person changes their password: notifications tells them it happened. */
export const passwordChangedJob = defineJob<PasswordChanged>('identity.password_changed', NOTICE_JOB);
