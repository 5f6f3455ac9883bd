import type { TenantKind } from '@jazari/database';
import { NetworkProblems } from '../network.problems.js';
import type { LocalizedNames, Tenant, TenantPatch, TenantProfile } from '../tenant.types.js';

/** What an edit changes, field by field (names as `names.fr`…), for the audit log. */
export interface ProfileChange {
  readonly next: TenantProfile;
  readonly before: Readonly<Record<string, unknown>>;
  readonly after: Readonly<Record<string, unknown>>;
}

const LOCALES = ['fr', 'ar', 'en'] as const satisfies readonly (keyof LocalizedNames)[];
const NULLABLE_FIELDS = ['regionCode', 'city', 'hostOrganisation'] as const;

export function profileOf(tenant: Tenant): TenantProfile {
  return {
    legalName: tenant.legalName,
    names: tenant.names,
    regionCode: tenant.region?.code ?? null,
    city: tenant.city,
    hostOrganisation: tenant.hostOrganisation,
  };
}

/**
 * An institute is located: it always has a region and a city (the table checks it too, as
 * `ck_tenant_institute_region`; checking here first gives the caller a problem, not a 500).
 */
export function assertInstituteLocation(kind: TenantKind, profile: TenantProfile): void {
  if (kind !== 'institute') return;
  const missing: string[] = [];
  if (profile.regionCode === null) missing.push('regionCode');
  if (profile.city === null) missing.push('city');
  if (missing.length > 0) throw NetworkProblems.instituteLocationRequired(missing);
}

/**
 * Applies a partial edit: absent fields are kept, `null` clears a nullable field, `names` merges per
 * locale. Only fields whose value actually changes appear in `before`/`after`.
 */
export function mergeTenantPatch(current: TenantProfile, patch: TenantPatch): ProfileChange {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const note = (field: string, from: unknown, to: unknown): void => {
    if (from === to) return;
    before[field] = from;
    after[field] = to;
  };

  const legalName = patch.legalName ?? current.legalName;
  note('legalName', current.legalName, legalName);

  const names: LocalizedNames = {
    fr: patch.names?.fr ?? current.names.fr,
    ar: patch.names?.ar ?? current.names.ar,
    en: patch.names?.en ?? current.names.en,
  };
  for (const locale of LOCALES) note(`names.${locale}`, current.names[locale], names[locale]);

  const nullable = {} as Record<(typeof NULLABLE_FIELDS)[number], string | null>;
  for (const field of NULLABLE_FIELDS) {
    const value = patch[field] === undefined ? current[field] : patch[field];
    nullable[field] = value;
    note(field, current[field], value);
  }

  return { next: { legalName, names, ...nullable }, before, after };
}

export function hasChanges(change: ProfileChange): boolean {
  return Object.keys(change.after).length > 0;
}
