import { describe, expect, it } from '@jest/globals';
import { ProblemException } from '@jazari/http';
import { containsPattern } from './tenant.repository.js';
import { assertInstituteLocation, hasChanges, mergeTenantPatch } from './tenant.rules.js';
import type { TenantProfile } from '../tenant.types.js';

const fes: TenantProfile = {
  legalName: 'Institut Jazari de Fès',
  names: { fr: 'Jazari Fès', ar: 'الجزري فاس', en: 'Jazari Fez' },
  regionCode: 'MA-03',
  city: 'Fès',
  hostOrganisation: 'USMBA',
};

function problemOf(work: () => void): ProblemException {
  try {
    work();
  } catch (error) {
    if (error instanceof ProblemException) return error;
    throw error;
  }
  throw new Error('expected a problem');
}

describe('mergeTenantPatch', () => {
  it('keeps absent fields and reports nothing for an empty patch', () => {
    const change = mergeTenantPatch(fes, {});
    expect(change.next).toEqual(fes);
    expect(hasChanges(change)).toBe(false);
  });

  it('merges names per locale and records only what changed, before and after', () => {
    const change = mergeTenantPatch(fes, {
      names: { en: 'Jazari Institute of Fez' },
      legalName: fes.legalName,
      city: 'Meknès',
    });
    expect(change.next.names).toEqual({ fr: 'Jazari Fès', ar: 'الجزري فاس', en: 'Jazari Institute of Fez' });
    expect(change.next.city).toBe('Meknès');
    expect(change.before).toEqual({ 'names.en': 'Jazari Fez', city: 'Fès' });
    expect(change.after).toEqual({ 'names.en': 'Jazari Institute of Fez', city: 'Meknès' });
  });

  it('treats null as "clear" for nullable fields', () => {
    const change = mergeTenantPatch(fes, { hostOrganisation: null, regionCode: null });
    expect(change.next.hostOrganisation).toBeNull();
    expect(change.next.regionCode).toBeNull();
    expect(change.before).toEqual({ hostOrganisation: 'USMBA', regionCode: 'MA-03' });
    expect(change.after).toEqual({ hostOrganisation: null, regionCode: null });
  });

  it('does not record a value set to what it already is', () => {
    const change = mergeTenantPatch(fes, { regionCode: 'MA-03', names: { fr: 'Jazari Fès' } });
    expect(hasChanges(change)).toBe(false);
  });

  it('does not mutate the current profile', () => {
    const current = structuredClone(fes);
    mergeTenantPatch(current, { names: { fr: 'Autre' }, city: null });
    expect(current).toEqual(fes);
  });
});

describe('assertInstituteLocation', () => {
  it('requires a region and a city of an institute, naming what is missing', () => {
    const problem = problemOf(() =>
      assertInstituteLocation('institute', { ...fes, regionCode: null, city: null }),
    );
    expect(problem.getStatus()).toBe(422);
    expect(problem.slug).toBe('institute-location-required');
    expect(problem.extensions).toEqual({ missing: ['regionCode', 'city'] });

    expect(problemOf(() => assertInstituteLocation('institute', { ...fes, city: null })).extensions).toEqual({
      missing: ['city'],
    });
  });

  it('accepts a located institute and partners or Root without a location', () => {
    expect(() => assertInstituteLocation('institute', fes)).not.toThrow();
    expect(() => assertInstituteLocation('partner', { ...fes, regionCode: null, city: null })).not.toThrow();
    expect(() => assertInstituteLocation('root', { ...fes, regionCode: null, city: null })).not.toThrow();
  });
});

describe('containsPattern', () => {
  it('matches the text literally anywhere', () => {
    expect(containsPattern('fes')).toBe('%fes%');
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
