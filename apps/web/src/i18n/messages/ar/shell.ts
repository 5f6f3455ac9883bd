import type { Translation } from '../catalog';
import type { shell as source } from '../fr/shell';

export const shell: Translation<typeof source> = {
  skipToContent: 'الانتقال إلى المحتوى',
  menu: 'القائمة',
  navigation: 'التنقل الرئيسي',
  homeLink: 'الجزري، الصفحة الرئيسية',
  switchTenant: 'تغيير المؤسسة',
  switchTenantFrom: '{tenant} — تغيير المؤسسة',
  switchFailed: 'تعذّر تغيير المؤسسة. أعيدوا المحاولة.',
  language: 'اللغة: {language}',
  inbox:
    '{count, plural, zero {الإشعارات، لا شيء غير مقروء} one {الإشعارات، إشعار واحد غير مقروء} two {الإشعارات، إشعاران غير مقروءين} few {الإشعارات، # إشعارات غير مقروءة} many {الإشعارات، # إشعارًا غير مقروء} other {الإشعارات، # إشعار غير مقروء}}',
  account: 'حساب {name}',
  profile: 'ملفي الشخصي',
  notificationSettings: 'تفضيلات الإشعارات',
  signOut: 'تسجيل الخروج',
  foreignTenant: 'يخص هذا الرابط مؤسسة لستم من أعضائها. ستبقون في مؤسستكم الحالية.',
};
