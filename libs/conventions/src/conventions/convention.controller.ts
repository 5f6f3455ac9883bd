import { Body, Controller, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { API_PREFIX, uuidParam } from '@jazari/http';
import type { FastifyReply } from 'fastify';
import { ConventionQueryService } from './convention-query.service.js';
import { ConventionService } from './convention.service.js';
import { DEFAULT_REMINDER_INTERVAL_DAYS } from '../convention.types.js';
import { ETAG_HEADER, ID_PARAM, PROBLEM, respond } from './convention-http.js';
import { CreateAmendmentDto } from './dto/create-amendment.dto.js';
import { CreateConventionDto } from './dto/create-convention.dto.js';
import {
  ConventionListItemDto,
  ConventionPageDto,
  ConventionResponseDto,
} from './dto/convention-response.dto.js';
import { ListConventionsQueryDto } from './dto/list-conventions-query.dto.js';
import { UpdateConventionDto } from './dto/update-convention.dto.js';

@ApiTags('conventions')
@Controller('conventions')
export class ConventionController {
  constructor(
    private readonly conventions: ConventionService,
    private readonly queries: ConventionQueryService,
  ) {}

  @ReadRoute({
    permission: 'conventions.read',
    summary: 'Conventions the caller owns or is a party to (or another view), newest first',
    description:
      '`view=mine` (default), `view=awaiting-my-signature`, `view=all` (Root only); `status` and `type` narrow.',
    ok: ConventionPageDto,
    problems: { 400: `${PROBLEM}validation-failed`, 403: `${PROBLEM}forbidden: view=all outside Root` },
  })
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListConventionsQueryDto,
  ): Promise<ConventionPageDto> {
    const page = await this.queries.list(
      actor,
      { view: query.view ?? 'mine', status: query.status, type: query.type },
      { cursor: query.cursor, limit: query.limit },
    );
    return { data: page.data.map((item) => ConventionListItemDto.from(item)), nextCursor: page.nextCursor };
  }

  @ActionRoute({
    method: 'post',
    permission: 'conventions.manage',
    summary: "Create a convention of the caller's tenant (Root or an institute), status draft",
    description: 'The reference `<CODE>-<YEAR>-<NNNN>` is given by the API; the owner is always a party.',
    created: {
      type: ConventionResponseDto,
      headers: {
        Location: { description: 'URL of the new convention', schema: { type: 'string' } },
        ...ETAG_HEADER,
      },
    },
    problems: {
      400: `${PROBLEM}validation-failed: a bad field, an inactive or unknown party, priority or project`,
      403: `${PROBLEM}forbidden (a partner), person-required (an API key)`,
    },
  })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateConventionDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ConventionResponseDto> {
    const view = await this.conventions.create(actor, {
      title: body.title,
      type: body.type,
      parties: body.parties,
      effectiveDate: body.effectiveDate ?? null,
      expiryDate: body.expiryDate ?? null,
      valueMad: body.valueMad ?? null,
      signingDeadline: body.signingDeadline ?? null,
      reminderIntervalDays: body.reminderIntervalDays ?? DEFAULT_REMINDER_INTERVAL_DAYS,
      priorityCodes: body.priorityCodes ?? [],
      projectIds: body.projectIds ?? [],
    });
    void reply.header('location', `/${API_PREFIX}/conventions/${view.id}`);
    return respond(reply, view);
  }

  @ReadRoute({
    path: ':id',
    permission: 'conventions.read',
    summary: 'One convention: parties, documents, signers, obligations, lineage, allowed transitions',
    params: [ID_PARAM],
    ok: { type: ConventionResponseDto, headers: ETAG_HEADER },
    problems: { 404: `${PROBLEM}not-found` },
  })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ConventionResponseDto> {
    return respond(reply, await this.conventions.get(actor, id));
  }

  @ActionRoute({
    method: 'patch',
    path: ':id',
    permission: 'conventions.manage',
    summary: 'Edit a draft: title, dates, value, deadline, reminder interval, priorities, projects, parties',
    description: "The owner's managers; `If-Match` is required. Lists replace the stored ones.",
    params: [ID_PARAM],
    ifMatch: { name: 'If-Match', required: true, description: 'The ETag you read, `"<version>"`' },
    ok: { type: ConventionResponseDto, headers: ETAG_HEADER },
    problems: {
      400: `${PROBLEM}validation-failed`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}convention-locked (not a draft), party-in-use`,
      412: `${PROBLEM}precondition-failed`,
    },
  })
  @ApiResponse({ status: 428, description: `${PROBLEM}precondition-required` })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateConventionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ConventionResponseDto> {
    const view = await this.conventions.update(
      actor,
      id,
      {
        title: body.title,
        effectiveDate: body.effectiveDate,
        expiryDate: body.expiryDate,
        valueMad: body.valueMad,
        signingDeadline: body.signingDeadline,
        reminderIntervalDays: body.reminderIntervalDays,
        parties: body.parties,
        priorityCodes: body.priorityCodes,
        projectIds: body.projectIds,
      },
      ifMatch,
    );
    return respond(reply, view);
  }

  @ActionRoute({
    method: 'post',
    path: ':id/amendments',
    permission: 'conventions.manage',
    summary: 'Amend an active convention: a new draft of type amendment, with the parent’s parties',
    params: [ID_PARAM],
    created: {
      type: ConventionResponseDto,
      headers: {
        Location: { description: 'URL of the amendment', schema: { type: 'string' } },
        ...ETAG_HEADER,
      },
    },
    problems: { 404: `${PROBLEM}not-found`, 409: `${PROBLEM}convention-not-active` },
  })
  async amend(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: CreateAmendmentDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ConventionResponseDto> {
    const view = await this.conventions.amend(actor, id, body);
    void reply.header('location', `/${API_PREFIX}/conventions/${view.id}`);
    return respond(reply, view);
  }
}
