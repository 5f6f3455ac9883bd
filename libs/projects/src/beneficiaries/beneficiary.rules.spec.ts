import { describe, expect, it } from '@jest/globals';
import { differencesOf, mergeBeneficiaryPatch, referencesToCheck } from './beneficiary.rules.js';
import type { BeneficiaryRecord } from './beneficiary.types.js';

const record: BeneficiaryRecord = {
  id: '0190f5a2-7b4e-7c3d-8e9f-0a1b2c3d4e5f',
  ice: '002871453000061',
  name: 'Sahara Vision',
  size: 'startup',
  sector: 'health',
  region: { code: 'MA-04', names: { fr: 'R', ar: 'R', en: 'R' } },
  createdAt: new Date('2026-01-01T00:00:00Z'),
  updatedAt: new Date('2026-01-01T00:00:00Z'),
};

describe('mergeBeneficiaryPatch', () => {
  it('keeps absent fields and notes only real changes', () => {
    const change = mergeBeneficiaryPatch(record, {
      name: 'Sahara Vision SA',
      size: 'startup',
      regionCode: 'MA-06',
    });
    expect(change.next).toEqual({
      name: 'Sahara Vision SA',
      size: 'startup',
      sector: 'health',
      regionCode: 'MA-06',
    });
    expect(change.before).toEqual({ name: 'Sahara Vision', regionCode: 'MA-04' });
    expect(change.after).toEqual({ name: 'Sahara Vision SA', regionCode: 'MA-06' });
  });

  it('finds nothing in an empty edit', () => {
    expect(mergeBeneficiaryPatch(record, {}).after).toEqual({});
  });
});

describe('referencesToCheck', () => {
  it('checks only the references that change', () => {
    expect(
      referencesToCheck({ sector: 'health', regionCode: 'MA-04' }, { sector: 'health', regionCode: 'MA-06' }),
    ).toEqual({ sector: undefined, regionCode: 'MA-06' });
    expect(referencesToCheck(null, { sector: 'health', regionCode: 'MA-04' })).toEqual({
      sector: 'health',
      regionCode: 'MA-04',
    });
  });
});

describe('differencesOf', () => {
  const declared = {
    ice: record.ice,
    name: 'Sahara Vision',
    size: 'startup',
    sector: 'health',
    regionCode: 'MA-04',
  } as const;

  it('finds nothing when the description matches, whatever the case, Unicode form or spacing of the name', () => {
    expect(differencesOf(record, declared)).toEqual([]);
    expect(differencesOf(record, { ...declared, name: '  SAHARA   vision ' })).toEqual([]);
    expect(
      differencesOf({ ...record, name: 'Société Atlas' }, { ...declared, name: 'Socie\u0301te\u0301 atlas' }),
    ).toEqual([]);
  });

  it('lists every field that differs, in a fixed order, with both values', () => {
    expect(
      differencesOf(record, {
        ...declared,
        regionCode: 'MA-06',
        name: 'Sahara Vision SARL',
        size: 'small',
        sector: 'agriculture',
      }),
    ).toEqual([
      { field: 'name', registry: 'Sahara Vision', declared: 'Sahara Vision SARL' },
      { field: 'size', registry: 'startup', declared: 'small' },
      { field: 'sector', registry: 'health', declared: 'agriculture' },
      { field: 'regionCode', registry: 'MA-04', declared: 'MA-06' },
    ]);
  });
});
