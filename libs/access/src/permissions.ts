import type { TenantKind } from '@jazari/database';
import { ROLES_BY_KIND, type Role } from './roles.js';

/**
 * Every action a route can require. A route names exactly one; an action missing from a role's list
 * below is denied, so a new action is closed until someone grants it on purpose.
 */
export const ACTIONS = [
  'profile.read',
  'profile.update',
  'reference.read',
  'sessions.manage',
  'tenants.read',
  'tenants.manage',
  'tenants.invite',
  'members.read',
  'members.manage',
  'invitations.read',
  'invitations.manage',
  'api_keys.read',
  'api_keys.manage',
  'sso.manage',
  'audit.read',
  'audit.verify',
  'reference.manage',
  'directory.manage',
  'projects.read',
  'projects.create',
  'projects.update',
  'projects.manage',
  'deliverables.review',
  'beneficiaries.read',
  'conventions.read',
  'conventions.manage',
  'conventions.sign',
  'obligations.update',
  'operations.read',
  'operations.manage',
  'webhooks.read',
  'webhooks.manage',
  'resources.read',
  'resources.request',
  'resources.manage',
  'resources.approve_large',
  'resources.usage.record',
  'workshops.read',
  'workshops.register',
  'workshops.manage',
  'dashboards.national',
  'dashboards.read',
  'reports.read',
  'reports.request',
  'reports.schedule',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Actions that only a person may take: an API key never carries them, whoever creates it. */
export const PERSONAL_ACTIONS: ReadonlySet<Action> = new Set<Action>([
  'profile.read',
  'profile.update',
  'sessions.manage',
  'api_keys.manage',
  'members.manage',
  'invitations.manage',
  'tenants.manage',
  'tenants.invite',
  // A signature is a person's act, with their password: never an API key's.
  'conventions.sign',
  'webhooks.manage',
  'operations.manage',
  'workshops.register',
  // A client secret is written, and who may sign in is decided: a person's act.
  'sso.manage',
]);

const EVERYONE: readonly Action[] = [
  'profile.read',
  'profile.update',
  'sessions.manage',
  'reference.read',
  'members.read',
  // Root reads every project; an institute reads its own; a partner the ones it takes part in (RLS).
  'projects.read',
  'beneficiaries.read',
  // Conventions: a tenant reads those it owns or is a party to (RLS); a person signs where named a signer.
  'conventions.read',
  'conventions.sign',
  // Shared resources: the catalogue visible to the tenant (RLS + visibility); any member may ask.
  'resources.read',
  'resources.request',
  // Workshops: those the tenant organises or is in the audience of; a person registers themself.
  'workshops.read',
  'workshops.register',
];
const TENANT_ADMIN: readonly Action[] = [
  ...EVERYONE,
  'members.manage',
  'invitations.read',
  'invitations.manage',
  'api_keys.read',
  'api_keys.manage',
  'sso.manage',
  'audit.read',
  'audit.verify',
  'directory.manage',
  'obligations.update',
  'webhooks.read',
  'webhooks.manage',
  'workshops.manage',
];

/** The permission map: role → actions. The only place a permission is granted. */
export const PERMISSIONS: Readonly<Record<Role, readonly Action[]>> = {
  network_admin: [
    ...TENANT_ADMIN,
    'tenants.read',
    'tenants.manage',
    'tenants.invite',
    'reference.manage',
    'conventions.manage',
    'operations.read',
    'operations.manage',
    'resources.manage',
    'resources.approve_large',
    'resources.usage.record',
    'dashboards.national',
    'dashboards.read',
    'reports.read',
    'reports.request',
    'reports.schedule',
  ],
  // Ministry staff read the national dashboard and ask for (and schedule) the reports sent upward.
  ministry_analyst: [
    ...EVERYONE,
    'tenants.read',
    'audit.read',
    'dashboards.national',
    'dashboards.read',
    'reports.read',
    'reports.request',
    'reports.schedule',
  ],
  // Projects: the manager controls the institute's projects; a researcher edits the ones they are on
  // (checked against the team in the service), and reads the rest of the institute's.
  institute_manager: [
    ...TENANT_ADMIN,
    'projects.create',
    'projects.update',
    'projects.manage',
    'deliverables.review',
    'conventions.manage',
    'resources.manage',
    'resources.usage.record',
    'dashboards.read',
    'reports.read',
    'reports.request',
    'reports.schedule',
  ],
  researcher: [...EVERYONE, 'projects.update'],
  partner_admin: [...TENANT_ADMIN, 'dashboards.read', 'reports.read', 'reports.request'],
  partner_member: EVERYONE,
};

/** One set per role, made once: every authenticated request asks for its role's (ADR 0030). */
const PERMISSION_SETS = new Map<Role, ReadonlySet<Action>>();

export function permissionsOf(role: Role): ReadonlySet<Action> {
  let permissions = PERMISSION_SETS.get(role);
  if (!permissions) {
    permissions = frozenSet(PERMISSIONS[role]);
    PERMISSION_SETS.set(role, permissions);
  }
  return permissions;
}

/** A Set whose add/delete/clear throw: it is shared by every actor of the role. */
function frozenSet<T>(values: readonly T[]): ReadonlySet<T> {
  const set = new Set(values);
  const refuse = (): never => {
    throw new TypeError("A role's permissions are read-only");
  };
  return Object.freeze(Object.assign(set, { add: refuse, delete: refuse, clear: refuse }));
}

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

export function isRoleOf(kind: TenantKind, role: string): role is Role {
  return (ROLES_BY_KIND[kind] as readonly string[]).includes(role);
}

/** Roles a tenant's own admins may invite, and roles Root may invite into another tenant. */
export function invitableRoles(kind: TenantKind, byRoot: boolean): readonly Role[] {
  if (!byRoot) return ROLES_BY_KIND[kind];
  return kind === 'institute' ? ['institute_manager'] : kind === 'partner' ? ['partner_admin'] : [];
}
