import type { Translation } from '../catalog';
import type { nav as source } from '../fr/nav';

export const nav: Translation<typeof source> = {
  home: 'Home',
  national: 'National dashboard',
  dashboard: 'Dashboard',
  projects: 'Projects',
  resources: 'Shared resources',
  allocations: 'My allocations',
  workshops: 'Workshops',
  conventions: 'Conventions',
  reports: 'Reports',
  inbox: 'Notifications',
  admin: 'Administration',
  'admin.members': 'Members',
  'admin.invitations': 'Invitations',
  'admin.sso': 'Single sign-on',
  'admin.apiKeys': 'API keys',
  'admin.webhooks': 'Webhooks',
  'admin.tenants': 'Network organisations',
  'admin.reference': 'Reference data',
};
