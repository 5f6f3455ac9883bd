import type { ReportLocale } from '../report.types.js';

type Words = Readonly<Record<ReportLocale, string>>;

/**
 * The values a report shows that are codes in the figures (a project's status, a resource's unit), named in
 * the three languages of the platform — the same names as the web app's. A code not listed here (one added
 * since) is shown as it is.
 */
const VALUES = {
  project_status: {
    proposed: { fr: 'Proposé', ar: 'مقترح', en: 'Proposed' },
    active: { fr: 'En cours', ar: 'جارٍ', en: 'Active' },
    on_hold: { fr: 'Suspendu', ar: 'معلّق', en: 'On hold' },
    completed: { fr: 'Terminé', ar: 'منتهٍ', en: 'Completed' },
    cancelled: { fr: 'Annulé', ar: 'ملغى', en: 'Cancelled' },
  },
  project_type: {
    research: { fr: 'Recherche', ar: 'بحث', en: 'Research' },
    applied_rnd: { fr: 'R&D appliquée', ar: 'بحث وتطوير تطبيقي', en: 'Applied R&D' },
    prototype: { fr: 'Prototype', ar: 'نموذج أولي', en: 'Prototype' },
    startup_support: { fr: 'Appui aux startups', ar: 'دعم المقاولات الناشئة', en: 'Startup support' },
    sme_adoption: { fr: 'Adoption par les PME', ar: 'اعتماد المقاولات الصغرى والمتوسطة', en: 'SME adoption' },
    training: { fr: 'Formation', ar: 'تكوين', en: 'Training' },
    public_service: { fr: 'Service public', ar: 'مرفق عمومي', en: 'Public service' },
  },
  convention_status: {
    draft: { fr: 'Brouillon', ar: 'مسودة', en: 'Draft' },
    in_review: { fr: 'En relecture', ar: 'قيد المراجعة', en: 'In review' },
    out_for_signature: { fr: 'En signature', ar: 'قيد التوقيع', en: 'Out for signature' },
    active: { fr: 'En vigueur', ar: 'سارية المفعول', en: 'In force' },
    expired: { fr: 'Expirée', ar: 'منتهية', en: 'Expired' },
    terminated: { fr: 'Résiliée', ar: 'مفسوخة', en: 'Terminated' },
    declined: { fr: 'Refusée', ar: 'مرفوضة', en: 'Declined' },
    voided: { fr: 'Annulée', ar: 'ملغاة', en: 'Voided' },
  },
  workshop_kind: {
    workshop: { fr: 'Atelier', ar: 'ورشة', en: 'Workshop' },
    seminar: { fr: 'Séminaire', ar: 'ندوة', en: 'Seminar' },
    co_design: { fr: 'Co-conception', ar: 'تصميم مشترك', en: 'Co-design' },
    training: { fr: 'Formation', ar: 'تكوين', en: 'Training' },
    steering_committee: { fr: 'Comité de pilotage', ar: 'لجنة القيادة', en: 'Steering committee' },
  },
  resource_kind: {
    compute: { fr: 'Calcul', ar: 'حوسبة', en: 'Compute' },
    dataset: { fr: 'Jeu de données', ar: 'مجموعة بيانات', en: 'Dataset' },
    model: { fr: 'Modèle', ar: 'نموذج', en: 'Model' },
    lab: { fr: 'Laboratoire', ar: 'مختبر', en: 'Lab' },
    equipment: { fr: 'Équipement', ar: 'تجهيزات', en: 'Equipment' },
    expertise: { fr: 'Expertise', ar: 'خبرة', en: 'Expertise' },
    software_licence: { fr: 'Licence logicielle', ar: 'ترخيص برمجي', en: 'Software licence' },
  },
  resource_unit: {
    gpu_hour: { fr: 'heures GPU', ar: 'ساعات GPU', en: 'GPU hours' },
    cpu_hour: { fr: 'heures CPU', ar: 'ساعات CPU', en: 'CPU hours' },
    TB: { fr: 'To', ar: 'تيرابايت', en: 'TB' },
    GB: { fr: 'Go', ar: 'غيغابايت', en: 'GB' },
    seat: { fr: 'places', ar: 'مقاعد', en: 'seats' },
    slot: { fr: 'créneaux', ar: 'فترات', en: 'slots' },
    day: { fr: 'jours', ar: 'أيام', en: 'days' },
    hour: { fr: 'heures', ar: 'ساعات', en: 'hours' },
    licence: { fr: 'licences', ar: 'تراخيص', en: 'licences' },
    request: { fr: 'requêtes', ar: 'طلبات', en: 'requests' },
  },
} as const satisfies Record<string, Record<string, Words>>;

export type ValueDimension = keyof typeof VALUES;

/** A code's name in `locale` (`on_hold` → "Suspendu"), or the code itself when it has none. */
export function valueLabel(dimension: ValueDimension, code: string, locale: ReportLocale): string {
  const names: Readonly<Record<string, Words>> = VALUES[dimension];
  return names[code]?.[locale] ?? code;
}
