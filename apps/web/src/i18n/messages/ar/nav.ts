import type { Translation } from '../catalog';
import type { nav as source } from '../fr/nav';

export const nav: Translation<typeof source> = {
  home: 'الرئيسية',
  national: 'لوحة القيادة الوطنية',
  dashboard: 'لوحة القيادة',
  projects: 'المشاريع',
  resources: 'الموارد المشتركة',
  allocations: 'تخصيصاتي',
  workshops: 'الورشات',
  conventions: 'الاتفاقيات',
  reports: 'التقارير',
  inbox: 'الإشعارات',
  admin: 'الإدارة',
  'admin.members': 'الأعضاء',
  'admin.invitations': 'الدعوات',
  'admin.sso': 'الدخول الموحّد',
  'admin.apiKeys': 'مفاتيح الواجهة البرمجية',
  'admin.webhooks': 'خطافات الويب',
  'admin.tenants': 'مؤسسات الشبكة',
  'admin.reference': 'البيانات المرجعية',
};
