// Workshops.
import { t, type Catalogue } from './translation.js';

export const WORKSHOPS_PHRASES: Catalogue = {
  // Workshops.
  'Only the managers of the organising and co-organising tenants manage a workshop.': t(
    'Seuls les responsables des organisations organisatrices et co-organisatrices gèrent un atelier.',
    'لا يدير الورشة إلا مسؤولو المؤسسات المنظِّمة والمشاركة في التنظيم.',
  ),
  'People register for workshops organised by, or open to, the tenant they are signed in to.': t(
    'On s’inscrit aux ateliers organisés par l’organisation dans laquelle on est connecté, ou ouverts à elle.',
    'يسجّل الأشخاص في الورشات التي تنظمها المؤسسة التي سجّلوا الدخول إليها أو المفتوحة لها.',
  ),
  'A workshop is marked held once it has started.': t(
    'Un atelier est marqué comme tenu une fois commencé.',
    'لا تُعلَّم الورشة منعقدةً إلا بعد أن تبدأ.',
  ),
  'You have no registration for this workshop.': t(
    'Vous n’avez pas d’inscription à cet atelier.',
    'ليس لديك تسجيل في هذه الورشة.',
  ),
  'You have no invitation to this workshop waiting for an answer.': t(
    'Vous n’avez pas d’invitation à cet atelier en attente de réponse.',
    'ليست لديك دعوة إلى هذه الورشة بانتظار الرد.',
  ),
  'Check-in opens 2 hours before the start and closes 12 hours after the end of a published or held workshop.':
    t(
      'L’enregistrement de présence ouvre 2 heures avant le début et ferme 12 heures après la fin d’un atelier publié ou tenu.',
      'يُفتح تسجيل الحضور قبل ساعتين من البداية ويُغلق بعد 12 ساعة من نهاية ورشة منشورة أو منعقدة.',
    ),
  'The code is the one shown at the venue.': t(
    'Le code est celui affiché sur place.',
    'الرمز هو المعروض في مكان الورشة.',
  ),
  'Ask an organiser to check you in.': t(
    'Demandez à un organisateur d’enregistrer votre présence.',
    'اطلب من أحد المنظمين تسجيل حضورك.',
  ),
  'Certificates are for the people who checked in.': t(
    'Les attestations sont pour les personnes dont la présence a été enregistrée.',
    'الشهادات مخصصة للأشخاص الذين سُجّل حضورهم.',
  ),
  'Write the minutes first.': t('Rédigez d’abord le compte rendu.', 'اكتب المحضر أولًا.'),
  'no such convention obligation': t(
    'cette obligation de convention n’existe pas',
    'التزام الاتفاقية هذا غير موجود',
  ),
  'only the obligation’s responsible party or the convention’s owner links evidence to it': t(
    'seule la partie responsable de l’obligation ou le porteur de la convention y lie une preuve',
    'لا يربط دليلًا بالالتزام إلا الطرف المسؤول عنه أو مالك الاتفاقية',
  ),
  'no such deliverable': t('ce livrable n’existe pas', 'هذا المُخرَج غير موجود'),
  'You can read this workshop, not manage it': t(
    'Vous pouvez lire cet atelier, pas le gérer',
    'يمكنك قراءة هذه الورشة دون إدارتها',
  ),
  'Your tenant is not in this workshop’s audience': t(
    'Votre organisation ne fait pas partie du public de cet atelier',
    'مؤسستك ليست ضمن جمهور هذه الورشة',
  ),
  'The workshop has not started': t('L’atelier n’a pas commencé', 'لم تبدأ الورشة بعد'),
  'This workshop no longer changes': t(
    'Cet atelier n’est plus modifiable',
    'لم تعد هذه الورشة قابلة للتعديل',
  ),
  'Registration is closed': t('Les inscriptions sont closes', 'التسجيل مغلق'),
  'You are already registered': t('Vous êtes déjà inscrit', 'أنت مسجّل بالفعل'),
  'You hold no place at this workshop': t(
    'Vous n’avez pas de place à cet atelier',
    'ليس لديك مقعد في هذه الورشة',
  ),
  'No open invitation': t('Aucune invitation en attente', 'لا توجد دعوة مفتوحة'),
  'Check-in is closed': t('L’enregistrement de présence est fermé', 'تسجيل الحضور مغلق'),
  'Wrong check-in code': t('Code de présence incorrect', 'رمز الحضور غير صحيح'),
  'Too many wrong codes': t('Trop de codes incorrects', 'رموز خاطئة كثيرة جدًا'),
  'No attendance recorded': t('Aucune présence enregistrée', 'لم يُسجَّل أي حضور'),
  'The workshop is not held': t('L’atelier n’est pas tenu', 'الورشة غير منعقدة'),
  'No minutes to publish': t('Aucun compte rendu à publier', 'لا يوجد محضر للنشر'),
  'A reference is not valid': t('Une référence n’est pas valide', 'أحد المراجع غير صالح'),
  'More people are registered than this capacity': t(
    'Plus de personnes sont inscrites que cette capacité',
    'عدد المسجّلين يفوق هذه السعة',
  ),
  'The workshop changed since you read it': t(
    'L’atelier a changé depuis que vous l’avez lu',
    'تغيّرت الورشة منذ أن قرأتها',
  ),
};
