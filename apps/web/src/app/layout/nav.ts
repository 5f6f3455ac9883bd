import type { Permission } from '../../features/identity/me';
import type { MessageKey } from '../../i18n/messages/fr';

export interface NavItem {
  readonly to: string;
  readonly label: MessageKey;
  readonly icon:
    | 'home'
    | 'national'
    | 'projects'
    | 'resources'
    | 'allocations'
    | 'workshops'
    | 'conventions'
    | 'reports'
    | 'inbox'
    | 'admin';
  /** Shown when the session has this permission (and, if given, is of one of these tenant kinds). */
  readonly permission?: Permission;
  readonly kinds?: readonly ('root' | 'institute' | 'partner')[];
  readonly end?: boolean;
}

/** The places of the app, in the order people reach for them. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', icon: 'home', end: true },
  {
    to: '/dashboards/national',
    label: 'nav.national',
    icon: 'national',
    permission: 'dashboards.national',
    kinds: ['root'],
  },
  {
    to: '/dashboard',
    label: 'nav.dashboard',
    icon: 'national',
    permission: 'dashboards.read',
    kinds: ['institute', 'partner'],
  },
  { to: '/projects', label: 'nav.projects', icon: 'projects', permission: 'projects.read' },
  { to: '/resources', label: 'nav.resources', icon: 'resources', permission: 'resources.read' },
  {
    to: '/allocations',
    label: 'nav.allocations',
    icon: 'allocations',
    permission: 'resources.read',
    kinds: ['root', 'institute'],
  },
  { to: '/workshops', label: 'nav.workshops', icon: 'workshops', permission: 'workshops.read' },
  { to: '/conventions', label: 'nav.conventions', icon: 'conventions', permission: 'conventions.read' },
  { to: '/reports', label: 'nav.reports', icon: 'reports', permission: 'reports.read' },
  { to: '/inbox', label: 'nav.inbox', icon: 'inbox' },
];

export const ADMIN_ITEMS: readonly NavItem[] = [
  { to: '/admin/members', label: 'nav.admin.members', icon: 'admin', permission: 'members.read' },
  { to: '/admin/invitations', label: 'nav.admin.invitations', icon: 'admin', permission: 'invitations.read' },
  { to: '/admin/api-keys', label: 'nav.admin.apiKeys', icon: 'admin', permission: 'api_keys.read' },
  { to: '/admin/sso', label: 'nav.admin.sso', icon: 'admin', permission: 'sso.manage' },
  { to: '/admin/webhooks', label: 'nav.admin.webhooks', icon: 'admin', permission: 'webhooks.read' },
  {
    to: '/admin/tenants',
    label: 'nav.admin.tenants',
    icon: 'admin',
    permission: 'tenants.read',
    kinds: ['root'],
  },
  {
    to: '/admin/reference',
    label: 'nav.admin.reference',
    icon: 'admin',
    permission: 'reference.manage',
    kinds: ['root'],
  },
];
