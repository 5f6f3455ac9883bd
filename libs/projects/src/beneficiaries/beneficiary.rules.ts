import type {
  BeneficiaryDifference,
  BeneficiaryPatch,
  BeneficiaryRecord,
  BeneficiarySize,
  NewBeneficiary,
} from './beneficiary.types.js';

export interface BeneficiaryValues {
  readonly name: string;
  readonly size: BeneficiarySize;
  readonly sector: string;
  readonly regionCode: string;
}

/** What a correction changes, field by field, for the audit log; only real changes are noted. */
export function mergeBeneficiaryPatch(
  current: BeneficiaryRecord,
  patch: BeneficiaryPatch,
): { next: BeneficiaryValues; before: Record<string, unknown>; after: Record<string, unknown> } {
  const was: BeneficiaryValues = {
    name: current.name,
    size: current.size,
    sector: current.sector,
    regionCode: current.region.code,
  };
  const next: BeneficiaryValues = {
    name: patch.name ?? was.name,
    size: patch.size ?? was.size,
    sector: patch.sector ?? was.sector,
    regionCode: patch.regionCode ?? was.regionCode,
  };
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const field of ['name', 'size', 'sector', 'regionCode'] as const) {
    if (was[field] !== next[field]) {
      before[field] = was[field];
      after[field] = next[field];
    }
  }
  return { next, before, after };
}

/** The fields whose new value must be checked against the reference tables. */
export function referencesToCheck(
  current: Pick<BeneficiaryValues, 'sector' | 'regionCode'> | null,
  next: Pick<BeneficiaryValues, 'sector' | 'regionCode'>,
): { sector?: string; regionCode?: string } {
  return {
    sector: current?.sector === next.sector ? undefined : next.sector,
    regionCode: current?.regionCode === next.regionCode ? undefined : next.regionCode,
  };
}

/** A name as written, but for case, Unicode form and runs of spaces: "SAHARA  vision" is "Sahara Vision". */
function sameName(a: string, b: string): boolean {
  const fold = (s: string) => s.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('fr');
  return fold(a) === fold(b);
}

/**
 * What a linking institute described otherwise than the registry's entry of the same ICE, field by field
 * in a fixed order; empty when it matches (or the entry was just registered from this very description).
 */
export function differencesOf(
  registry: BeneficiaryRecord,
  declared: NewBeneficiary,
): BeneficiaryDifference[] {
  const differences: BeneficiaryDifference[] = [];
  if (!sameName(registry.name, declared.name)) {
    differences.push({ field: 'name', registry: registry.name, declared: declared.name });
  }
  if (registry.size !== declared.size) {
    differences.push({ field: 'size', registry: registry.size, declared: declared.size });
  }
  if (registry.sector !== declared.sector) {
    differences.push({ field: 'sector', registry: registry.sector, declared: declared.sector });
  }
  if (registry.region.code !== declared.regionCode) {
    differences.push({ field: 'regionCode', registry: registry.region.code, declared: declared.regionCode });
  }
  return differences;
}
