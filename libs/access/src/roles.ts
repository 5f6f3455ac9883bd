import type { TenantKind } from '@jazari/database';

/** The roles a membership can give, per tenant kind. */
export const ROLES_BY_KIND = {
  root: ['network_admin', 'ministry_analyst'],
  institute: ['institute_manager', 'researcher'],
  partner: ['partner_admin', 'partner_member'],
} as const satisfies Record<TenantKind, readonly string[]>;

export type Role = (typeof ROLES_BY_KIND)[TenantKind][number];
