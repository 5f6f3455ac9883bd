// Projects (with the deliverables, evaluations and workshop registration texts that share their wording).
import { t, type Catalogue, type TemplateCatalogue } from './translation.js';

export const PROJECTS_PHRASES: Catalogue = {
  // Projects.
  'No beneficiary has this id': t('Aucun bénéficiaire n’a cet identifiant', 'لا يوجد مستفيد بهذا المعرّف'),
  'This beneficiary is not linked to this project': t(
    'Ce bénéficiaire n’est pas lié à ce projet',
    'هذا المستفيد غير مرتبط بهذا المشروع',
  ),
  'Already a beneficiary of this project': t(
    'Déjà bénéficiaire de ce projet',
    'مستفيد من هذا المشروع بالفعل',
  ),
  'This company (same ICE) is already linked to this project; unlink it first to record another support': t(
    'Cette entreprise (même ICE) est déjà liée à ce projet ; détachez-la d’abord pour enregistrer un autre soutien',
    'هذه الشركة (بنفس ICE) مرتبطة بهذا المشروع بالفعل؛ افصلها أولًا لتسجيل دعم آخر',
  ),
  'Only Root corrects the registry': t('Seul Root corrige le registre', 'لا يصحّح السجل إلا Root'),
  'The file is recorded but its content is missing; the administrators have been told.': t(
    'Le fichier est enregistré mais son contenu manque ; les administrateurs ont été prévenus.',
    'الملف مسجَّل لكن محتواه مفقود؛ وقد أُبلغ المسؤولون.',
  ),
  'This deliverable cannot move to that status': t(
    'Ce livrable ne peut pas passer à ce statut',
    'لا يمكن نقل هذا المُخرَج إلى هذه الحالة',
  ),
  'This deliverable cannot change now': t(
    'Ce livrable ne peut pas être modifié maintenant',
    'لا يمكن تعديل هذا المُخرَج الآن',
  ),
  'It was accepted: it stays as the reviewers accepted it.': t(
    'Il a été accepté : il reste tel que les relecteurs l’ont accepté.',
    'تم قبوله: يبقى كما قبله المراجعون.',
  ),
  'It is with the reviewers: it changes again if they reject it.': t(
    'Il est chez les relecteurs : il redevient modifiable s’ils le refusent.',
    'إنه قيد المراجعة: يصبح قابلًا للتعديل مجددًا إذا رفضه المراجعون.',
  ),
  'Only a model evaluation has evaluation results': t(
    'Seule une évaluation de modèle a des résultats d’évaluation',
    'لا تحتوي على نتائج تقييم إلا مُخرَجات تقييم النماذج',
  ),
  'No such project.': t('Ce projet n’existe pas.', 'هذا المشروع غير موجود.'),
  'You can read this project, not change it': t(
    'Vous pouvez lire ce projet, pas le modifier',
    'يمكنك قراءة هذا المشروع دون تعديله',
  ),
  'Only institutes run projects; partners and Root take part in and follow them.': t(
    'Seuls les instituts mènent des projets ; les partenaires et Root y prennent part et les suivent.',
    'لا يدير المشاريع إلا المعاهد؛ أما الشركاء وRoot فيشاركون فيها ويتابعونها.',
  ),
  'The project changed since you read it': t(
    'Le projet a changé depuis que vous l’avez lu',
    'تغيّر المشروع منذ أن قرأته',
  ),
  'Only the institute managers and the members of the project team change it.': t(
    'Seuls les responsables de l’institut et les membres de l’équipe du projet le modifient.',
    'لا يعدّله إلا مسؤولو المعهد وأعضاء فريق المشروع.',
  ),
  'Only the institute that owns a project changes it.': t(
    'Seul l’institut qui porte un projet le modifie.',
    'لا يعدّل المشروع إلا المعهد المالك له.',
  ),
  'Only the managers of the institute that owns the project do this.': t(
    'Seuls les responsables de l’institut qui porte le projet font cela.',
    'لا يقوم بهذا إلا مسؤولو المعهد المالك للمشروع.',
  ),
};

export const PROJECTS_TEMPLATES: TemplateCatalogue = {
  // Projects, reports, workshops.
  'No such {what} in this project.': t(
    '{what} introuvable dans ce projet.',
    'تعذّر العثور على {what} في هذا المشروع.',
  ),
  'No such {what}.': t('{what} introuvable.', 'تعذّر العثور على {what}.'),
  'This deliverable is a {kind}; evaluation results belong to model_evaluation deliverables.': t(
    'Ce livrable est de type « {kind} » ; les résultats d’évaluation concernent les livrables model_evaluation.',
    'هذا المُخرَج من نوع «{kind}»؛ نتائج التقييم خاصة بمُخرَجات model_evaluation.',
  ),
  '{count} people hold a seat; cancel registrations before lowering the capacity.': t(
    '{count} personnes ont une place ; annulez des inscriptions avant de réduire la capacité.',
    'يشغل {count} أشخاص مقاعد؛ ألغِ بعض التسجيلات قبل تخفيض السعة.',
  ),
  'not an active tenant: {id}': t('organisation inconnue ou inactive : {id}', 'مؤسسة غير نشطة: {id}'),
  'no such project: {id}': t('projet inconnu : {id}', 'مشروع غير موجود: {id}'),
  'Registration opens at {at}.': t('Les inscriptions ouvrent le {at}.', 'يُفتح التسجيل في {at}.'),
  'Registration closed at {at}.': t('Les inscriptions ont fermé le {at}.', 'أُغلق التسجيل في {at}.'),
};
