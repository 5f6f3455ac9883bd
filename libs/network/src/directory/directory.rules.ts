import type { DirectoryProfile } from './directory.types.js';

/** What a profile replacement changes, field by field, for the audit log (nothing: no entry). */
export function profileChanges(
  before: DirectoryProfile,
  after: DirectoryProfile,
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const was: Record<string, unknown> = {};
  const is: Record<string, unknown> = {};
  for (const field of ['description', 'contactEmail', 'contactPhone', 'website'] as const) {
    if (before[field] !== after[field]) {
      was[field] = before[field];
      is[field] = after[field];
    }
  }
  const oldCodes = [...before.domainCodes].sort();
  const newCodes = [...after.domainCodes].sort();
  if (oldCodes.join(',') !== newCodes.join(',')) {
    was.domainCodes = oldCodes;
    is.domainCodes = newCodes;
  }
  return Object.keys(is).length > 0 ? { before: was, after: is } : null;
}

/**
 * The domains a profile may not name: those that are not active, unless the tenant already has them
 * (saving a profile again must not fail because Root deactivated one of its domains meanwhile).
 */
export function refusedDomains(
  requested: readonly string[],
  notActive: readonly string[],
  current: readonly string[],
): string[] {
  const kept = new Set(current);
  return notActive.filter((code) => requested.includes(code) && !kept.has(code));
}
