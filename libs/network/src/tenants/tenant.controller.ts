import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
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

  @Get()
  @RequirePermission('tenants.read')
  @ApiOperation({ summary: 'List tenants, filtered, by pages ordered by id (Root only)' })
  @ApiOkResponse({ type: TenantPageResponseDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed: a bad filter, limit or cursor` })
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

  @Get(':id')
  @RequirePermission('tenants.read')
  @ApiOperation({ summary: 'One tenant (Root only)' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: TenantResponseDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed: the id is not a UUID` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  async get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<TenantResponseDto> {
    return TenantResponseDto.from(await this.tenants.get(actor, id));
  }

  @Post()
  @RequirePermission('tenants.manage')
  @ApiOperation({ summary: 'Create an institute or a partner (network admins of Root)' })
  @ApiCreatedResponse({
    type: TenantResponseDto,
    headers: { Location: { description: 'URL of the new tenant', schema: { type: 'string' } } },
  })
  @ApiBadRequestResponse({
    description: `${PROBLEM}validation-failed: a bad or unknown field, kind root, or an institute without region or city`,
  })
  @ApiConflictResponse({ description: `${PROBLEM}slug-taken` })
  @ApiUnprocessableEntityResponse({ description: `${PROBLEM}unknown-region` })
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

  @Patch(':id')
  @RequirePermission('tenants.manage')
  @ApiOperation({ summary: "Edit a tenant's profile (not its slug, kind or status)" })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: TenantResponseDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiUnprocessableEntityResponse({
    description: `${PROBLEM}unknown-region, or institute-location-required when an institute would lose its region or city`,
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

  @Post(':id/suspend')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('tenants.manage')
  @ApiOperation({
    summary: "Suspend a tenant: its users' tokens and its API keys stop working at once. Idempotent.",
  })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: TenantResponseDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({ description: `${PROBLEM}cannot-suspend-root` })
  async suspend(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
  ): Promise<TenantResponseDto> {
    return TenantResponseDto.from(await this.tenants.suspend(actor, id));
  }

  @Post(':id/reactivate')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('tenants.manage')
  @ApiOperation({ summary: 'Reactivate a suspended tenant. Idempotent.' })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: TenantResponseDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  async reactivate(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
  ): Promise<TenantResponseDto> {
    return TenantResponseDto.from(await this.tenants.reactivate(actor, id));
  }
}
