// Field messages (a `validation-failed` problem's `errors[].messages`).
import { t, type Catalogue, type TemplateCatalogue } from './translation.js';

export const FIELDS_PHRASES: Catalogue = {
  // Field messages written by hand (a `validation-failed` problem's `errors[].messages`).
  'each tenant is a party once': t(
    'chaque organisation n’est partie qu’une fois',
    'كل مؤسسة طرف مرة واحدة فقط',
  ),
  'name the file in ?filename= or in a Content-Disposition header': t(
    'nommez le fichier dans ?filename= ou dans un en-tête Content-Disposition',
    'سمِّ الملف في ?filename= أو في ترويسة Content-Disposition',
  ),
  'category is named twice': t('la catégorie est citée deux fois', 'الفئة مذكورة مرتين'),
  'endsOn is before startsOn': t('endsOn précède startsOn', 'endsOn يسبق startsOn'),
  'endsOn is in the past': t('endsOn est dans le passé', 'endsOn تاريخ في الماضي'),
  'quantity must be more than 0': t('quantity doit être supérieure à 0', 'يجب أن تكون quantity أكبر من 0'),
  "projectId is not one of your tenant's projects": t(
    'projectId n’est pas un projet de votre organisation',
    'projectId ليس من مشاريع مؤسستك',
  ),
  'occurredAt is in the future': t('occurredAt est dans le futur', 'occurredAt تاريخ في المستقبل'),
  'endsAt must be after startsAt': t(
    'endsAt doit être postérieur à startsAt',
    'يجب أن يكون endsAt بعد startsAt',
  ),
  'the slot is over': t('le créneau est passé', 'انقضت الفترة'),
  'allocationId is not an approved allocation of yours on this resource': t(
    'allocationId n’est pas une attribution approuvée de votre organisation sur cette ressource',
    'allocationId ليس تخصيصًا موافقًا عليه لمؤسستك على هذا المورد',
  ),
  'to must be after from': t('to doit être postérieur à from', 'يجب أن يكون to بعد from'),
  'a tenant is listed twice': t('une organisation est citée deux fois', 'مؤسسة مذكورة مرتين'),
  'no such active tenant': t('organisation inconnue ou inactive', 'مؤسسة غير موجودة أو غير نشطة'),
  'capacity must be more than 0': t('capacity doit être supérieure à 0', 'يجب أن تكون capacity أكبر من 0'),
  'defaultShare must be more than 0': t(
    'defaultShare doit être supérieure à 0',
    'يجب أن تكون defaultShare أكبر من 0',
  ),
  'largeRequestThreshold must be more than 0': t(
    'largeRequestThreshold doit être supérieur à 0',
    'يجب أن يكون largeRequestThreshold أكبر من 0',
  ),
  'only a bookable resource may be booked directly': t(
    'seule une ressource réservable peut être réservée directement',
    'لا يُحجز مباشرةً إلا مورد قابل للحجز',
  ),
  'no such region': t('région inconnue', 'جهة غير معروفة'),
  'visibleTo is for visibility "listed" only': t(
    'visibleTo ne vaut que pour la visibilité « listed »',
    'visibleTo خاص بالظهور "listed" فقط',
  ),
  'not an IANA time zone': t('ce n’est pas un fuseau horaire IANA', 'ليست منطقة زمنية من IANA'),
  'give a venue, an online link, or both': t(
    'indiquez un lieu, un lien en ligne, ou les deux',
    'حدّد مكانًا أو رابطًا على الإنترنت أو كليهما',
  ),
  'must be after registrationOpensAt': t(
    'doit être postérieur à registrationOpensAt',
    'يجب أن يكون بعد registrationOpensAt',
  ),
  'must not be after the end': t('ne doit pas être après la fin', 'يجب ألا يكون بعد النهاية'),
  'the organiser is not its own participant': t(
    'l’organisateur n’est pas son propre participant',
    'لا يكون المنظِّم مشاركًا لدى نفسه',
  ),
  'a co-organiser is not also audience': t(
    'un co-organisateur ne fait pas aussi partie du public',
    'لا يكون المنظِّم المشارك ضمن الجمهور أيضًا',
  ),
  'no such person in your tenant': t(
    'cette personne n’est pas dans votre organisation',
    'هذا الشخص ليس في مؤسستك',
  ),
  'tenantId is not allowed for a national report': t(
    'tenantId n’est pas permis pour un rapport national',
    'tenantId غير مسموح به في تقرير وطني',
  ),
  'must be a month written YYYY-MM': t('doit être un mois écrit AAAA-MM', 'يجب أن يكون شهرًا بصيغة YYYY-MM'),
  'must not be after to': t('ne doit pas être après to', 'يجب ألا يكون بعد to'),
  'must be an institute id (UUID)': t(
    'doit être l’identifiant d’un institut (UUID)',
    'يجب أن يكون معرّف معهد (UUID)',
  ),
  'is not a region code': t('n’est pas un code de région', 'ليس رمز جهة'),
  'is not a national priority code': t('n’est pas un code de priorité nationale', 'ليس رمز أولوية وطنية'),
  'is not an institute': t('n’est pas un institut', 'ليس معهدًا'),
};

export const FIELDS_TEMPLATES: TemplateCatalogue = {
  // Field messages with values.
  'filename must be at most {max} characters': t(
    'filename compte au plus {max} caractères',
    'لا يتجاوز filename {max} حرفًا',
  ),
  '{field} must be a UUID': t('{field} doit être un UUID', 'يجب أن يكون {field} معرّف UUID'),
  'password must be at least {min} characters for a new account': t(
    'password doit compter au moins {min} caractères pour un nouveau compte',
    'يجب ألا تقل password عن {min} حرفًا لحساب جديد',
  ),
  '{field} is not a valid code': t('{field} n’est pas un code valide', '{field} ليس رمزًا صالحًا'),
  'there is no pillar "{code}" to put this sub-priority under': t(
    'il n’existe pas de pilier « {code} » sous lequel placer cette sous-priorité',
    'لا توجد ركيزة "{code}" لإدراج هذه الأولوية الفرعية تحتها',
  ),
  'quantity must be more than 0 and at most the {asked} asked': t(
    'quantity doit être supérieure à 0 et au plus égale aux {asked} demandés',
    'يجب أن تكون quantity أكبر من 0 ولا تتجاوز {asked} المطلوبة',
  ),
  'an allocation lies within one {period}: end by {end}': t(
    'une attribution tient dans une seule période ({period}) : finissez au plus tard le {end}',
    'يقع التخصيص ضمن فترة واحدة ({period}): اجعله ينتهي في {end} على الأكثر',
  ),
  'a booking lasts at most {days} days': t(
    'une réservation dure au plus {days} jours',
    'لا تتجاوز مدة الحجز {days} يومًا',
  ),
  '{field} is required': t('{field} est obligatoire', '{field} مطلوب'),
  'tenantId is required for a {scope} report': t(
    'tenantId est obligatoire pour un rapport « {scope} »',
    'tenantId مطلوب لتقرير من نوع «{scope}»',
  ),
  'the period spans at most {months} months': t(
    'la période couvre au plus {months} mois',
    'لا تتجاوز الفترة {months} شهرًا',
  ),
};
