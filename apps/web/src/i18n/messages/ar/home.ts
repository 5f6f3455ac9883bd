import type { Translation } from '../catalog';
import type { home as source } from '../fr/home';

export const home: Translation<typeof source> = {
  title: 'مرحبًا {name}',
  'late.title': 'متأخر',
  'late.none': 'لا شيء متأخر: كل المراحل والمخرجات في موعدها.',
  'late.all': 'عرض المشاريع المتأخرة',
  'late.milestone': 'مرحلة',
  'late.deliverable': 'مُخرَج',
  'late.days':
    '{count, plural, zero {لا تأخير} one {متأخر بيوم واحد} two {متأخر بيومين} few {متأخر بـ# أيام} many {متأخر بـ# يومًا} other {متأخر بـ# يوم}}',
  'reviews.title': 'مخرجات للمراجعة',
  'reviews.none': 'لا يوجد مُخرَج في انتظار مراجعتكم.',
  'reviews.waiting':
    '{count, plural, zero {قُدّم اليوم} one {في الانتظار منذ يوم واحد} two {في الانتظار منذ يومين} few {في الانتظار منذ # أيام} many {في الانتظار منذ # يومًا} other {في الانتظار منذ # يوم}}',
  'allocations.title': 'تخصيصات تنتهي خلال {days} يومًا',
  'allocations.none': 'لا يوجد تخصيص ينتهي قريبًا.',
  'allocations.all': 'كل تخصيصاتي',
  'allocations.endsOn': 'حتى {date}',
  'allocations.used': 'المستعمل {percent}',
  'unread.title': 'إشعارات غير مقروءة',
  'unread.none': 'قرأتم كل شيء.',
  'unread.all': 'كل الإشعارات',
  'sign.title': 'للتوقيع',
  'sign.all': 'كل الاتفاقيات التي تنتظر توقيعك',
};
