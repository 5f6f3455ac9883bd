/** A label in the three languages of the platform. */
export interface LocalizedLabels {
  readonly fr: string;
  readonly ar: string;
  readonly en: string;
}

/**
 * A national priority code, as `ck_national_priority_code` checks it: a pillar (`startup_support`) or a
 * sub-priority (`startup_support.incubation`: its pillar's code, a dot, its own part). There is no third
 * level, so a code with two dots is not a code at all.
 */
export const PRIORITY_CODE_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$/;

/** A thematic domain code, as `ck_thematic_domain_code` checks it. */
export const DOMAIN_CODE_PATTERN = /^[a-z][a-z0-9_]*$/;

export const CODE_MAX_LENGTH = 100;
export const LABEL_MAX_LENGTH = 200;
export const MAX_POSITION = 10_000;

/** One row of `national_priority`. */
export interface Priority {
  readonly code: string;
  /** Null for a pillar; the pillar's code for a sub-priority. */
  readonly parentCode: string | null;
  readonly labels: LocalizedLabels;
  readonly position: number;
  readonly active: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** A pillar with its sub-priorities. */
export interface PriorityPillar extends Priority {
  readonly children: readonly Priority[];
}

/** One row of `thematic_domain`. */
export interface Domain {
  readonly code: string;
  readonly labels: LocalizedLabels;
  readonly position: number;
  readonly active: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface NewReferenceEntry {
  readonly code: string;
  readonly labels: LocalizedLabels;
  /** Null puts it after its last sibling. */
  readonly position: number | null;
}

/** A partial edit of a priority or domain: relabel (any locale), reorder, (de)activate. Never the code. */
export interface ReferencePatch {
  readonly labels?: Partial<LocalizedLabels>;
  readonly position?: number;
  readonly active?: boolean;
}

/** The editable part of a priority or a domain. */
export interface ReferenceState {
  readonly labels: LocalizedLabels;
  readonly position: number;
  readonly active: boolean;
}
