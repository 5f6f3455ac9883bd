import type { components } from '../../api/schema';
import type { Permission } from './me';

export type Role = components['schemas']['MemberDto']['role'];
export type TenantKind = 'root' | 'institute' | 'partner';

/** The roles of each kind of tenant, the administrator's first (as `ROLES_BY_KIND` in `@jazari/access`). */
export const ROLES_BY_KIND: Readonly<Record<TenantKind, readonly Role[]>> = {
  root: ['network_admin', 'ministry_analyst'],
  institute: ['institute_manager', 'researcher'],
  partner: ['partner_admin', 'partner_member'],
};

/** The role a tenant always keeps at least one of. */
export const ADMIN_ROLE: Readonly<Record<TenantKind, Role>> = {
  root: 'network_admin',
  institute: 'institute_manager',
  partner: 'partner_admin',
};

/**
 * Actions only a person may take (`PERSONAL_ACTIONS` in `@jazari/access`): an API key never carries them,
 * so the key form does not offer them (the API refuses them with `permission-not-delegable` anyway).
 */
export const PERSONAL_ACTIONS: ReadonlySet<Permission> = new Set<Permission>([
  'profile.read',
  'profile.update',
  'sessions.manage',
  'api_keys.manage',
  'members.manage',
  'invitations.manage',
  'tenants.manage',
  'tenants.invite',
  'conventions.sign',
  'webhooks.manage',
  'operations.manage',
  'workshops.register',
  'sso.manage',
]);
