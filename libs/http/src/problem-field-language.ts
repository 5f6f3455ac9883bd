import { translatePhrase, type ProblemLanguage } from './problem-language.js';

// Per-field messages of a `validation-failed` problem: written from the constraint's template in each
// language (problem-language.ts translates every other text by its English wording).
/** What a field fault is: a class-validator constraint name or an input-guard code, with its arguments. */
export interface FieldFault {
  readonly constraint: string;
  readonly args?: readonly unknown[];
}

type Template = (field: string, args: readonly unknown[]) => string;
const upTo = (value: unknown): string => (typeof value === 'number' ? String(value) : '∞');
const list = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : String(value));

const FIELD_TEMPLATES: Readonly<Record<string, Readonly<Record<ProblemLanguage, Template>>>> = {
  isNotEmpty: {
    fr: (f) => `${f} ne doit pas être vide`,
    ar: (f) => `يجب ألا يكون ${f} فارغًا`,
    en: (f) => `${f} should not be empty`,
  },
  isDefined: {
    fr: (f) => `${f} est obligatoire`,
    ar: (f) => `${f} مطلوب`,
    en: (f) => `${f} should not be null or undefined`,
  },
  isString: {
    fr: (f) => `${f} doit être un texte`,
    ar: (f) => `يجب أن يكون ${f} نصًا`,
    en: (f) => `${f} must be a string`,
  },
  isEmail: {
    fr: (f) => `${f} doit être une adresse e-mail`,
    ar: (f) => `يجب أن يكون ${f} بريدًا إلكترونيًا`,
    en: (f) => `${f} must be an email`,
  },
  maxLength: {
    fr: (f, a) => `${f} doit compter au plus ${String(a[0])} caractères`,
    ar: (f, a) => `يجب ألا يتجاوز ${f} ${String(a[0])} حرفًا`,
    en: (f, a) => `${f} must be shorter than or equal to ${String(a[0])} characters`,
  },
  minLength: {
    fr: (f, a) => `${f} doit compter au moins ${String(a[0])} caractères`,
    ar: (f, a) => `يجب ألا يقل ${f} عن ${String(a[0])} حرفًا`,
    en: (f, a) => `${f} must be longer than or equal to ${String(a[0])} characters`,
  },
  isLength: {
    fr: (f, a) => `${f} doit compter entre ${String(a[0])} et ${upTo(a[1])} caractères`,
    ar: (f, a) => `يجب أن يكون طول ${f} بين ${String(a[0])} و${upTo(a[1])} حرفًا`,
    en: (f, a) => `${f} must be between ${String(a[0])} and ${upTo(a[1])} characters`,
  },
  min: {
    fr: (f, a) => `${f} ne doit pas être inférieur à ${String(a[0])}`,
    ar: (f, a) => `يجب ألا يقل ${f} عن ${String(a[0])}`,
    en: (f, a) => `${f} must not be less than ${String(a[0])}`,
  },
  max: {
    fr: (f, a) => `${f} ne doit pas être supérieur à ${String(a[0])}`,
    ar: (f, a) => `يجب ألا يزيد ${f} عن ${String(a[0])}`,
    en: (f, a) => `${f} must not be greater than ${String(a[0])}`,
  },
  isInt: {
    fr: (f) => `${f} doit être un nombre entier`,
    ar: (f) => `يجب أن يكون ${f} عددًا صحيحًا`,
    en: (f) => `${f} must be an integer number`,
  },
  isNumber: {
    fr: (f) => `${f} doit être un nombre`,
    ar: (f) => `يجب أن يكون ${f} رقمًا`,
    en: (f) => `${f} must be a number`,
  },
  isBoolean: {
    fr: (f) => `${f} doit être vrai ou faux`,
    ar: (f) => `يجب أن يكون ${f} صحيحًا أو خاطئًا`,
    en: (f) => `${f} must be a boolean value`,
  },
  isIn: {
    fr: (f, a) => `${f} doit être l’une de ces valeurs : ${list(a[0])}`,
    ar: (f, a) => `يجب أن يكون ${f} إحدى هذه القيم: ${list(a[0])}`,
    en: (f, a) => `${f} must be one of the following values: ${list(a[0])}`,
  },
  isEnum: {
    fr: (f, a) => `${f} doit être l’une de ces valeurs : ${list(Object.values(a[0] ?? {}))}`,
    ar: (f, a) => `يجب أن يكون ${f} إحدى هذه القيم: ${list(Object.values(a[0] ?? {}))}`,
    en: (f, a) => `${f} must be one of the following values: ${list(Object.values(a[0] ?? {}))}`,
  },
  isUuid: {
    fr: (f) => `${f} doit être un UUID`,
    ar: (f) => `يجب أن يكون ${f} معرّف UUID`,
    en: (f) => `${f} must be a UUID`,
  },
  isDateString: {
    fr: (f) => `${f} doit être une date ISO 8601`,
    ar: (f) => `يجب أن يكون ${f} تاريخًا بصيغة ISO 8601`,
    en: (f) => `${f} must be a valid ISO 8601 date string`,
  },
  isCalendarDate: {
    fr: (f) => `${f} doit être une date AAAA-MM-JJ qui existe`,
    ar: (f) => `يجب أن يكون ${f} تاريخًا موجودًا بصيغة YYYY-MM-DD`,
    en: (f) => `${f} must be a date YYYY-MM-DD that exists`,
  },
  isUrl: {
    fr: (f) => `${f} doit être une adresse web`,
    ar: (f) => `يجب أن يكون ${f} عنوان ويب`,
    en: (f) => `${f} must be a URL address`,
  },
  isArray: {
    fr: (f) => `${f} doit être une liste`,
    ar: (f) => `يجب أن يكون ${f} قائمة`,
    en: (f) => `${f} must be an array`,
  },
  arrayMaxSize: {
    fr: (f, a) => `${f} doit contenir au plus ${String(a[0])} éléments`,
    ar: (f, a) => `يجب ألا يحتوي ${f} على أكثر من ${String(a[0])} عنصرًا`,
    en: (f, a) => `${f} must contain no more than ${String(a[0])} elements`,
  },
  arrayMinSize: {
    fr: (f, a) => `${f} doit contenir au moins ${String(a[0])} éléments`,
    ar: (f, a) => `يجب أن يحتوي ${f} على ${String(a[0])} عنصرًا على الأقل`,
    en: (f, a) => `${f} must contain at least ${String(a[0])} elements`,
  },
  arrayUnique: {
    fr: (f) => `les éléments de ${f} doivent être uniques`,
    ar: (f) => `يجب أن تكون عناصر ${f} فريدة`,
    en: (f) => `All ${f}'s elements must be unique`,
  },
  matches: {
    fr: (f) => `${f} n’a pas le format attendu`,
    ar: (f) => `${f} ليس بالصيغة المطلوبة`,
    en: (f) => `${f} does not have the expected format`,
  },
  whitelistValidation: {
    fr: (f) => `le champ ${f} n’existe pas`,
    ar: (f) => `الحقل ${f} غير موجود`,
    en: (f) => `property ${f} should not exist`,
  },
  nestedValidation: {
    fr: (f) => `${f} doit être un objet ou une liste d’objets`,
    ar: (f) => `يجب أن يكون ${f} كائنًا أو قائمة كائنات`,
    en: (f) => `nested property ${f} must be either object or array`,
  },
  // The input guard (input-guard.ts).
  nulCharacter: {
    fr: (f) => `${f} ne doit pas contenir le caractère NUL (U+0000)`,
    ar: (f) => `يجب ألا يحتوي ${f} على المحرف NUL (U+0000)`,
    en: (f) => `${f} must not contain the NUL character (U+0000)`,
  },
  loneSurrogate: {
    fr: (f) => `${f} doit être un texte Unicode valide (il contient un demi-caractère UTF-16 isolé)`,
    ar: (f) => `يجب أن يكون ${f} نص يونيكود صالحًا (يحتوي على نصف محرف UTF-16 منفرد)`,
    en: (f) => `${f} must be valid Unicode text (it contains a lone UTF-16 surrogate)`,
  },
  keyNulCharacter: {
    fr: (f) => `une clé de ${f} ne doit pas contenir le caractère NUL (U+0000)`,
    ar: (f) => `يجب ألا يحتوي مفتاح في ${f} على المحرف NUL (U+0000)`,
    en: (f) => `a key of ${f} must not contain the NUL character (U+0000)`,
  },
  keyLoneSurrogate: {
    fr: (f) => `une clé de ${f} doit être un texte Unicode valide (demi-caractère UTF-16 isolé)`,
    ar: (f) => `يجب أن يكون مفتاح في ${f} نص يونيكود صالحًا (نصف محرف UTF-16 منفرد)`,
    en: (f) => `a key of ${f} must be valid Unicode text (it contains a lone UTF-16 surrogate)`,
  },
  impossibleDate: {
    fr: (f) => `${f} doit être une date qui existe`,
    ar: (f) => `يجب أن يكون ${f} تاريخًا موجودًا`,
    en: (f) => `${f} must be a date that exists`,
  },
  notFinite: {
    fr: (f) => `${f} doit être un nombre fini`,
    ar: (f) => `يجب أن يكون ${f} عددًا منتهيًا`,
    en: (f) => `${f} must be a finite number`,
  },
  nestedTooDeeply: {
    fr: (f) => `${f} est imbriqué trop profondément`,
    ar: (f) => `${f} متداخل بعمق زائد`,
    en: (f) => `${f} is nested too deeply`,
  },
};

const FIELD_FALLBACK: Readonly<Record<'fr' | 'ar', Template>> = {
  fr: (f) => `la valeur de ${f} n’est pas valide`,
  ar: (f) => `قيمة ${f} غير صالحة`,
};

/** Class-validator names some constraints differently in its metadata and its errors. */
const ALIASES: Readonly<Record<string, string>> = { isUUID: 'isUuid', length: 'isLength' };

/**
 * The message of one field fault in a language. In English a fault keeps the message it was raised with
 * (a DTO's own wording, say); in French and Arabic it is written from the constraint's template, or a
 * generic "not valid" naming the field when the catalogue has none.
 */
export function fieldMessage(
  field: string,
  fault: FieldFault | undefined,
  english: string,
  language: ProblemLanguage,
): string {
  if (language === 'en') return english;
  if (fault) {
    const template = FIELD_TEMPLATES[ALIASES[fault.constraint] ?? fault.constraint]?.[language];
    if (template) return template(field.split('.').pop() ?? field, fault.args ?? []);
  }
  const phrase = translatePhrase(english, language);
  if (phrase !== english) return phrase;
  const generic = FIELD_FALLBACK[language](field.split('.').pop() ?? field, []);
  // A hand-written message that names the values at fault ("not a region: XX") keeps them.
  const [, what, values] = /^(.*): ([^:]+)$/.exec(english) ?? [];
  if (!what || !values) return generic;
  const known = translatePhrase(what, language);
  return `${known !== what ? known : generic}${language === 'fr' ? ' : ' : ': '}${values}`;
}

/** The English message of an input-guard fault. */
export function guardMessage(field: string, constraint: string): string {
  return FIELD_TEMPLATES[constraint].en(field, []);
}
