import { describe, expect, it } from '@jest/globals';
import type { ArgumentMetadata } from '@nestjs/common';
import { createValidationPipe, ValidationProblem, type FieldError } from '@jazari/http';
import { CodeParamPipe } from '../code-param.pipe.js';
import { DOMAIN_CODE_PATTERN, PRIORITY_CODE_PATTERN } from '../../reference.types.js';
import { CreateDomainDto } from './create-domain.dto.js';
import { CreatePriorityDto } from './create-priority.dto.js';
import { ListDirectoryQueryDto } from '../../directory/dto/list-directory-query.dto.js';
import { PutDirectoryProfileDto } from '../../directory/dto/put-directory-profile.dto.js';
import { ReferenceListQueryDto } from './reference-list-query.dto.js';
import { UpdateReferenceEntryDto } from './update-reference-entry.dto.js';

const pipe = createValidationPipe();

async function parse(
  metatype: ArgumentMetadata['metatype'],
  value: unknown,
  type: 'body' | 'query' = 'body',
) {
  return pipe.transform(value, { type, metatype }) as Promise<Record<string, unknown>>;
}

async function refused(
  metatype: ArgumentMetadata['metatype'],
  value: unknown,
  type: 'body' | 'query' = 'body',
) {
  try {
    await parse(metatype, value, type);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationProblem)) throw error;
    return error.errors.map((e: FieldError) => e.field);
  }
}

const labels = { fr: 'Santé numérique', ar: 'الصحة الرقمية', en: 'Digital health' };

describe('CreatePriorityDto', () => {
  it('accepts a pillar and a sub-priority, and refuses a third level', async () => {
    expect(await refused(CreatePriorityDto, { code: 'digital_health', labels })).toEqual([]);
    expect(
      await refused(CreatePriorityDto, { code: 'digital_health.telemedicine', labels, position: 3 }),
    ).toEqual([]);
    expect(await refused(CreatePriorityDto, { code: 'a.b.c', labels })).toEqual(['code']);
  });

  it('requires the three labels, trimmed, and refuses a parent or active field', async () => {
    expect(await refused(CreatePriorityDto, { code: 'x', labels: { ...labels, ar: '  ' } })).toEqual([
      'labels.ar',
    ]);
    expect(await refused(CreatePriorityDto, { code: 'x', labels, parentCode: 'y', active: false })).toEqual(
      expect.arrayContaining(['parentCode', 'active']),
    );
  });
});

describe('CreateDomainDto', () => {
  it('takes one level only', async () => {
    expect(await refused(CreateDomainDto, { code: 'mining', labels })).toEqual([]);
    expect(await refused(CreateDomainDto, { code: 'health.digital', labels })).toEqual(['code']);
  });
});

describe('UpdateReferenceEntryDto', () => {
  it('accepts a partial edit and refuses the code, null labels and a negative position', async () => {
    expect(await refused(UpdateReferenceEntryDto, { labels: { en: 'X' }, active: false })).toEqual([]);
    expect(
      await refused(UpdateReferenceEntryDto, { code: 'y', labels: { fr: null }, position: -1, active: 'no' }),
    ).toEqual(['code', 'labels.fr', 'position', 'active']);
  });
});

describe('ReferenceListQueryDto', () => {
  it('reads includeInactive as a boolean', async () => {
    expect((await parse(ReferenceListQueryDto, { includeInactive: 'true' }, 'query')).includeInactive).toBe(
      true,
    );
    expect((await parse(ReferenceListQueryDto, { includeInactive: 'false' }, 'query')).includeInactive).toBe(
      false,
    );
    expect(await refused(ReferenceListQueryDto, { includeInactive: 'yes' }, 'query')).toEqual([
      'includeInactive',
    ]);
  });
});

describe('CodeParamPipe', () => {
  it('passes a code and refuses anything else as a validation problem on the parameter', () => {
    expect(new CodeParamPipe(PRIORITY_CODE_PATTERN).transform('a.b')).toBe('a.b');
    expect(() => new CodeParamPipe(DOMAIN_CODE_PATTERN).transform('a.b')).toThrow(ValidationProblem);
    expect(() => new CodeParamPipe(PRIORITY_CODE_PATTERN).transform('x'.repeat(101))).toThrow(
      ValidationProblem,
    );
  });
});

describe('PutDirectoryProfileDto', () => {
  const profile = {
    description: 'Applied AI for health and agriculture',
    contactEmail: 'contact@jazari-rabat.ma',
    contactPhone: '+212 5 37 00 00 00',
    website: 'https://jazari-rabat.ma',
    domainCodes: ['health', 'agriculture'],
  };

  it('accepts a full profile, and one with nothing but an empty domain list', async () => {
    expect(await refused(PutDirectoryProfileDto, profile)).toEqual([]);
    expect(await refused(PutDirectoryProfileDto, { domainCodes: [] })).toEqual([]);
  });

  it('refuses an http website, a bad email or phone, repeated domains, and any tenant field', async () => {
    expect(
      await refused(PutDirectoryProfileDto, {
        ...profile,
        website: 'http://jazari-rabat.ma',
        contactEmail: 'nobody',
        contactPhone: 'call me',
        domainCodes: ['health', 'health'],
        tenantId: '0190f5a2-7b4e-7c3d-8e9f-0a1b2c3d4e5f',
      }),
    ).toEqual(expect.arrayContaining(['website', 'contactEmail', 'contactPhone', 'domainCodes', 'tenantId']));
    expect(await refused(PutDirectoryProfileDto, { ...profile, domainCodes: undefined })).toEqual([
      'domainCodes',
    ]);
  });
});

describe('ListDirectoryQueryDto', () => {
  it('checks its filters', async () => {
    expect(
      await refused(
        ListDirectoryQueryDto,
        { kind: 'partner', region: 'MA-06', domain: 'health', q: 'fès' },
        'query',
      ),
    ).toEqual([]);
    expect(
      await refused(
        ListDirectoryQueryDto,
        { kind: 'company', region: 'x', domain: 'Health', status: 'a' },
        'query',
      ),
    ).toEqual(expect.arrayContaining(['kind', 'region', 'domain', 'status']));
  });
});
