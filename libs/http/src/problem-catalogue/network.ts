// Network: tenants, the directory, reference data.
import { t, type Catalogue, type TemplateCatalogue } from './translation.js';

export const NETWORK_PHRASES: Catalogue = {
  // Network.
  'No directory entry has this id': t(
    'Aucune fiche de l’annuaire n’a cet identifiant',
    'لا توجد بطاقة في الدليل بهذا المعرّف',
  ),
  'No tenant has this id': t('Aucune organisation n’a cet identifiant', 'لا توجد مؤسسة بهذا المعرّف'),
  'Only Root administers tenants': t('Seul Root administre les organisations', 'لا يدير المؤسسات إلا Root'),
  'Slug already taken': t('Identifiant déjà pris', 'المعرّف مستخدم بالفعل'),
  'Unknown region': t('Région inconnue', 'جهة غير معروفة'),
  'An institute needs a region and a city': t(
    'Un institut a besoin d’une région et d’une ville',
    'يحتاج المعهد إلى جهة ومدينة',
  ),
  'Root cannot be suspended': t('Root ne peut pas être suspendu', 'لا يمكن تعليق Root'),
  'Suspending Root would lock every administrator out of the network': t(
    'Suspendre Root priverait tous les administrateurs de l’accès au réseau',
    'تعليق Root سيمنع جميع المسؤولين من الوصول إلى الشبكة',
  ),
  'Code already taken': t('Code déjà pris', 'الرمز مستخدم بالفعل'),
};

export const NETWORK_TEMPLATES: TemplateCatalogue = {
  // Network.
  'Another tenant already uses the slug "{slug}"': t(
    'Une autre organisation utilise déjà l’identifiant « {slug} »',
    'مؤسسة أخرى تستخدم المعرّف "{slug}" بالفعل',
  ),
  'No region has the code "{code}"': t('Aucune région n’a le code « {code} »', 'لا توجد جهة بالرمز "{code}"'),
  'An institute cannot be left without {missing}': t(
    'Un institut ne peut pas rester sans {missing}',
    'لا يمكن ترك المعهد دون {missing}',
  ),
  'No national priority has the code "{code}"': t(
    'Aucune priorité nationale n’a le code « {code} »',
    'لا توجد أولوية وطنية بالرمز "{code}"',
  ),
  'No thematic domain has the code "{code}"': t(
    'Aucun domaine thématique n’a le code « {code} »',
    'لا يوجد مجال موضوعي بالرمز "{code}"',
  ),
  '"{code}" is already used (codes are never reused, even once deactivated)': t(
    '« {code} » est déjà utilisé (un code n’est jamais réutilisé, même désactivé)',
    '"{code}" مستخدم بالفعل (لا يُعاد استخدام الرموز أبدًا، حتى بعد تعطيلها)',
  ),
  'Only Root {what}': t('Seul Root {what}', 'لا يحقّ إلا لـRoot {what}'),
};
