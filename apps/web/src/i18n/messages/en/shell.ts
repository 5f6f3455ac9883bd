import type { Translation } from '../catalog';
import type { shell as source } from '../fr/shell';

export const shell: Translation<typeof source> = {
  skipToContent: 'Skip to content',
  menu: 'Menu',
  navigation: 'Main navigation',
  homeLink: 'Jazari, home',
  switchTenant: 'Switch organisation',
  switchTenantFrom: '{tenant} — switch organisation',
  switchFailed: 'Switching organisation failed. Try again.',
  language: 'Language: {language}',
  inbox:
    '{count, plural, =0 {Notifications, none unread} one {Notifications, # unread} other {Notifications, # unread}}',
  account: '{name}’s account',
  profile: 'My profile',
  notificationSettings: 'Notification preferences',
  signOut: 'Sign out',
  foreignTenant:
    'This link belongs to an organisation you are not a member of. You stay in your current organisation.',
};
