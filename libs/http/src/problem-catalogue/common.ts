// Texts every context raises: shared titles, transitions, statuses, versions, operations, uploads, routes.
import { t, type Translation, type Catalogue, type TemplateCatalogue } from './translation.js';

const STATUS = '« {status} »';

/** Allocation moves as past participles of a feminine noun (« une attribution … approuvée »). */
const ALLOCATION_MOVES: Readonly<Record<string, Translation>> = {
  approved: t('approuvée', 'الموافقة على'),
  rejected: t('refusée', 'رفض'),
  revoked: t('révoquée', 'إلغاء'),
  withdrawn: t('retirée', 'سحب'),
};

export const COMMON_PHRASES: Catalogue = {
  // Shared titles.
  Forbidden: t('Action non autorisée', 'غير مسموح'),
  'This reset link was already used': t(
    'Ce lien de réinitialisation a déjà servi',
    'سبق استعمال رابط إعادة التعيين هذا',
  ),
  'This reset link is no longer valid': t(
    'Ce lien de réinitialisation n’est plus valable',
    'لم يعد رابط إعادة التعيين هذا صالحًا',
  ),
  'The evidence does not show the obligation met yet': t(
    'La preuve ne montre pas encore l’obligation remplie',
    'لا يُثبت الدليل بعدُ الوفاء بالالتزام',
  ),
  'Say which version you edited': t('Indiquez la version que vous avez modifiée', 'حدّد النسخة التي عدّلتها'),
  'Only a signed-in person can do this': t(
    'Seule une personne connectée peut faire cela',
    'لا يمكن القيام بهذا إلا لشخص مسجّل الدخول',
  ),
  'This records who did it: an API key cannot.': t(
    'Cette action enregistre qui l’a faite : une clé d’API ne le peut pas.',
    'يُسجَّل هذا الإجراء باسم من قام به: لا يمكن لمفتاح واجهة برمجية القيام به.',
  ),

  // Dashboards, operations, uploads, the web app.
  'No such dashboard.': t('Ce tableau de bord n’existe pas.', 'لوحة المتابعة هذه غير موجودة.'),
  'No such failed job.': t('Cette tâche en échec n’existe pas.', 'هذه المهمة الفاشلة غير موجودة.'),
  'Already resolved': t('Déjà traitée', 'تمت معالجتها بالفعل'),
  'The job is not failed': t('La tâche n’est pas en échec', 'المهمة ليست فاشلة'),
  'The file is too large': t('Le fichier est trop volumineux', 'الملف كبير جدًا'),
  'The file is empty': t('Le fichier est vide', 'الملف فارغ'),
  'The web app is not built': t('L’application web n’est pas construite', 'تطبيق الويب غير مبني'),
  'Run `npm run build:web` (npm start does it for you), then reload.': t(
    'Lancez `npm run build:web` (npm start le fait pour vous), puis rechargez la page.',
    'شغّل `npm run build:web` (يقوم npm start بذلك عنك)، ثم أعد تحميل الصفحة.',
  ),
  'Send the file as it is, without a Content-Encoding.': t(
    'Envoyez le fichier tel quel, sans Content-Encoding.',
    'أرسل الملف كما هو، دون Content-Encoding.',
  ),
  'Send the file with its Content-Type.': t(
    'Envoyez le fichier avec son Content-Type.',
    'أرسل الملف مع Content-Type الخاص به.',
  ),
};

export const COMMON_TEMPLATES: TemplateCatalogue = {
  // Transitions (conventions, projects, workshops, deliverables).
  'A {from} convention is final: it cannot become {to}.': t(
    'Une convention « {from} » est définitive : elle ne peut pas passer à « {to} ».',
    'الاتفاقية في حالة «{from}» نهائية: لا يمكن أن تصبح «{to}».',
  ),
  'A {from} convention cannot become {to}; it can become {allowed}.': t(
    'Une convention « {from} » ne peut pas passer à « {to} » ; elle peut passer à : {allowed}.',
    'لا يمكن لاتفاقية في حالة «{from}» أن تصبح «{to}»؛ يمكن أن تصبح: {allowed}.',
  ),
  'A {from} project is final: it cannot become {to}.': t(
    'Un projet « {from} » est définitif : il ne peut pas passer à « {to} ».',
    'المشروع في حالة «{from}» نهائي: لا يمكن أن يصبح «{to}».',
  ),
  'A {from} project cannot become {to}; it can become {allowed}.': t(
    'Un projet « {from} » ne peut pas passer à « {to} » ; il peut passer à : {allowed}.',
    'لا يمكن لمشروع في حالة «{from}» أن يصبح «{to}»؛ يمكن أن يصبح: {allowed}.',
  ),
  'A {from} workshop is final: it cannot become {to}.': t(
    'Un atelier « {from} » est définitif : il ne peut pas passer à « {to} ».',
    'الورشة في حالة «{from}» نهائية: لا يمكن أن تصبح «{to}».',
  ),
  'A {from} workshop cannot become {to}; it can become {allowed}.': t(
    'Un atelier « {from} » ne peut pas passer à « {to} » ; il peut passer à : {allowed}.',
    'لا يمكن لورشة في حالة «{from}» أن تصبح «{to}»؛ يمكن أن تصبح: {allowed}.',
  ),
  'A {from} deliverable cannot become {to}.': t(
    'Un livrable « {from} » ne peut pas passer à « {to} ».',
    'لا يمكن لمُخرَج في حالة «{from}» أن يصبح «{to}».',
  ),
  'An allocation that is {status} cannot be {move}.': {
    ...t(
      `Une attribution à l’état ${STATUS} ne peut pas être {move}.`,
      'لا يمكن {move} تخصيص في حالة «{status}».',
    ),
    values: ALLOCATION_MOVES,
  },
  'A {status} convention is not edited; only a draft is.': t(
    `Une convention ${STATUS} ne se modifie pas ; seul un brouillon se modifie.`,
    'لا تُعدَّل اتفاقية في حالة «{status}»؛ لا تُعدَّل إلا المسودة.',
  ),
  "A {status} convention's document no longer changes.": t(
    `Le document d’une convention ${STATUS} ne change plus.`,
    'لم يعد مستند اتفاقية في حالة «{status}» قابلًا للتغيير.',
  ),

  // Statuses.
  'This convention is {status}.': t(
    `Cette convention est à l’état ${STATUS}.`,
    'هذه الاتفاقية في حالة «{status}».',
  ),
  'Obligations are added and changed while a convention is draft, in review, out for signature or active; this one is {status}.':
    t(
      `Les obligations s’ajoutent et se modifient tant qu’une convention est en brouillon, en relecture, en signature ou en vigueur ; celle-ci est à l’état ${STATUS}.`,
      'تُضاف الالتزامات وتُعدَّل ما دامت الاتفاقية مسودة أو قيد المراجعة أو قيد التوقيع أو سارية؛ وهذه في حالة «{status}».',
    ),
  'The obligation is {status}: it no longer changes.': t(
    `L’obligation est à l’état ${STATUS} : elle ne change plus.`,
    'الالتزام في حالة «{status}»: لم يعد يتغيّر.',
  ),
  'The convention is {status}; this needs {expected}.': t(
    `La convention est à l’état ${STATUS} ; il faut « {expected} ».`,
    'الاتفاقية في حالة «{status}»؛ ويتطلب هذا حالة «{expected}».',
  ),
  'The resource is {status}.': t(`La ressource est à l’état ${STATUS}.`, 'المورد في حالة «{status}».'),
  'The allocation is {status}.': t(`L’attribution est à l’état ${STATUS}.`, 'التخصيص في حالة «{status}».'),
  'The report is {status}: download it once its status is ready.': t(
    `Le rapport est à l’état ${STATUS} : téléchargez-le quand il sera prêt.`,
    'التقرير في حالة «{status}»: نزّله عندما يصبح جاهزًا.',
  ),
  'The linked {kind} is {status}: an obligation is met with an accepted deliverable, a done milestone or a held workshop.':
    t(
      `L’élément lié ({kind}) est à l’état ${STATUS} : une obligation est remplie par un livrable accepté, un jalon atteint ou un atelier tenu.`,
      'العنصر المرتبط ({kind}) في حالة «{status}»: يتحقق الالتزام بمُخرَج مقبول أو مرحلة منجزة أو ورشة منعقدة.',
    ),
  'The report is {status}.': t(`Le rapport est à l’état ${STATUS}.`, 'التقرير في حالة «{status}».'),
  'Its details change while it is draft or published; it is {status}.': t(
    `Ses informations se modifient tant qu’il est en brouillon ou publié ; il est à l’état ${STATUS}.`,
    'تُعدَّل بياناتها ما دامت مسودة أو منشورة؛ وهي في حالة «{status}».',
  ),
  'Your registration is {status}.': t(
    `Votre inscription est à l’état ${STATUS}.`,
    'تسجيلك في حالة «{status}».',
  ),
  'Minutes are published once the workshop is held; it is {status}.': t(
    `Le compte rendu se publie une fois l’atelier tenu ; il est à l’état ${STATUS}.`,
    'يُنشر المحضر بعد انعقاد الورشة؛ وهي في حالة «{status}».',
  ),
  'The workshop is {status}.': t(`L’atelier est à l’état ${STATUS}.`, 'الورشة في حالة «{status}».'),
  'Invitations go out for published workshops; this one is {status}.': t(
    `Les invitations partent pour les ateliers publiés ; celui-ci est à l’état ${STATUS}.`,
    'تُرسَل الدعوات للورشات المنشورة؛ وهذه في حالة «{status}».',
  ),
  'This failed job was {resolution} at {at}.': t(
    'Cette tâche en échec a déjà été traitée (« {resolution} ») le {at}.',
    'سبقت معالجة هذه المهمة الفاشلة («{resolution}») في {at}.',
  ),
  'Job {job} of queue {queue} is no longer in the failed state (retried already, or running).': t(
    'La tâche {job} de la file {queue} n’est plus en échec (déjà relancée, ou en cours).',
    'المهمة {job} في الطابور {queue} لم تعد في حالة فشل (أُعيدت بالفعل، أو قيد التنفيذ).',
  ),

  // Versions.
  'Send If-Match with the ETag of the convention you read (now {etag}): several people edit conventions.': t(
    'Envoyez If-Match avec l’ETag de la convention que vous avez lue (actuellement {etag}) : plusieurs personnes modifient les conventions.',
    'أرسل If-Match مع ETag الاتفاقية التي قرأتها (حاليًا {etag}): يعدّل الاتفاقيات عدة أشخاص.',
  ),
  'If-Match does not name the current version ({etag}); reload the convention and apply your change again.':
    t(
      'If-Match ne désigne pas la version actuelle ({etag}) ; rechargez la convention et refaites votre modification.',
      'If-Match لا يشير إلى النسخة الحالية ({etag})؛ أعد تحميل الاتفاقية وطبّق تعديلك من جديد.',
    ),
  'If-Match does not name the current version ({etag}); reload the project and apply your change again.': t(
    'If-Match ne désigne pas la version actuelle ({etag}) ; rechargez le projet et refaites votre modification.',
    'If-Match لا يشير إلى النسخة الحالية ({etag})؛ أعد تحميل المشروع وطبّق تعديلك من جديد.',
  ),
  'If-Match does not name the current version ({etag}); reload and apply your change again.': t(
    'If-Match ne désigne pas la version actuelle ({etag}) ; rechargez et refaites votre modification.',
    'If-Match لا يشير إلى النسخة الحالية ({etag})؛ أعد التحميل وطبّق تعديلك من جديد.',
  ),
  'If-Match does not name the current version ("{version}"); reload and apply your change again.': t(
    'If-Match ne désigne pas la version actuelle (« {version} ») ; rechargez et refaites votre modification.',
    'If-Match لا يشير إلى النسخة الحالية ("{version}")؛ أعد التحميل وطبّق تعديلك من جديد.',
  ),
  'Send If-Match with the ETag you read (now {etag}).': t(
    'Envoyez If-Match avec l’ETag que vous avez lu (actuellement {etag}).',
    'أرسل If-Match مع ETag الذي قرأته (حاليًا {etag}).',
  ),

  // Operations, uploads, routes.
  'No queue "{queue}".': t('Aucune file « {queue} ».', 'لا يوجد طابور "{queue}".'),
  'A file may have at most {bytes} bytes.': t(
    'Un fichier fait au plus {bytes} octets.',
    'لا يتجاوز حجم الملف {bytes} بايت.',
  ),
  'No route for GET {path}': t('Aucune route GET {path}', 'لا يوجد مسار GET {path}'),
  '{type} is not one of the accepted file types.': t(
    '{type} ne fait pas partie des types de fichiers acceptés.',
    '{type} ليس من أنواع الملفات المقبولة.',
  ),
  "The file's content is not {type}.": t(
    'Le contenu du fichier n’est pas du {type}.',
    'محتوى الملف ليس من نوع {type}.',
  ),
  '{type} is not a PDF.': t('{type} n’est pas un PDF.', '{type} ليس ملف PDF.'),
};
