import { describe, expect, it } from '@jest/globals';
import { profileChanges, refusedDomains } from './directory.rules.js';
import type { DirectoryProfile } from './directory.types.js';

const empty: DirectoryProfile = {
  description: null,
  contactEmail: null,
  contactPhone: null,
  website: null,
  domainCodes: [],
};

describe('profileChanges', () => {
  it('notes the fields that change, domains as sorted lists', () => {
    expect(
      profileChanges(
        { ...empty, website: 'https://a.ma', domainCodes: ['health', 'energy'] },
        { ...empty, website: 'https://a.ma', contactEmail: 'x@a.ma', domainCodes: ['water', 'energy'] },
      ),
    ).toEqual({
      before: { contactEmail: null, domainCodes: ['energy', 'health'] },
      after: { contactEmail: 'x@a.ma', domainCodes: ['energy', 'water'] },
    });
  });

  it('finds nothing in the same profile, whatever the order of its domains', () => {
    expect(
      profileChanges({ ...empty, domainCodes: ['a', 'b'] }, { ...empty, domainCodes: ['b', 'a'] }),
    ).toBeNull();
  });
});

describe('refusedDomains', () => {
  it('refuses inactive or unknown domains, except those the tenant already has', () => {
    expect(refusedDomains(['health', 'old', 'nope'], ['old', 'nope'], ['old'])).toEqual(['nope']);
    expect(refusedDomains(['health'], [], [])).toEqual([]);
  });
});
