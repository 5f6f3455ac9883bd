import type { BeneficiaryPatch, BeneficiaryRecord, BeneficiarySize } from './beneficiary.types.js';

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
