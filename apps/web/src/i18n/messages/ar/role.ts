import type { Translation } from '../catalog';
import type { role as source } from '../fr/role';

export const role: Translation<typeof source> = {
  network_admin: 'مسؤول الشبكة',
  ministry_analyst: 'محلل بالوزارة',
  institute_manager: 'مدير المعهد',
  researcher: 'باحث',
  partner_admin: 'مسؤول الشريك',
  partner_member: 'عضو لدى الشريك',
};
