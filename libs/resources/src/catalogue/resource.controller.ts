import { Body, Controller, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { API_PREFIX, uuidParam } from '@jazari/http';
import type { FastifyReply } from 'fastify';
import { etagOf } from '../resource.rules.js';
import { ETAG_HEADER, PROBLEM, RESOURCE_ID } from '../resource-http.js';
import {
  CreateResourceDto,
  ListResourcesQueryDto,
  ResourcePageDto,
  ResourceResponseDto,
  SetSharesDto,
  SharePageDto,
  UpdateResourceDto,
  UtilisationQueryDto,
  UtilisationResponseDto,
} from './resource.dto.js';
import { ResourceService, type ResourceDetail } from './resource.service.js';

@ApiTags('resources')
@Controller('resources')
export class ResourceController {
  constructor(private readonly resources: ResourceService) {}

  @ReadRoute({
    permission: 'resources.read',
    summary:
      'The shared catalogue the caller sees (its own, network-wide and listed resources), newest first',
    description:
      'Filters: `kind`, `owner`, `region`, `unit`, `status`, `q` (name and description, accents ignored).',
    ok: ResourcePageDto,
    problems: { 400: `${PROBLEM}validation-failed` },
  })
  async list(@CurrentActor() actor: Actor, @Query() query: ListResourcesQueryDto): Promise<ResourcePageDto> {
    const page = await this.resources.list(
      actor,
      {
        kind: query.kind,
        ownerTenantId: query.owner,
        regionCode: query.region,
        unit: query.unit,
        status: query.status,
        q: query.q,
      },
      { cursor: query.cursor, limit: query.limit },
    );
    return { data: page.data.map((r) => ResourceResponseDto.from(r)), nextCursor: page.nextCursor };
  }

  @ActionRoute({
    method: 'post',
    permission: 'resources.manage',
    summary: "Publish a resource of the caller's tenant (Root or an institute)",
    created: {
      type: ResourceResponseDto,
      headers: {
        Location: { description: 'URL of the resource', schema: { type: 'string' } },
        ...ETAG_HEADER,
      },
    },
    problems: {
      400: `${PROBLEM}validation-failed`,
      403: `${PROBLEM}forbidden (a partner), person-required (an API key)`,
    },
  })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateResourceDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ResourceResponseDto> {
    const view = await this.resources.create(actor, {
      kind: body.kind,
      name: body.name,
      description: body.description ?? '',
      unit: body.unit,
      capacity: body.capacity,
      period: body.period,
      regionCode: body.regionCode ?? null,
      visibility: body.visibility ?? 'network',
      visibleTo: body.visibleTo ?? [],
      status: body.status ?? 'available',
      terms: body.terms ?? '',
      defaultShare: body.defaultShare ?? null,
      largeRequestThreshold: body.largeRequestThreshold ?? null,
      bookable: body.bookable ?? false,
      directBooking: body.directBooking ?? false,
    });
    void reply.header('location', `/${API_PREFIX}/resources/${view.id}`);
    return respond(reply, view);
  }

  @ReadRoute({
    path: ':id',
    permission: 'resources.read',
    summary: 'One resource, with its current terms and version',
    params: [RESOURCE_ID],
    ok: { type: ResourceResponseDto, headers: ETAG_HEADER },
    problems: { 404: `${PROBLEM}not-found (also when not visible to the caller)` },
  })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ResourceResponseDto> {
    return respond(reply, await this.resources.get(actor, id));
  }

  @ActionRoute({
    method: 'patch',
    path: ':id',
    permission: 'resources.manage',
    summary: 'Edit a resource (the owner’s managers); `If-Match` is required',
    description: 'Changing `terms` makes a new terms version that later requests must accept.',
    params: [RESOURCE_ID],
    ifMatch: { name: 'If-Match', required: true, description: 'The ETag you read, `"<version>"`' },
    ok: { type: ResourceResponseDto, headers: ETAG_HEADER },
    problems: {
      400: `${PROBLEM}validation-failed`,
      403: `${PROBLEM}resource-read-only`,
      404: `${PROBLEM}not-found`,
      412: `${PROBLEM}precondition-failed`,
    },
  })
  @ApiResponse({ status: 428, description: `${PROBLEM}precondition-required` })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateResourceDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ResourceResponseDto> {
    return respond(reply, await this.resources.update(actor, id, { ...body }, ifMatch));
  }

  @ReadRoute({
    path: ':id/shares',
    permission: 'resources.read',
    summary: "Fair-share overrides per tenant (a viewer sees only its own tenant's)",
    params: [RESOURCE_ID],
    ok: SharePageDto,
    problems: { 404: `${PROBLEM}not-found` },
  })
  async shares(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<SharePageDto> {
    return { data: await this.resources.shares(actor, id), nextCursor: null };
  }

  @ActionRoute({
    method: 'put',
    path: ':id/shares',
    permission: 'resources.manage',
    summary: "Set every tenant's fair share per period (the owner's managers or Root)",
    params: [RESOURCE_ID],
    ok: SharePageDto,
    problems: {
      400: `${PROBLEM}validation-failed`,
      403: `${PROBLEM}resource-read-only`,
      404: `${PROBLEM}not-found`,
    },
  })
  async setShares(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: SetSharesDto,
  ): Promise<SharePageDto> {
    return { data: await this.resources.setShares(actor, id, body.shares), nextCursor: null };
  }

  @ReadRoute({
    path: ':id/utilisation',
    permission: 'resources.read',
    summary: 'Capacity, allocated, used and remaining in one period, per requesting tenant',
    description: 'The owner and Root see every tenant; others see their own figures.',
    params: [RESOURCE_ID],
    ok: UtilisationResponseDto,
    problems: { 404: `${PROBLEM}not-found` },
  })
  utilisation(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Query() query: UtilisationQueryDto,
  ): Promise<UtilisationResponseDto> {
    return this.resources.utilisation(actor, id, query.date);
  }
}

function respond(reply: FastifyReply, view: ResourceDetail): ResourceResponseDto {
  void reply.header('etag', etagOf(view.version));
  return ResourceResponseDto.from(view);
}
