import type { Translation } from '../catalog';
import type { role as source } from '../fr/role';

export const role: Translation<typeof source> = {
  network_admin: 'network administrator',
  ministry_analyst: 'ministry analyst',
  institute_manager: 'institute manager',
  researcher: 'researcher',
  partner_admin: 'partner administrator',
  partner_member: 'partner member',
};
