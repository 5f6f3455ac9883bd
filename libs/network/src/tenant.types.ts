import type { TenantKind } from '@jazari/database';

export const TENANT_STATUSES = ['active', 'suspended'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

/** The kinds Root may create: there is exactly one Root, made by the first migration's seed. */
export const CREATABLE_TENANT_KINDS = ['institute', 'partner'] as const;
export type CreatableTenantKind = (typeof CREATABLE_TENANT_KINDS)[number];

/** ISO 3166-2:MA shape, as the `region` table checks it; whether the code exists is the table's say. */
export const REGION_CODE_PATTERN = /^MA-[0-9]{2}$/;

/** Kebab-case, as `ck_tenant_slug` checks it. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export interface LocalizedNames {
  readonly fr: string;
  readonly ar: string;
  readonly en: string;
}

export interface Region {
  readonly code: string;
  readonly names: LocalizedNames;
}

export interface Tenant {
  readonly id: string;
  readonly kind: TenantKind;
  readonly slug: string;
  readonly legalName: string;
  readonly names: LocalizedNames;
  readonly status: TenantStatus;
  readonly region: Region | null;
  readonly city: string | null;
  readonly hostOrganisation: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** The fields Root may edit after creation (never slug, kind or status). */
export interface TenantProfile {
  readonly legalName: string;
  readonly names: LocalizedNames;
  readonly regionCode: string | null;
  readonly city: string | null;
  readonly hostOrganisation: string | null;
}

export interface NewTenant extends TenantProfile {
  readonly kind: CreatableTenantKind;
  readonly slug: string;
}

/** A partial edit: an absent field is kept; `null` clears a nullable field. */
export interface TenantPatch {
  readonly legalName?: string;
  readonly names?: Partial<LocalizedNames>;
  readonly regionCode?: string | null;
  readonly city?: string | null;
  readonly hostOrganisation?: string | null;
}

export interface TenantFilter {
  readonly kind?: TenantKind;
  readonly status?: TenantStatus;
  readonly regionCode?: string;
  /** Case-insensitive substring of the slug, the legal name or any of the three names. */
  readonly q?: string;
}

export interface Page<T> {
  readonly data: readonly T[];
  readonly nextCursor: string | null;
}
