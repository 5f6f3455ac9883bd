import type { TenantKind } from '@jazari/database';
import type { LocalizedLabels } from '../reference.types.js';
import type { LocalizedNames, Region, TenantStatus } from '../tenant.types.js';

export const DESCRIPTION_MAX_LENGTH = 4000;
export const MAX_DIRECTORY_DOMAINS = 12;

/** What one tenant shows the network: its identity (from `tenant`) and its profile (`directory_profile`). */
export interface DirectoryEntry {
  readonly id: string;
  readonly kind: TenantKind;
  readonly slug: string;
  readonly legalName: string;
  readonly names: LocalizedNames;
  /** Only Root ever sees a suspended entry. */
  readonly status: TenantStatus;
  readonly region: Region | null;
  readonly city: string | null;
  readonly hostOrganisation: string | null;
  readonly description: string | null;
  readonly contact: {
    readonly email: string | null;
    readonly phone: string | null;
    readonly website: string | null;
  };
  readonly domains: readonly { readonly code: string; readonly labels: LocalizedLabels }[];
  /** When the tenant last saved its profile; null if it never did. */
  readonly profileUpdatedAt: Date | null;
}

export interface DirectoryFilter {
  /** Absent: institutes and partners (Root is listed only when asked for by kind). */
  readonly kind?: TenantKind;
  readonly regionCode?: string;
  readonly domainCode?: string;
  /** Folded (case, accents, Arabic diacritics) substring of the names, legal name, city, host organisation. */
  readonly q?: string;
  /** Root sees suspended tenants; everyone else does not. */
  readonly includeSuspended: boolean;
}

/** The whole profile, as `PUT /directory/profile` replaces it. */
export interface DirectoryProfile {
  readonly description: string | null;
  readonly contactEmail: string | null;
  readonly contactPhone: string | null;
  readonly website: string | null;
  readonly domainCodes: readonly string[];
}
