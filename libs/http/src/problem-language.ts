import { PROBLEM_PHRASES, PROBLEM_TEMPLATES, PROBLEM_VALUES, type Translation } from './problem-catalogue.js';

/**
 * The language of problem documents (issue 16 point 6): `title`, `detail` and per-field messages are in
 * French, Arabic or English — the signed-in user's profile locale, else `Accept-Language`, else French.
 * `type` never changes with the language: clients branch on it.
 *
 * English is the source: a problem is raised with English text, and the catalogue below gives its French
 * and Arabic. A field fault raised by class-validator or the input guard carries its constraint and
 * arguments, so its message is written from a template in each language; any other text is looked up by
 * its English wording, and a problem title the catalogue lacks falls back to its status' title.
 */
export const PROBLEM_LANGUAGES = ['fr', 'ar', 'en'] as const;
export type ProblemLanguage = (typeof PROBLEM_LANGUAGES)[number];
export const DEFAULT_PROBLEM_LANGUAGE: ProblemLanguage = 'fr';

/** Where the access check leaves the signed-in user's profile locale on the request. */
export const USER_LOCALE = Symbol('jazari.userLocale');

export function isProblemLanguage(value: unknown): value is ProblemLanguage {
  return typeof value === 'string' && (PROBLEM_LANGUAGES as readonly string[]).includes(value);
}

/** The best of fr/ar/en an `Accept-Language` header asks for (q-values honoured), or undefined. */
export function negotiateLanguage(header: string | string[] | undefined): ProblemLanguage | undefined {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return undefined;
  let best: { language: ProblemLanguage; q: number; order: number } | undefined;
  value.split(',').forEach((part, order) => {
    const [range = '', ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)).find(Boolean);
    const weight = q ? Number(q[1]) : 1;
    if (!Number.isFinite(weight) || weight <= 0) return;
    const primary = range.trim().toLowerCase().split('-')[0];
    const language = isProblemLanguage(primary)
      ? primary
      : range.trim() === '*'
        ? DEFAULT_PROBLEM_LANGUAGE
        : null;
    if (!language) return;
    if (!best || weight > best.q) best = { language, q: weight, order };
  });
  return best?.language;
}

/** The language a request's problems are written in. */
export function problemLanguageOf(request: {
  headers?: Record<string, string | string[] | undefined>;
  [USER_LOCALE]?: unknown;
}): ProblemLanguage {
  const userLocale = request[USER_LOCALE];
  if (isProblemLanguage(userLocale)) return userLocale;
  return negotiateLanguage(request.headers?.['accept-language']) ?? DEFAULT_PROBLEM_LANGUAGE;
}

type Translations = Readonly<Record<'fr' | 'ar', string>>;

/** The title of each status' default problem, by slug (English in problem.ts). */
const SLUG_TITLES: Readonly<Record<string, Translations>> = {
  'bad-request': { fr: 'Requête incorrecte', ar: 'طلب غير صحيح' },
  unauthenticated: { fr: 'Authentification requise', ar: 'يلزم تسجيل الدخول' },
  forbidden: { fr: 'Action non autorisée', ar: 'غير مسموح' },
  'not-found': { fr: 'Introuvable', ar: 'غير موجود' },
  'method-not-allowed': { fr: 'Méthode non autorisée', ar: 'الطريقة غير مسموح بها' },
  'not-acceptable': { fr: 'Format de réponse non disponible', ar: 'صيغة الرد غير متاحة' },
  'request-timeout': { fr: 'Délai de la requête dépassé', ar: 'انتهت مهلة الطلب' },
  conflict: { fr: 'Conflit', ar: 'تعارض' },
  gone: { fr: 'Plus disponible', ar: 'لم يعد متاحًا' },
  'precondition-failed': { fr: 'La ressource a changé entre-temps', ar: 'تغيّر المورد في الأثناء' },
  'payload-too-large': { fr: 'Contenu trop volumineux', ar: 'المحتوى كبير جدًا' },
  'uri-too-long': { fr: 'Adresse trop longue', ar: 'العنوان طويل جدًا' },
  'unsupported-media-type': { fr: 'Type de contenu non pris en charge', ar: 'نوع المحتوى غير مدعوم' },
  unprocessable: { fr: 'Requête impossible à traiter', ar: 'تعذّرت معالجة الطلب' },
  'precondition-required': { fr: 'Précondition requise', ar: 'يلزم شرط مسبق' },
  'too-many-requests': { fr: 'Trop de requêtes', ar: 'طلبات كثيرة جدًا' },
  'request-header-fields-too-large': {
    fr: 'En-têtes de requête trop volumineux',
    ar: 'ترويسات الطلب كبيرة جدًا',
  },
  'internal-error': { fr: 'Erreur interne du serveur', ar: 'خطأ داخلي في الخادم' },
  'bad-gateway': { fr: 'Passerelle incorrecte', ar: 'بوابة غير صالحة' },
  'service-unavailable': { fr: 'Service indisponible', ar: 'الخدمة غير متاحة' },
  'gateway-timeout': { fr: 'Délai de la passerelle dépassé', ar: 'انتهت مهلة البوابة' },
  'validation-failed': { fr: 'Votre requête n’est pas valide', ar: 'طلبك غير صالح' },
  'permission-denied': { fr: 'Vous n’avez pas la permission pour cela', ar: 'ليست لديك صلاحية لهذا' },
  'invalid-credentials': {
    fr: 'E-mail ou mot de passe incorrect',
    ar: 'البريد الإلكتروني أو كلمة المرور غير صحيحة',
  },
  'invalid-refresh-token': { fr: 'Le jeton de renouvellement n’est pas valide', ar: 'رمز التجديد غير صالح' },
  'no-active-membership': {
    fr: 'Vous n’êtes membre d’aucune organisation active',
    ar: 'لست عضوًا في أي مؤسسة نشطة',
  },
  'not-a-member': { fr: 'Vous n’êtes pas membre de cette organisation', ar: 'لست عضوًا في هذه المؤسسة' },
  'illegal-transition': {
    fr: 'Ce changement d’état n’est pas possible',
    ar: 'هذا الانتقال في الحالة غير ممكن',
  },
  'slug-taken': { fr: 'Cet identifiant est déjà pris', ar: 'هذا المعرّف مستخدم بالفعل' },
  'code-taken': { fr: 'Ce code est déjà pris', ar: 'هذا الرمز مستخدم بالفعل' },
  'last-admin': {
    fr: 'Une organisation garde au moins un administrateur',
    ar: 'تحتفظ المؤسسة بمسؤول واحد على الأقل',
  },
  'already-member': { fr: 'Déjà membre', ar: 'عضو بالفعل' },
  'invitation-used': { fr: 'Cette invitation a déjà été acceptée', ar: 'تم قبول هذه الدعوة بالفعل' },
  'invitation-expired': { fr: 'Cette invitation n’est plus valable', ar: 'لم تعد هذه الدعوة صالحة' },
  'reset-link-used': {
    fr: 'Ce lien de réinitialisation a déjà servi',
    ar: 'سبق استعمال رابط إعادة التعيين هذا',
  },
  'reset-link-expired': {
    fr: 'Ce lien de réinitialisation n’est plus valable',
    ar: 'لم يعد رابط إعادة التعيين هذا صالحًا',
  },
  'wrong-password': { fr: 'Votre mot de passe actuel n’est pas le bon', ar: 'كلمة المرور الحالية غير صحيحة' },
  'password-unchanged': {
    fr: 'Le nouveau mot de passe est identique à l’actuel',
    ar: 'كلمة المرور الجديدة مطابقة للحالية',
  },
  'sign-in-unavailable': {
    fr: 'La connexion est momentanément indisponible',
    ar: 'تسجيل الدخول غير متاح مؤقتًا',
  },
  'role-not-allowed': { fr: 'Ce rôle n’est pas permis ici', ar: 'هذا الدور غير مسموح به هنا' },
  'cross-origin-request': { fr: 'Cette requête ne vient pas de Jazari', ar: 'هذا الطلب لم يصدر عن جزري' },
  'slot-taken': { fr: 'Ce créneau est déjà réservé', ar: 'هذه الفترة محجوزة بالفعل' },
  'capacity-exceeded': { fr: 'Capacité dépassée', ar: 'تم تجاوز السعة' },
  'evidence-not-ready': {
    fr: 'La preuve ne montre pas encore l’obligation remplie',
    ar: 'لا يُثبت الدليل بعدُ الوفاء بالالتزام',
  },
};

/** Other text, by its English wording: problem titles and details, hand-written field messages. */
const PHRASES: Readonly<Record<string, Translations>> = {
  'Your request is not valid': SLUG_TITLES['validation-failed'],
  'Authentication required': SLUG_TITLES.unauthenticated,
  'Not allowed': SLUG_TITLES.forbidden,
  'Not found': SLUG_TITLES['not-found'],
  Conflict: SLUG_TITLES.conflict,
  'cursor is not a cursor this API issued': {
    fr: 'cursor n’est pas un curseur émis par cette API',
    ar: 'cursor ليس مؤشرًا صادرًا عن هذه الواجهة',
  },
  'endDate must be on or after startDate': {
    fr: 'endDate doit être égale ou postérieure à startDate',
    ar: 'يجب أن يكون endDate في startDate أو بعده',
  },
  'expiryDate must be on or after effectiveDate': {
    fr: 'expiryDate doit être égale ou postérieure à effectiveDate',
    ar: 'يجب أن يكون expiryDate في effectiveDate أو بعده',
  },
  'periodEnd must not be before periodStart': {
    fr: 'periodEnd ne doit pas précéder periodStart',
    ar: 'يجب ألا يسبق periodEnd التاريخ periodStart',
  },
  'not an active national priority': {
    fr: 'priorité nationale inconnue ou inactive',
    ar: 'أولوية وطنية غير معروفة أو غير نشطة',
  },
  'not an active thematic domain': {
    fr: 'domaine thématique inconnu ou inactif',
    ar: 'مجال موضوعي غير معروف أو غير نشط',
  },
  'not a region': { fr: 'région inconnue', ar: 'جهة غير معروفة' },
  'displayName is required for a new account': {
    fr: 'displayName est obligatoire pour un nouveau compte',
    ar: 'displayName مطلوب لحساب جديد',
  },
  'Only Root reviews the registry mismatches': {
    fr: 'Seul Jazari Root examine les écarts du registre',
    ar: 'لا يراجع اختلافات السجل إلا جزري المركز',
  },
  'Sign in again.': { fr: 'Reconnectez-vous.', ar: 'سجّل الدخول من جديد.' },
  'Try again shortly.': { fr: 'Réessayez dans un instant.', ar: 'أعد المحاولة بعد قليل.' },
  'Ask for a new link.': { fr: 'Demandez un nouveau lien.', ar: 'اطلب رابطًا جديدًا.' },
  'No such reset link.': {
    fr: 'Ce lien de réinitialisation n’existe pas.',
    ar: 'رابط إعادة التعيين هذا غير موجود.',
  },
  'Ask for a new invitation.': { fr: 'Demandez une nouvelle invitation.', ar: 'اطلب دعوة جديدة.' },
  'Send a valid access token or API key as `Authorization: Bearer …`.': {
    fr: 'Envoyez un jeton d’accès ou une clé d’API valide dans `Authorization: Bearer …`.',
    ar: 'أرسل رمز وصول أو مفتاح واجهة برمجية صالحًا في `Authorization: Bearer …`.',
  },
  'Invalid Idempotency-Key': { fr: 'Idempotency-Key invalide', ar: 'Idempotency-Key غير صالح' },
  'An Idempotency-Key is one value of 1 to 255 visible ASCII characters.': {
    fr: 'Un Idempotency-Key est une seule valeur de 1 à 255 caractères ASCII visibles.',
    ar: 'Idempotency-Key قيمة واحدة من 1 إلى 255 حرفًا من حروف ASCII المرئية.',
  },
  'Idempotency-Key already used for another request': {
    fr: 'Idempotency-Key déjà utilisé pour une autre requête',
    ar: 'Idempotency-Key مستعمل من قبل لطلب آخر',
  },
  'This Idempotency-Key was sent with another request in the last 24 hours: use a new key for a new request.':
    {
      fr: 'Cet Idempotency-Key a été envoyé avec une autre requête au cours des dernières 24 heures : utilisez une nouvelle clé pour une nouvelle requête.',
      ar: 'أُرسل Idempotency-Key هذا مع طلب آخر خلال الساعات الأربع والعشرين الأخيرة: استعمل مفتاحًا جديدًا لكل طلب جديد.',
    },
  'This credential no longer grants access: sign in again.': {
    fr: 'Cet identifiant ne donne plus accès : reconnectez-vous.',
    ar: 'لم تعد بيانات الاعتماد هذه تمنح الوصول: سجّل الدخول من جديد.',
  },
};

/** The title of a status' default problem (slug from problem.ts) in a language, if the catalogue has it. */
export function slugTitle(slug: string, language: ProblemLanguage): string | undefined {
  return language === 'en' ? undefined : SLUG_TITLES[slug]?.[language];
}

/** A template of problem-catalogue.ts, as a pattern over the English and the names of its values. */
interface CompiledTemplate {
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly translation: (typeof PROBLEM_TEMPLATES)[string];
  /** The English of the entry, as problem-catalogue.ts keys it. */
  readonly english: string;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The most specific first (the longest fixed text): "No such {what} in this project." before "No such {what}.". */
const TEMPLATES: readonly CompiledTemplate[] = Object.entries(PROBLEM_TEMPLATES)
  .map(([english, translation]) => {
    const names = [...english.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const literals = english.split(/\{\w+\}/);
    return {
      pattern: new RegExp(`^${literals.map(escapeRegExp).join('(.+?)')}$`, 's'),
      names,
      translation,
      english,
      fixed: literals.join('').length,
    };
  })
  .sort((a, b) => b.fixed - a.fixed)
  .map(({ pattern, names, translation, english }) => ({ pattern, names, translation, english }));

/** The problem-catalogue.ts entry (phrase or template) that writes `english` in French and Arabic, if any. */
export function catalogueEntryOf(english: string): string | undefined {
  if (PROBLEM_PHRASES[english]) return english;
  return TEMPLATES.find((template) => template.pattern.test(english))?.english;
}

/** A value put in a problem text, as the language shows it (a status, a role, a list of them), else as is. */
function translateValue(
  value: string,
  language: 'fr' | 'ar',
  own: Readonly<Record<string, Translation>> | undefined,
): string {
  const known = own?.[value] ?? PROBLEM_VALUES[value];
  if (known) return known[language];
  if (value.includes(', ')) {
    return value
      .split(', ')
      .map((v) => translateValue(v, language, own))
      .join(language === 'ar' ? '، ' : ', ');
  }
  if (value.includes(' or ')) {
    return value
      .split(' or ')
      .map((v) => translateValue(v, language, own))
      .join(language === 'ar' ? ' أو ' : ' ou ');
  }
  if (value.includes(' and ')) {
    return value
      .split(' and ')
      .map((v) => translateValue(v, language, own))
      .join(language === 'ar' ? ' و' : ' et ');
  }
  return value;
}

/** English text in a language; the English itself when the catalogue lacks it. */
export function translatePhrase(english: string, language: ProblemLanguage): string {
  if (language === 'en') return english;
  const known = PHRASES[english]?.[language] ?? PROBLEM_PHRASES[english]?.[language];
  if (known) return known;
  for (const template of TEMPLATES) {
    const match = template.pattern.exec(english);
    if (!match) continue;
    const values = new Map(template.names.map((name, i) => [name, match[i + 1]]));
    return template.translation[language].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values.get(name);
      return value === undefined ? whole : translateValue(value, language, template.translation.values);
    });
  }
  const route = /^Cannot (\w+) (.*)$/.exec(english);
  if (route) {
    return language === 'fr'
      ? `Aucune route ${route[1]} ${route[2]}`
      : `لا يوجد مسار ${route[1]} ${route[2]}`;
  }
  // A 429's detail (login-throttle.ts) carries the seconds to wait.
  const wait = /^Try again in (\d+) s\.$/.exec(english);
  if (wait) return language === 'fr' ? `Réessayez dans ${wait[1]} s.` : `أعد المحاولة بعد ${wait[1]} ثانية.`;
  return english;
}
