// Resources: shared resources, allocations, bookings.
import { t, type Catalogue, type TemplateCatalogue } from './translation.js';

export const RESOURCES_PHRASES: Catalogue = {
  // Resources.
  'No such resource.': t('Cette ressource n’existe pas.', 'هذا المورد غير موجود.'),
  'No such allocation.': t('Cette attribution n’existe pas.', 'هذا التخصيص غير موجود.'),
  'No such booking.': t('Cette réservation n’existe pas.', 'هذا الحجز غير موجود.'),
  'You can read this, not change it': t(
    'Vous pouvez lire ceci, pas le modifier',
    'يمكنك قراءة هذا دون تعديله',
  ),
  'Only Root and institutes publish shared resources.': t(
    'Seuls Root et les instituts publient des ressources partagées.',
    'لا ينشر الموارد المشتركة إلا Root والمعاهد.',
  ),
  'It changed since you read it': t('Cela a changé depuis que vous l’avez lu', 'تغيّر هذا منذ أن قرأته'),
  'This move is not allowed now': t(
    'Cette action n’est pas permise maintenant',
    'هذا الإجراء غير مسموح به الآن',
  ),
  'This resource takes no requests or bookings now': t(
    'Cette ressource ne prend ni demandes ni réservations en ce moment',
    'لا يقبل هذا المورد طلبات أو حجوزات حاليًا',
  ),
  'Accept the current terms of use': t(
    'Acceptez les conditions d’utilisation en vigueur',
    'اقبل شروط الاستخدام السارية',
  ),
  'Not enough capacity left in this period': t(
    'Capacité restante insuffisante sur cette période',
    'السعة المتبقية في هذه الفترة غير كافية',
  ),
  "Beyond the requesting tenant's fair share": t(
    'Au-delà de la part équitable de l’organisation demandeuse',
    'يتجاوز الحصة العادلة للمؤسسة الطالبة',
  ),
  'Usage is recorded against an active allocation only': t(
    'La consommation ne s’enregistre que sur une attribution active',
    'لا يُسجَّل الاستهلاك إلا على تخصيص نشط',
  ),
  'More than the allocation has left': t(
    'Plus que ce qu’il reste sur l’attribution',
    'أكثر مما تبقى في التخصيص',
  ),
  'This resource is not booked by time slot': t(
    'Cette ressource ne se réserve pas par créneau',
    'لا يُحجز هذا المورد بفترات زمنية',
  ),
  'Bookings are for slot-based resources (labs, equipment, dedicated nodes).': t(
    'Les réservations concernent les ressources par créneau (laboratoires, équipements, nœuds dédiés).',
    'الحجوزات مخصصة للموارد التي تُحجز بفترات زمنية (المختبرات والمعدات والعُقد المخصصة).',
  ),
  'Book inside one of your active allocations': t(
    'Réservez dans l’une de vos attributions actives',
    'احجز ضمن أحد تخصيصاتك النشطة',
  ),
  'This resource is booked only within an approved allocation of your tenant: name it in allocationId.': t(
    'Cette ressource ne se réserve que dans une attribution approuvée de votre organisation : indiquez-la dans allocationId.',
    'لا يُحجز هذا المورد إلا ضمن تخصيص موافق عليه لمؤسستك: حدّده في allocationId.',
  ),
  'The slot is outside the allocation': t(
    'Le créneau est en dehors de l’attribution',
    'الفترة خارج نطاق التخصيص',
  ),
  'This slot is already booked': t('Ce créneau est déjà réservé', 'هذه الفترة محجوزة بالفعل'),
  'Another booking of this resource overlaps the time you asked for.': t(
    'Une autre réservation de cette ressource chevauche l’horaire demandé.',
    'يتداخل حجز آخر لهذا المورد مع الوقت الذي طلبته.',
  ),
  'This booking is already cancelled': t('Cette réservation est déjà annulée', 'هذا الحجز ملغى بالفعل'),
  'A cancelled booking stays cancelled.': t('Une réservation annulée le reste.', 'يبقى الحجز الملغى ملغى.'),
  'Only the tenant that asked for an allocation withdraws its request.': t(
    'Seule l’organisation qui a demandé une attribution retire sa demande.',
    'لا يسحب طلب التخصيص إلا المؤسسة التي قدّمته.',
  ),
  "This large request waits for Root's approval.": t(
    'Cette demande importante attend l’approbation de Root.',
    'هذا الطلب الكبير بانتظار موافقة Root.',
  ),
  "Only the owner's managers decide allocations.": t(
    'Seuls les responsables du propriétaire décident des attributions.',
    'لا يبتّ في التخصيصات إلا مسؤولو الجهة المالكة.',
  ),
  'Only the tenant that owns the resource decides its allocations.': t(
    'Seule l’organisation propriétaire de la ressource décide de ses attributions.',
    'لا يبتّ في تخصيصات المورد إلا المؤسسة المالكة له.',
  ),
  'Only the owner and the requesting tenant record usage.': t(
    'Seuls le propriétaire et l’organisation demandeuse enregistrent la consommation.',
    'لا يسجّل الاستهلاك إلا المالك والمؤسسة الطالبة.',
  ),
  'Only who booked, their managers, or the owner cancel a booking.': t(
    'Seuls l’auteur de la réservation, ses responsables ou le propriétaire annulent une réservation.',
    'لا يلغي الحجز إلا صاحبه أو مسؤولوه أو المالك.',
  ),
  "Only the owner's managers change a resource.": t(
    'Seuls les responsables du propriétaire modifient une ressource.',
    'لا يعدّل المورد إلا مسؤولو الجهة المالكة.',
  ),
  'Only the tenant that owns a resource changes it.': t(
    'Seule l’organisation propriétaire d’une ressource la modifie.',
    'لا يعدّل المورد إلا المؤسسة المالكة له.',
  ),
  "Only the owner's managers or Root set this.": t(
    'Seuls les responsables du propriétaire ou Root fixent cela.',
    'لا يحدّد هذا إلا مسؤولو الجهة المالكة أو Root.',
  ),
};

export const RESOURCES_TEMPLATES: TemplateCatalogue = {
  // Resources.
  'Only Root lists allocations with view={view}.': t(
    'Seul Root liste les attributions avec view={view}.',
    'لا يعرض التخصيصات مع view={view} إلا Root.',
  ),
  "Send acceptTermsVersion: {version} after reading the resource's terms.": t(
    'Envoyez acceptTermsVersion: {version} après avoir lu les conditions de la ressource.',
    'أرسل acceptTermsVersion: {version} بعد قراءة شروط المورد.',
  ),
  '{remaining} {unit} remain of {capacity} in the period starting {start}; {requested} asked.': t(
    'Il reste {remaining} {unit} sur {capacity} pour la période commençant le {start} ; {requested} demandés.',
    'يتبقى {remaining} {unit} من أصل {capacity} في الفترة التي تبدأ في {start}؛ والمطلوب {requested}.',
  ),
  "{remaining} {unit} remain of the tenant's share of {share} in the period starting {start}; {requested} asked.":
    t(
      'Il reste {remaining} {unit} sur la part de {share} de l’organisation pour la période commençant le {start} ; {requested} demandés.',
      'يتبقى {remaining} {unit} من حصة المؤسسة البالغة {share} في الفترة التي تبدأ في {start}؛ والمطلوب {requested}.',
    ),
  '{remaining} {unit} remain of {approved}; {quantity} recorded.': t(
    'Il reste {remaining} {unit} sur {approved} ; {quantity} enregistrés.',
    'يتبقى {remaining} {unit} من أصل {approved}؛ والمسجَّل {quantity}.',
  ),
  'The allocation runs from {from} to {to} (network days).': t(
    'L’attribution court du {from} au {to} (jours du réseau).',
    'يسري التخصيص من {from} إلى {to} (أيام الشبكة).',
  ),
};
