import type { ProjectStatus } from '../project-access.js';

export const PROJECT_TYPES = [
  'research',
  'applied_rnd',
  'prototype',
  'startup_support',
  'sme_adoption',
  'training',
  'public_service',
] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];

/** Money is `numeric(16,2)` in Moroccan dirhams; it travels as a decimal string, never a JS number. */
export const CURRENCY = 'MAD';
export const MONEY_PATTERN = /^[0-9]{1,14}(\.[0-9]{1,2})?$/;
export const DATE_PATTERN = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
/** ISO 3166-2:MA codes of the 12 regions. */
export const REGION_CODE_PATTERN = /^MA-(0[1-9]|1[0-2])$/;
/** As `ck_national_priority_code`: a level-1 code, or a level-1 code, a dot and a child part. */
export const PRIORITY_CODE_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$/;
export const DOMAIN_CODE_PATTERN = /^[a-z][a-z0-9_]*$/;

export const TITLE_MAX_LENGTH = 300;
export const SUMMARY_MAX_LENGTH = 10_000;
export const MAX_TEAM = 200;
export const MAX_PARTNERS = 100;
export const MAX_PRIORITIES = 30;
export const MAX_DOMAINS = 30;

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
export const EXPORT_BATCH_SIZE = 1_000;
export const EXPORT_MAX_ROWS = 100_000;

export interface Labels {
  readonly fr: string;
  readonly ar: string;
  readonly en: string;
}

export interface CodeLabel {
  readonly code: string;
  readonly labels: Labels;
}

/** A person on a project; `displayName` is null where the caller may not see the user (a partner). */
export interface Person {
  readonly id: string;
  readonly displayName: string | null;
}

export interface TenantRef {
  readonly id: string;
  readonly slug: string;
  /** The tenant's legal name. */
  readonly name: string;
}

/** The fields a PATCH edits; the code sets replace the stored ones. */
export interface ProjectContent {
  readonly title: string;
  readonly summary: string;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly budgetMad: string;
  readonly spentMad: string;
  readonly priorityCodes: readonly string[];
  readonly regionCodes: readonly string[];
  readonly domainCodes: readonly string[];
}

export type ProjectPatch = Partial<ProjectContent>;

export interface NewProject extends ProjectContent {
  readonly type: ProjectType;
  readonly leadUserId: string;
  readonly team: readonly string[];
  readonly partnerTenantIds: readonly string[];
}

/** A project as stored, with what hangs off it, for the detail view and for computing edits. */
export interface ProjectDetail {
  readonly id: string;
  readonly institute: TenantRef;
  readonly type: ProjectType;
  readonly title: string;
  readonly summary: string;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly budgetMad: string;
  readonly spentMad: string;
  readonly status: ProjectStatus;
  readonly version: number;
  readonly lead: Person;
  readonly team: readonly Person[];
  readonly partners: readonly TenantRef[];
  readonly priorities: readonly CodeLabel[];
  readonly regions: readonly CodeLabel[];
  readonly domains: readonly CodeLabel[];
  readonly counts: {
    readonly milestones: number;
    readonly deliverables: number;
    readonly lateMilestones: number;
    readonly overdueDeliverables: number;
  };
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** The detail plus what this caller may do with it. */
export interface ProjectView extends ProjectDetail {
  readonly allowedTransitions: readonly ProjectStatus[];
  readonly canEdit: boolean;
  readonly canManage: boolean;
}

/** Whose projects a list shows: Root all, an institute its own, a partner those it takes part in. */
export type ProjectVisibility =
  | { readonly kind: 'root' }
  | { readonly kind: 'institute'; readonly tenantId: string }
  | { readonly kind: 'partner'; readonly tenantId: string };

export interface ProjectFilter {
  readonly instituteId?: string;
  readonly status?: ProjectStatus;
  readonly type?: ProjectType;
  /** A level-1 code matches its children too. */
  readonly priority?: string;
  readonly region?: string;
  readonly domain?: string;
  readonly partner?: string;
  readonly lead?: string;
  readonly overdue?: boolean;
  readonly q?: string;
}

export interface ProjectListRow {
  readonly id: string;
  readonly institute: TenantRef;
  readonly type: ProjectType;
  readonly title: string;
  readonly status: ProjectStatus;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly budgetMad: string;
  readonly spentMad: string;
  readonly lead: Person;
  readonly priorityCodes: readonly string[];
  readonly regionCodes: readonly string[];
  readonly domainCodes: readonly string[];
  readonly lateMilestones: number;
  readonly overdueDeliverables: number;
}

/** A list row with the partners' names, for the CSV export. */
export interface ProjectExportRow extends ProjectListRow {
  readonly partnerNames: readonly string[];
}

export interface Page<T> {
  readonly data: readonly T[];
  readonly nextCursor: string | null;
}
