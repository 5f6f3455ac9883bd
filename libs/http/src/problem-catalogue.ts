/**
 * The French and Arabic of the problems services raise (issue 16 point 6), by their English wording:
 * titles and details as written in the code. problem-language.ts looks them up; problem-language.spec.ts
 * reads the sources (problem-texts.scan.ts) and fails when a problem text has no entry here.
 * One file per context in problem-catalogue/ (common.ts for the texts every context raises); this file
 * puts them together, in the order the entries were written (templates of equal specificity keep it).
 */
import {
  t,
  type Catalogue,
  type TemplateCatalogue,
  type Translation,
} from './problem-catalogue/translation.js';
import { COMMON_PHRASES, COMMON_TEMPLATES } from './problem-catalogue/common.js';
import { IDENTITY_PHRASES, IDENTITY_TEMPLATES } from './problem-catalogue/identity.js';
import { NETWORK_PHRASES, NETWORK_TEMPLATES } from './problem-catalogue/network.js';
import { PROJECTS_PHRASES, PROJECTS_TEMPLATES } from './problem-catalogue/projects.js';
import { CONVENTIONS_PHRASES, CONVENTIONS_TEMPLATES } from './problem-catalogue/conventions.js';
import { RESOURCES_PHRASES, RESOURCES_TEMPLATES } from './problem-catalogue/resources.js';
import { WORKSHOPS_PHRASES } from './problem-catalogue/workshops.js';
import { REPORTS_PHRASES } from './problem-catalogue/reports.js';
import { NOTIFICATIONS_PHRASES, NOTIFICATIONS_TEMPLATES } from './problem-catalogue/notifications.js';
import { FIELDS_PHRASES, FIELDS_TEMPLATES } from './problem-catalogue/fields.js';

export type { TemplateTranslation, Translation } from './problem-catalogue/translation.js';

/** Texts without values. */
export const PROBLEM_PHRASES: Catalogue = {
  ...COMMON_PHRASES,
  ...CONVENTIONS_PHRASES,
  ...IDENTITY_PHRASES,
  ...NETWORK_PHRASES,
  ...NOTIFICATIONS_PHRASES,
  ...PROJECTS_PHRASES,
  ...REPORTS_PHRASES,
  ...RESOURCES_PHRASES,
  ...WORKSHOPS_PHRASES,
  ...FIELDS_PHRASES,
};

/**
 * Texts with values: `{name}` in the English stands for a value the code puts there; the French and
 * Arabic put it where it reads well. Values are shown as PROBLEM_VALUES (or the entry's own `values`)
 * has them, else as they are (ids, numbers, dates).
 */
export const PROBLEM_TEMPLATES: TemplateCatalogue = {
  ...COMMON_TEMPLATES,
  ...CONVENTIONS_TEMPLATES,
  ...IDENTITY_TEMPLATES,
  ...NETWORK_TEMPLATES,
  ...NOTIFICATIONS_TEMPLATES,
  ...PROJECTS_TEMPLATES,
  ...RESOURCES_TEMPLATES,
  ...FIELDS_TEMPLATES,
};

/** Values problems put in their texts — statuses, roles, kinds, things — as each language shows them. */
export const PROBLEM_VALUES: Readonly<Record<string, Translation>> = {
  // Statuses (as the name of a state).
  draft: t('brouillon', 'مسودة'),
  in_review: t('en relecture', 'قيد المراجعة'),
  out_for_signature: t('en signature', 'قيد التوقيع'),
  active: t('actif', 'نشط'),
  expired: t('expiré', 'منتهي الصلاحية'),
  terminated: t('résilié', 'مفسوخ'),
  declined: t('décliné', 'مرفوض'),
  voided: t('annulé', 'ملغى'),
  open: t('ouvert', 'مفتوح'),
  met: t('rempli', 'مستوفى'),
  waived: t('levé', 'متنازل عنه'),
  available: t('disponible', 'متاح'),
  maintenance: t('en maintenance', 'قيد الصيانة'),
  retired: t('retiré du service', 'خارج الخدمة'),
  pending: t('en attente', 'قيد الانتظار'),
  awaiting_root: t('en attente de Root', 'بانتظار Root'),
  approved: t('approuvé', 'موافق عليه'),
  rejected: t('refusé', 'مرفوض'),
  revoked: t('révoqué', 'ملغى'),
  withdrawn: t('retiré', 'مسحوب'),
  published: t('publié', 'منشور'),
  held: t('tenu', 'منعقد'),
  cancelled: t('annulé', 'ملغى'),
  invited: t('invité', 'مدعو'),
  registered: t('inscrit', 'مسجّل'),
  waitlisted: t('en liste d’attente', 'في قائمة الانتظار'),
  planned: t('prévu', 'مخطط'),
  submitted: t('soumis', 'مقدَّم'),
  accepted: t('accepté', 'مقبول'),
  proposed: t('proposé', 'مقترح'),
  on_hold: t('en pause', 'متوقف مؤقتًا'),
  completed: t('terminé', 'مكتمل'),
  queued: t('en file d’attente', 'في قائمة الانتظار'),
  running: t('en cours', 'قيد التنفيذ'),
  ready: t('prêt', 'جاهز'),
  failed: t('en échec', 'فاشل'),
  suspended: t('suspendu', 'معلّق'),
  retried: t('relancée', 'أُعيدت'),
  dismissed: t('écartée', 'استُبعدت'),
  'no signature recorded yet': t('aucune signature encore enregistrée', 'عدم تسجيل أي توقيع بعد'),
  // Roles and kinds of tenant.
  network_admin: t('administrateur du réseau', 'مسؤول الشبكة'),
  ministry_analyst: t('analyste du ministère', 'محلل الوزارة'),
  institute_manager: t('responsable d’institut', 'مسؤول المعهد'),
  researcher: t('chercheur', 'باحث'),
  partner_admin: t('administrateur partenaire', 'مسؤول الشريك'),
  partner_member: t('membre partenaire', 'عضو الشريك'),
  root: t('Root', 'Root'),
  institute: t('institut', 'معهد'),
  partner: t('partenaire', 'شريك'),
  // Things a "No such …" names.
  report: t('Rapport', 'التقرير'),
  schedule: t('Programmation', 'الجدولة'),
  tenant: t('Organisation', 'المؤسسة'),
  workshop: t('Atelier', 'الورشة'),
  registration: t('Inscription', 'التسجيل'),
  'action item': t('Action', 'الإجراء'),
  'calendar feed': t('Flux d’agenda', 'موجز التقويم'),
  deliverable: t('Livrable', 'المُخرَج'),
  file: t('Fichier', 'الملف'),
  milestone: t('Jalon', 'المرحلة'),
  'status report': t('Rapport d’avancement', 'تقرير التقدم'),
  kpi: t('Indicateur', 'المؤشر'),
  evaluation: t('Évaluation', 'التقييم'),
  // What Root alone does (reference data).
  'sees deactivated priorities': t('voit les priorités désactivées', 'رؤية الأولويات المعطّلة'),
  'manages the national priorities': t('gère les priorités nationales', 'إدارة الأولويات الوطنية'),
  'sees deactivated domains': t('voit les domaines désactivés', 'رؤية المجالات المعطّلة'),
  'manages the thematic domains': t('gère les domaines thématiques', 'إدارة المجالات الموضوعية'),
  // Periods of a resource.
  month: t('mois', 'شهر'),
  quarter: t('trimestre', 'ربع سنة'),
  year: t('année', 'سنة'),
  // Fields an institute needs.
  regionCode: t('région (regionCode)', 'الجهة (regionCode)'),
  city: t('ville (city)', 'المدينة (city)'),
};
