export { ROLES_BY_KIND, type Role } from '@jazari/access';
export { IdentityJobsModule, IdentityModule } from './identity.module.js';
export { IdentityNoticeLinks } from './invitations/identity-notice-links.js';
export { invitationCreatedJob, type InvitationCreated } from './invitations/invitation.jobs.js';
export {
  passwordChangedJob,
  passwordResetCompletedJob,
  passwordResetRequestedJob,
  type PasswordChanged,
  type PasswordResetCompleted,
  type PasswordResetRequested,
} from './password-reset/password-reset.jobs.js';
export { deriveKey } from './auth/auth-keys.js';
export { invitationLink, invitationToken } from './invitations/invitation-link.js';
export { PasswordHasher, type PasswordHashCost } from './password.hasher.js';
export { LoginThrottle } from './auth/login-throttle.js';
export { passwordResetLink, passwordResetToken } from './password-reset/password-reset-link.js';
export { SecondFactorModule } from './second-factor/second-factor.module.js';
export { SecondFactorSettingsService } from './second-factor/second-factor-settings.service.js';
export type { FactorMethod, FactorProof, ProvenFactor } from './second-factor/second-factor.service.js';
export { PasskeyAssertionDto } from './second-factor/passkey.dto.js';
