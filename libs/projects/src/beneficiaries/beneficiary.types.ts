/** Company sizes, as `ck_beneficiary_size` checks them. */
export const BENEFICIARY_SIZES = ['startup', 'micro', 'small', 'medium'] as const;
export type BeneficiarySize = (typeof BENEFICIARY_SIZES)[number];

/** What an institute does for a company, as `ck_project_beneficiary_kind` checks it. */
export const SUPPORT_KINDS = [
  'incubation',
  'acceleration',
  'technical_assistance',
  'co_development',
  'training',
  'compute_access',
  'funding',
] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** Identifiant Commun de l'Entreprise: 15 digits (`ck_beneficiary_ice`). */
export const ICE_PATTERN = /^[0-9]{15}$/;
/** A sector is a thematic domain code (health, agriculture, finance…). */
export const SECTOR_PATTERN = /^[a-z][a-z0-9_]*$/;
/** ISO 3166-2:MA shape; whether the region exists is the `region` table's say. */
export const REGION_CODE_PATTERN = /^MA-[0-9]{2}$/;
export const BENEFICIARY_NAME_MAX_LENGTH = 300;
export const SUPPORT_NOTE_MAX_LENGTH = 2000;

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export interface Names {
  readonly fr: string;
  readonly ar: string;
  readonly en: string;
}

/** A company of the national registry, as stored (one per ICE, whoever supports it). */
export interface BeneficiaryRecord {
  readonly id: string;
  readonly ice: string;
  readonly name: string;
  readonly size: BeneficiarySize;
  readonly sector: string;
  readonly region: { readonly code: string; readonly names: Names };
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** One project's support of a company, as the caller may see it. */
export interface BeneficiarySupport {
  readonly institute: { readonly id: string; readonly names: Names };
  readonly project: { readonly id: string; readonly title: string };
  readonly supportKind: SupportKind;
  /** `YYYY-MM-DD`. */
  readonly startedOn: string;
  readonly note: string | null;
  readonly linkedAt: Date;
}

/** A registry entry with the supports the caller can see (its own institute's; Root: all). */
export interface Beneficiary extends BeneficiaryRecord {
  readonly supports: readonly BeneficiarySupport[];
}

/** A company linked to one project. */
export interface ProjectBeneficiary {
  readonly beneficiary: BeneficiaryRecord;
  readonly supportKind: SupportKind;
  readonly startedOn: string;
  readonly note: string | null;
  readonly linkedAt: Date;
}

export interface BeneficiaryFilter {
  /** Folded substring of the name, or digits of the ICE. */
  readonly q?: string;
  readonly size?: BeneficiarySize;
  readonly sector?: string;
  readonly regionCode?: string;
}

/** The company as a linking institute describes it; the registry keeps the first description of an ICE. */
export interface NewBeneficiary {
  readonly ice: string;
  readonly name: string;
  readonly size: BeneficiarySize;
  readonly sector: string;
  readonly regionCode: string;
}

export interface NewSupport {
  readonly supportKind: SupportKind;
  readonly startedOn: string;
  readonly note: string | null;
}

/** Root's correction of a registry entry; the ICE never changes (it is the company's identity). */
export interface BeneficiaryPatch {
  readonly name?: string;
  readonly size?: BeneficiarySize;
  readonly sector?: string;
  readonly regionCode?: string;
}

/** The fields of a registry entry a linking institute describes, and may describe differently. */
export const MISMATCH_FIELDS = ['name', 'size', 'sector', 'regionCode'] as const;
export type MismatchField = (typeof MISMATCH_FIELDS)[number];

/** One field the linking institute described otherwise than the registry. */
export interface BeneficiaryDifference {
  readonly field: MismatchField;
  readonly registry: string;
  readonly declared: string;
}

/** A link made with the registry's entry although the institute described the company otherwise. */
export interface BeneficiaryMismatch {
  readonly id: string;
  readonly differences: readonly BeneficiaryDifference[];
}

/** What linking answers: the link, with the registry's entry, and what differed from the request. */
export interface ProjectBeneficiaryLink extends ProjectBeneficiary {
  readonly mismatch: BeneficiaryMismatch | null;
}

/** A mismatch as Root reviews it: the registry's entry now, who declared what, on which project. */
export interface BeneficiaryMismatchReview extends BeneficiaryMismatch {
  readonly beneficiary: BeneficiaryRecord;
  readonly institute: { readonly id: string; readonly names: Names };
  readonly project: { readonly id: string; readonly title: string };
  readonly reportedBy: string | null;
  readonly createdAt: Date;
}

/** Whose supports a caller sees: its own institute's, a partner's projects', or (Root) every one. */
export interface SupportViewer {
  readonly tenantId: string;
  readonly tenantKind: 'root' | 'institute' | 'partner';
}

export interface Page<T> {
  readonly data: readonly T[];
  readonly nextCursor: string | null;
}
