import type { Translation } from '../catalog';
import type { profile as source } from '../fr/profile';

export const profile: Translation<typeof source> = {
  title: 'My profile',
  'identity.title': 'Identity and language',
  'identity.email': 'E-mail address',
  'identity.displayName': 'Display name',
  'identity.nameRequired': 'Enter the name others see you by.',
  'identity.language': 'Language',
  'identity.languageHelp': 'The language of Jazari and of your e-mails.',
  'identity.saved': 'Profile saved',
  'password.title': 'Password',
  'password.intro':
    'Changing your password ends all your other sessions, in all your organisations: only this one stays open.',
  'password.current': 'Current password',
  'password.new': 'New password',
  'password.confirm': 'Confirm the new password',
  'password.rule': 'At least {min} characters; a sentence you remember easily works well.',
  'password.currentRequired': 'Enter your current password.',
  'password.tooShort': 'The password must have at least {min} characters.',
  'password.same': 'The new password must differ from the current one.',
  'password.mismatch': 'The two passwords do not match.',
  'password.submit': 'Change password',
  'password.changed': 'Password changed',
  'password.ended':
    '{count, plural, =0 {Password changed. No other session was open.} one {Password changed. # other session was ended: sign in again on that device.} other {Password changed. # other sessions were ended: sign in again on those devices.}}',
  'memberships.title': 'My organisations',
  'memberships.intro':
    '{count, plural, one {You are a member of one organisation of the network.} other {You are a member of # organisations of the network; each session works in one of them.}}',
  'memberships.tenant': 'Organisation',
  'memberships.kind': 'Type',
  'memberships.role': 'Role',
  'memberships.current': 'Current session',
  'memberships.suspended': 'Suspended',
  'memberships.switch': 'Work here',
  'memberships.switchFailed': 'Switching organisation failed. Try again.',
  'kind.root': 'Jazari Root',
  'kind.institute': 'Institute',
  'kind.partner': 'Partner',
};
