import { Body, Controller, Get, Headers, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPreconditionFailedResponse,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
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

  @Get()
  @RequirePermission('conventions.read')
  @ApiOperation({
    summary: 'Conventions the caller owns or is a party to (or another view), newest first',
    description:
      '`view=mine` (default), `view=awaiting-my-signature`, `view=all` (Root only); `status` and `type` narrow.',
  })
  @ApiOkResponse({ type: ConventionPageDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiForbiddenResponse({ description: `${PROBLEM}forbidden: view=all outside Root` })
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

  @Post()
  @RequirePermission('conventions.manage')
  @ApiOperation({
    summary: "Create a convention of the caller's tenant (Root or an institute), status draft",
    description: 'The reference `<CODE>-<YEAR>-<NNNN>` is given by the API; the owner is always a party.',
  })
  @ApiCreatedResponse({
    type: ConventionResponseDto,
    headers: {
      Location: { description: 'URL of the new convention', schema: { type: 'string' } },
      ...ETAG_HEADER,
    },
  })
  @ApiBadRequestResponse({
    description: `${PROBLEM}validation-failed: a bad field, an inactive or unknown party, priority or project`,
  })
  @ApiForbiddenResponse({ description: `${PROBLEM}forbidden (a partner), person-required (an API key)` })
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

  @Get(':id')
  @RequirePermission('conventions.read')
  @ApiOperation({
    summary: 'One convention: parties, documents, signers, obligations, lineage, allowed transitions',
  })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: ConventionResponseDto, headers: ETAG_HEADER })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ConventionResponseDto> {
    return respond(reply, await this.conventions.get(actor, id));
  }

  @Patch(':id')
  @RequirePermission('conventions.manage')
  @ApiOperation({
    summary: 'Edit a draft: title, dates, value, deadline, reminder interval, priorities, projects, parties',
    description: "The owner's managers; `If-Match` is required. Lists replace the stored ones.",
  })
  @ApiParam(ID_PARAM)
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag you read, `"<version>"`' })
  @ApiOkResponse({ type: ConventionResponseDto, headers: ETAG_HEADER })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({ description: `${PROBLEM}convention-locked (not a draft), party-in-use` })
  @ApiPreconditionFailedResponse({ description: `${PROBLEM}precondition-failed` })
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

  @Post(':id/amendments')
  @RequirePermission('conventions.manage')
  @ApiOperation({
    summary: 'Amend an active convention: a new draft of type amendment, with the parent’s parties',
  })
  @ApiParam(ID_PARAM)
  @ApiCreatedResponse({
    type: ConventionResponseDto,
    headers: {
      Location: { description: 'URL of the amendment', schema: { type: 'string' } },
      ...ETAG_HEADER,
    },
  })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({ description: `${PROBLEM}convention-not-active` })
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
