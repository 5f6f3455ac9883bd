// Reports.
import { t, type Catalogue } from './translation.js';

export const REPORTS_PHRASES: Catalogue = {
  // Reports.
  'A national report is for Root staff who read the national dashboard.': t(
    'Un rapport national est réservé au personnel de Root qui lit le tableau de bord national.',
    'التقرير الوطني مخصص لفريق Root الذي يطّلع على لوحة المتابعة الوطنية.',
  ),
  'The report is not ready': t('Le rapport n’est pas prêt', 'التقرير غير جاهز'),
  'Only a failed report is retried': t('Seul un rapport en échec est relancé', 'لا يُعاد إلا التقرير الفاشل'),
  'The report has expired': t('Le rapport a expiré', 'انتهت صلاحية التقرير'),
  'Its download period is over: request the report again.': t(
    'Sa période de téléchargement est terminée : demandez à nouveau le rapport.',
    'انتهت فترة تنزيله: اطلب التقرير من جديد.',
  ),
  "The report's file cannot be found in storage": t(
    'Le fichier du rapport est introuvable dans le stockage',
    'تعذّر العثور على ملف التقرير في التخزين',
  ),
  'The report is recorded but its file is missing; request it again.': t(
    'Le rapport est enregistré mais son fichier manque ; demandez-le à nouveau.',
    'التقرير مسجَّل لكن ملفه مفقود؛ اطلبه من جديد.',
  ),
  'This download link is not valid': t(
    'Ce lien de téléchargement n’est pas valide',
    'رابط التنزيل هذا غير صالح',
  ),
  "Open the report's page and download it from there.": t(
    'Ouvrez la page du rapport et téléchargez-le depuis celle-ci.',
    'افتح صفحة التقرير ونزّله منها.',
  ),
  'This download link has expired': t('Ce lien de téléchargement a expiré', 'انتهت صلاحية رابط التنزيل هذا'),
  "A download link works for a few minutes: open the report's page and download it again.": t(
    'Un lien de téléchargement n’est valable que quelques minutes : ouvrez la page du rapport et téléchargez-le à nouveau.',
    'لا يعمل رابط التنزيل إلا بضع دقائق: افتح صفحة التقرير ونزّله من جديد.',
  ),
};
