export { ROLES_BY_KIND, type Role } from '@jazari/access';
export { IdentityJobsModule, IdentityModule } from './identity.module.js';
export { deriveKey } from './auth/auth-keys.js';
export { invitationLink, invitationToken } from './invitations/invitation-link.js';
export { PasswordHasher } from './password.hasher.js';
export { LoginThrottle } from './auth/login-throttle.js';
export { passwordResetLink, passwordResetToken } from './password-reset/password-reset-link.js';
