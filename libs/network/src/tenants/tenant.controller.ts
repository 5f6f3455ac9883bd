import { Body, Controller, HttpStatus, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { API_PREFIX, uuidParam } from '@jazari/http';
import type { FastifyReply } from 'fastify';
import { CreateTenantDto } from './dto/create-tenant.dto.js';
import { ListTenantsQueryDto } from './dto/list-tenants-query.dto.js';
import { TenantPageResponseDto } from './dto/tenant-page-response.dto.js';
import { TenantResponseDto } from './dto/tenant-response.dto.js';
import { UpdateTenantDto } from './dto/update-tenant.dto.js';
import { TenantService } from './tenant.service.js';

/** OpenAPI descriptions name the problem `type` slug(s) a response may carry. */
const PROBLEM = 'Problem (application/problem+json), type ';
const ID_PARAM = { name: 'id', format: 'uuid', description: 'Tenant id' } as const;

/** Root's administration of the tenant directory. */
@ApiTags('tenants')
@Controller('tenants')
export class TenantController {
  constructor(private readonly tenants: TenantService) {}

  @ReadRoute({
    permission: 'tenants.read',
    summary: 'List tenants, filtered, by pages ordered by id (Root only)',
    ok: TenantPageResponseDto,
    problems: { 400: `${PROBLEM}validation-failed: a bad filter, limit or cursor` },
  })
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListTenantsQueryDto,
  ): Promise<TenantPageResponseDto> {
    const page = await this.tenants.list(
      actor,
      { kind: query.kind, status: query.status, regionCode: query.region, q: query.q },
      { cursor: query.cursor, limit: query.limit },
    );
    return TenantPageResponseDto.from(page);
  }

  @ReadRoute({
    path: ':id',
    permission: 'tenants.read',
    summary: 'One tenant (Root only)',
    params: [ID_PARAM],
    ok: TenantResponseDto,
    problems: { 400: `${PROBLEM}validation-failed: the id is not a UUID`, 404: `${PROBLEM}not-found` },
  })
  async get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<TenantResponseDto> {
    return TenantResponseDto.from(await this.tenants.get(actor, id));
  }

  @ActionRoute({
    method: 'post',
    permission: 'tenants.manage',
    summary: 'Create an institute or a partner (network admins of Root)',
    created: {
      type: TenantResponseDto,
      headers: { Location: { description: 'URL of the new tenant', schema: { type: 'string' } } },
    },
    problems: {
      400: `${PROBLEM}validation-failed: a bad or unknown field, kind root, or an institute without region or city`,
      409: `${PROBLEM}slug-taken`,
      422: `${PROBLEM}unknown-region`,
    },
  })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateTenantDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TenantResponseDto> {
    const tenant = await this.tenants.create(actor, {
      kind: body.kind,
      slug: body.slug,
      legalName: body.legalName,
      names: { fr: body.names.fr, ar: body.names.ar, en: body.names.en },
      regionCode: body.regionCode ?? null,
      city: body.city ?? null,
      hostOrganisation: body.hostOrganisation ?? null,
    });
    void reply.header('location', `/${API_PREFIX}/tenants/${tenant.id}`);
    return TenantResponseDto.from(tenant);
  }

  @ActionRoute({
    method: 'patch',
    path: ':id',
    permission: 'tenants.manage',
    summary: "Edit a tenant's profile (not its slug, kind or status)",
    params: [ID_PARAM],
    ok: TenantResponseDto,
    problems: {
      400: `${PROBLEM}validation-failed`,
      404: `${PROBLEM}not-found`,
      422: `${PROBLEM}unknown-region, or institute-location-required when an institute would lose its region or city`,
    },
  })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateTenantDto,
  ): Promise<TenantResponseDto> {
    const tenant = await this.tenants.update(actor, id, {
      legalName: body.legalName,
      names: body.names && { fr: body.names.fr, ar: body.names.ar, en: body.names.en },
      regionCode: body.regionCode,
      city: body.city,
      hostOrganisation: body.hostOrganisation,
    });
    return TenantResponseDto.from(tenant);
  }

  @ActionRoute({
    method: 'post',
    path: ':id/suspend',
    status: HttpStatus.OK,
    permission: 'tenants.manage',
    summary: "Suspend a tenant: its users' tokens and its API keys stop working at once. Idempotent.",
    params: [ID_PARAM],
    ok: TenantResponseDto,
    problems: { 404: `${PROBLEM}not-found`, 409: `${PROBLEM}cannot-suspend-root` },
  })
  async suspend(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
  ): Promise<TenantResponseDto> {
    return TenantResponseDto.from(await this.tenants.suspend(actor, id));
  }

  @ActionRoute({
    method: 'post',
    path: ':id/reactivate',
    status: HttpStatus.OK,
    permission: 'tenants.manage',
    summary: 'Reactivate a suspended tenant. Idempotent.',
    params: [ID_PARAM],
    ok: TenantResponseDto,
    problems: { 404: `${PROBLEM}not-found` },
  })
  async reactivate(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
  ): Promise<TenantResponseDto> {
    return TenantResponseDto.from(await this.tenants.reactivate(actor, id));
  }
}
