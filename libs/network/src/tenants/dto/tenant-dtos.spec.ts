import { describe, expect, it } from '@jest/globals';
import type { ArgumentMetadata } from '@nestjs/common';
import { createValidationPipe, uuidParam, ValidationProblem, type FieldError } from '@jazari/http';
import { CreateTenantDto } from './create-tenant.dto.js';
import { ListTenantsQueryDto } from './list-tenants-query.dto.js';
import { UpdateTenantDto } from './update-tenant.dto.js';

const pipe = createValidationPipe();

async function parse(
  metatype: ArgumentMetadata['metatype'],
  value: unknown,
  type: 'body' | 'query' = 'body',
) {
  return pipe.transform(value, { type, metatype }) as Promise<Record<string, unknown>>;
}

/** The fields a request is refused for (no problem ⇒ no fields). */
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

const institute = {
  kind: 'institute',
  slug: 'jazari-fes',
  legalName: 'Institut Jazari de Fès',
  names: { fr: 'Jazari Fès', ar: 'الجزري فاس', en: 'Jazari Fez' },
  regionCode: 'MA-03',
  city: 'Fès',
};

describe('CreateTenantDto', () => {
  it('accepts an institute and a partner without location', async () => {
    expect(await refused(CreateTenantDto, institute)).toEqual([]);
    expect(
      await refused(CreateTenantDto, {
        ...institute,
        kind: 'partner',
        regionCode: undefined,
        city: undefined,
      }),
    ).toEqual([]);
    expect(await refused(CreateTenantDto, { ...institute, kind: 'partner', regionCode: null })).toEqual([]);
  });

  it('trims names and refuses blank ones', async () => {
    const dto = await parse(CreateTenantDto, { ...institute, legalName: '  IJF  ' });
    expect(dto.legalName).toBe('IJF');
    expect(
      await refused(CreateTenantDto, { ...institute, names: { ...institute.names, ar: '   ' } }),
    ).toEqual(['names.ar']);
  });

  it('never accepts status, id or tenantId', async () => {
    expect(
      await refused(CreateTenantDto, { ...institute, status: 'suspended', id: 'x', tenantId: 'y' }),
    ).toEqual(expect.arrayContaining(['status', 'id', 'tenantId']));
  });

  it('refuses kind root: there is exactly one Root', async () => {
    expect(await refused(CreateTenantDto, { ...institute, kind: 'root' })).toEqual(['kind']);
  });

  it('requires a region and a city for an institute', async () => {
    expect(await refused(CreateTenantDto, { ...institute, regionCode: undefined, city: null })).toEqual([
      'regionCode',
      'city',
    ]);
  });

  it('checks the slug shape and length', async () => {
    for (const slug of ['ab', 'Jazari', 'jazari--fes', '-fes', 'fes-', 'jazari_fes', 'x'.repeat(64)]) {
      expect(await refused(CreateTenantDto, { ...institute, slug })).toEqual(['slug']);
    }
    expect(await refused(CreateTenantDto, { ...institute, slug: 'a1b' })).toEqual([]);
  });

  it('checks the region code shape and refuses missing or extra name fields', async () => {
    expect(await refused(CreateTenantDto, { ...institute, regionCode: 'Fès-Meknès' })).toEqual([
      'regionCode',
    ]);
    expect(await refused(CreateTenantDto, { ...institute, names: { fr: 'a', ar: 'b' } })).toEqual([
      'names.en',
    ]);
    expect(await refused(CreateTenantDto, { ...institute, names: { ...institute.names, es: 'c' } })).toEqual([
      'names.es',
    ]);
  });
});

describe('UpdateTenantDto', () => {
  it('accepts a partial edit and null for clearable fields', async () => {
    expect(await refused(UpdateTenantDto, {})).toEqual([]);
    expect(
      await refused(UpdateTenantDto, { names: { en: 'X' }, city: null, hostOrganisation: null }),
    ).toEqual([]);
  });

  it('refuses slug, kind and status, and null for required fields', async () => {
    expect(await refused(UpdateTenantDto, { slug: 'new', kind: 'partner', status: 'active' })).toEqual([
      'slug',
      'kind',
      'status',
    ]);
    expect(await refused(UpdateTenantDto, { legalName: null, names: { fr: null } })).toEqual([
      'legalName',
      'names.fr',
    ]);
    expect(await refused(UpdateTenantDto, { names: null })).toEqual(['names']);
  });
});

describe('ListTenantsQueryDto', () => {
  it('converts and bounds the limit', async () => {
    expect((await parse(ListTenantsQueryDto, { limit: '20' }, 'query')).limit).toBe(20);
    for (const limit of ['0', '201', '1.5', 'many']) {
      expect(await refused(ListTenantsQueryDto, { limit }, 'query')).toEqual(['limit']);
    }
  });

  it('checks the filters', async () => {
    expect(
      await refused(
        ListTenantsQueryDto,
        { kind: 'root', status: 'suspended', region: 'MA-12', q: 'fès' },
        'query',
      ),
    ).toEqual([]);
    expect(
      await refused(
        ListTenantsQueryDto,
        { kind: 'company', status: 'gone', region: 'casa', tenantId: 'x' },
        'query',
      ),
    ).toEqual(expect.arrayContaining(['kind', 'status', 'region', 'tenantId']));
  });
});

describe('uuidParam', () => {
  it('passes a UUID and turns anything else into a validation problem on the parameter', async () => {
    const id = '0190f5a2-7b4e-7c3d-8e9f-0a1b2c3d4e5f';
    const metadata: ArgumentMetadata = { type: 'param', data: 'id', metatype: String };
    await expect(uuidParam().transform(id, metadata)).resolves.toBe(id);
    const error = await uuidParam()
      .transform('42', metadata)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationProblem);
    expect((error as ValidationProblem).errors).toEqual([{ field: 'id', messages: ['id must be a UUID'] }]);
  });
});
