import type { Translation } from '../catalog';
import type { profile as source } from '../fr/profile';

export const profile: Translation<typeof source> = {
  title: 'ملفي الشخصي',
  'identity.title': 'الهوية واللغة',
  'identity.email': 'البريد الإلكتروني',
  'identity.displayName': 'الاسم المعروض',
  'identity.nameRequired': 'أدخل الاسم الذي يراك به الآخرون.',
  'identity.language': 'اللغة',
  'identity.languageHelp': 'لغة جزري ولغة رسائلك الإلكترونية.',
  'identity.saved': 'حُفظ الملف الشخصي',
  'password.title': 'كلمة المرور',
  'password.intro':
    'يؤدي تغيير كلمة المرور إلى إنهاء جميع جلساتك الأخرى في كل مؤسساتك، ولا تبقى مفتوحة إلا هذه الجلسة.',
  'password.current': 'كلمة المرور الحالية',
  'password.new': 'كلمة المرور الجديدة',
  'password.confirm': 'تأكيد كلمة المرور الجديدة',
  'password.rule': '{min} حرفًا على الأقل؛ وتصلح جملة يسهل تذكّرها.',
  'password.currentRequired': 'أدخل كلمة المرور الحالية.',
  'password.tooShort': 'يجب أن تتكوّن كلمة المرور من {min} حرفًا على الأقل.',
  'password.same': 'يجب أن تختلف كلمة المرور الجديدة عن الحالية.',
  'password.mismatch': 'كلمتا المرور غير متطابقتين.',
  'password.submit': 'تغيير كلمة المرور',
  'password.changed': 'تم تغيير كلمة المرور',
  'password.ended':
    '{count, plural, zero {تم تغيير كلمة المرور. لم تكن هناك جلسات أخرى مفتوحة.} one {تم تغيير كلمة المرور. أُنهيت جلسة أخرى: سجّل الدخول من جديد على ذلك الجهاز.} two {تم تغيير كلمة المرور. أُنهيت جلستان أخريان: سجّل الدخول من جديد على ذينك الجهازين.} few {تم تغيير كلمة المرور. أُنهيت # جلسات أخرى: سجّل الدخول من جديد على تلك الأجهزة.} many {تم تغيير كلمة المرور. أُنهيت # جلسة أخرى: سجّل الدخول من جديد على تلك الأجهزة.} other {تم تغيير كلمة المرور. أُنهيت # جلسة أخرى: سجّل الدخول من جديد على تلك الأجهزة.}}',
  'memberships.title': 'مؤسساتي',
  'memberships.intro':
    '{count, plural, zero {لست عضوًا في أي مؤسسة.} one {أنت عضو في مؤسسة واحدة من الشبكة.} two {أنت عضو في مؤسستين من الشبكة؛ تعمل كل جلسة في إحداهما.} few {أنت عضو في # مؤسسات من الشبكة؛ تعمل كل جلسة في إحداها.} many {أنت عضو في # مؤسسة من الشبكة؛ تعمل كل جلسة في إحداها.} other {أنت عضو في # مؤسسة من الشبكة؛ تعمل كل جلسة في إحداها.}}',
  'memberships.tenant': 'المؤسسة',
  'memberships.kind': 'النوع',
  'memberships.role': 'الدور',
  'memberships.current': 'الجلسة الحالية',
  'memberships.suspended': 'موقوفة',
  'memberships.switch': 'العمل هنا',
  'memberships.switchFailed': 'تعذّر تغيير المؤسسة. أعد المحاولة.',
  'kind.root': 'جزري المركز',
  'kind.institute': 'معهد',
  'kind.partner': 'شريك',
};
