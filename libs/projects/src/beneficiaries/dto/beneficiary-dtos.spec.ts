import { describe, expect, it } from '@jest/globals';
import type { ArgumentMetadata } from '@nestjs/common';
import { createValidationPipe, ValidationProblem, type FieldError } from '@jazari/http';
import { LinkBeneficiaryDto } from './link-beneficiary.dto.js';
import { ListBeneficiariesQueryDto } from './list-beneficiaries-query.dto.js';
import { UpdateBeneficiaryDto } from './update-beneficiary.dto.js';

const pipe = createValidationPipe();

async function refused(
  metatype: ArgumentMetadata['metatype'],
  value: unknown,
  type: 'body' | 'query' = 'body',
) {
  try {
    await pipe.transform(value, { type, metatype });
    return [];
  } catch (error) {
    if (!(error instanceof ValidationProblem)) throw error;
    return error.errors.map((e: FieldError) => e.field);
  }
}

const link = {
  ice: '002871453000061',
  name: 'Sahara Vision',
  size: 'startup',
  sector: 'health',
  regionCode: 'MA-04',
  supportKind: 'incubation',
  startedOn: '2026-02-01',
};

describe('LinkBeneficiaryDto', () => {
  it('accepts a company and its support, with or without a note', async () => {
    expect(await refused(LinkBeneficiaryDto, link)).toEqual([]);
    expect(await refused(LinkBeneficiaryDto, { ...link, note: 'Cohorte 2026' })).toEqual([]);
  });

  it('refuses a malformed ICE, date, size or kind, and any tenant or project field', async () => {
    expect(
      await refused(LinkBeneficiaryDto, {
        ...link,
        ice: '00287145300006A',
        startedOn: '2026-02-30',
        size: 'large',
        supportKind: 'mentoring',
        tenantId: 'x',
        projectId: 'y',
      }),
    ).toEqual(expect.arrayContaining(['ice', 'startedOn', 'size', 'supportKind', 'tenantId', 'projectId']));
    expect(await refused(LinkBeneficiaryDto, { ...link, startedOn: '01/02/2026' })).toEqual(['startedOn']);
    expect(await refused(LinkBeneficiaryDto, { ...link, ice: '1234567890123456' })).toEqual(['ice']);
  });
});

describe('UpdateBeneficiaryDto', () => {
  it('never takes the ICE, and refuses null for what cannot be cleared', async () => {
    expect(await refused(UpdateBeneficiaryDto, { name: 'X', size: 'small' })).toEqual([]);
    expect(await refused(UpdateBeneficiaryDto, { ice: '002871453000061' })).toEqual(['ice']);
    expect(await refused(UpdateBeneficiaryDto, { name: null, sector: null })).toEqual(['name', 'sector']);
  });
});

describe('ListBeneficiariesQueryDto', () => {
  it('checks its filters', async () => {
    expect(
      await refused(
        ListBeneficiariesQueryDto,
        { q: 'sahara', size: 'micro', sector: 'health', region: 'MA-06' },
        'query',
      ),
    ).toEqual([]);
    expect(
      await refused(ListBeneficiariesQueryDto, { size: 'big', region: 'x', limit: '0' }, 'query'),
    ).toEqual(['size', 'region', 'limit']);
  });
});
