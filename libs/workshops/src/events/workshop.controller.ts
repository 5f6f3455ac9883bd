import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
import { CALENDAR_MEDIA_TYPE, uuidParam } from '@jazari/http';
import type { FastifyReply } from 'fastify';
import { CalendarService } from '../calendar/calendar.service.js';
import {
  AgendaDto,
  CancelWorkshopDto,
  CreateWorkshopDto,
  ListWorkshopsQuery,
  UpdateWorkshopDto,
  WorkshopDto,
  WorkshopPageDto,
} from './workshop.dto.js';
import { etagOf } from './workshop-view.js';
import { WorkshopService } from './workshop.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';
const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'Optional: the ETag you read; a stale one is refused with 412',
} as const;
const ETAG = {
  ETag: { description: 'The workshop version, `"<version>"`', schema: { type: 'string' } },
} as const;

function respond(reply: FastifyReply, dto: WorkshopDto): WorkshopDto {
  void reply.header('etag', etagOf(dto.version));
  return dto;
}

@ApiTags('workshops')
@Controller('workshops')
export class WorkshopController {
  constructor(
    private readonly workshops: WorkshopService,
    private readonly calendar: CalendarService,
  ) {}

  @Post()
  @RequirePermission('workshops.manage')
  @ApiOperation({ summary: 'Create a workshop (draft) organised by the caller’s tenant' })
  @ApiCreatedResponse({ type: WorkshopDto, headers: ETAG })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiUnprocessableEntityResponse({ description: `${PROBLEM}invalid-reference` })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateWorkshopDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WorkshopDto> {
    return respond(reply, await this.workshops.create(actor, body));
  }

  @Get()
  @RequirePermission('workshops.read')
  @ApiOperation({ summary: 'The workshops the caller’s tenant organises or is in the audience of, by start' })
  @ApiOkResponse({ type: WorkshopPageDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  list(@CurrentActor() actor: Actor, @Query() query: ListWorkshopsQuery): Promise<WorkshopPageDto> {
    return this.workshops.list(actor, query);
  }

  @Get(':id')
  @RequirePermission('workshops.read')
  @ApiOperation({ summary: 'A workshop, its agenda, seats and the caller’s registration' })
  @ApiOkResponse({ type: WorkshopDto, headers: ETAG })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WorkshopDto> {
    return respond(reply, await this.workshops.get(actor, id));
  }

  @Patch(':id')
  @RequirePermission('workshops.manage')
  @ApiOperation({ summary: 'Change a draft or published workshop (organisers)' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: WorkshopDto, headers: ETAG })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}workshop-read-only` })
  @ApiConflictResponse({ description: `${PROBLEM}workshop-locked, capacity-below-registered` })
  @ApiPreconditionFailedResponse({ description: `${PROBLEM}precondition-failed` })
  @ApiUnprocessableEntityResponse({ description: `${PROBLEM}invalid-reference` })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateWorkshopDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WorkshopDto> {
    return respond(reply, await this.workshops.update(actor, id, body, ifMatch));
  }

  @Put(':id/agenda')
  @RequirePermission('workshops.manage')
  @ApiOperation({ summary: 'Replace the agenda: ordered items with time, title and speaker (organisers)' })
  @ApiOkResponse({ type: WorkshopDto, headers: ETAG })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}workshop-read-only` })
  @ApiConflictResponse({ description: `${PROBLEM}workshop-locked` })
  async agenda(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: AgendaDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WorkshopDto> {
    return respond(reply, await this.workshops.replaceAgenda(actor, id, body));
  }

  @Post(':id/publish')
  @HttpCode(200)
  @RequirePermission('workshops.manage')
  @ApiOperation({ summary: 'draft → published: the audience sees it and registers' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: WorkshopDto, headers: ETAG })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}workshop-read-only` })
  @ApiConflictResponse({ description: `${PROBLEM}illegal-transition` })
  async publish(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WorkshopDto> {
    return respond(reply, await this.workshops.transition(actor, id, 'published', null, ifMatch));
  }

  @Post(':id/hold')
  @HttpCode(200)
  @RequirePermission('workshops.manage')
  @ApiOperation({
    summary: 'published → held (once started); records it as evidence on its linked convention obligation',
  })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: WorkshopDto, headers: ETAG })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}workshop-read-only` })
  @ApiConflictResponse({ description: `${PROBLEM}illegal-transition, workshop-not-started` })
  async hold(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WorkshopDto> {
    return respond(reply, await this.workshops.transition(actor, id, 'held', null, ifMatch));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission('workshops.manage')
  @ApiOperation({
    summary: 'draft | published → cancelled; the people registered, waiting or invited are told',
  })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: WorkshopDto, headers: ETAG })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}workshop-read-only` })
  @ApiConflictResponse({ description: `${PROBLEM}illegal-transition` })
  async cancel(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: CancelWorkshopDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WorkshopDto> {
    return respond(
      reply,
      await this.workshops.transition(actor, id, 'cancelled', body.reason ?? null, ifMatch),
    );
  }

  @Get(':id/calendar.ics')
  @RequirePermission('workshops.read')
  @ApiOperation({
    summary: 'The workshop as an iCalendar event (times in UTC; X-WR-TIMEZONE names its zone)',
  })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  async ics(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = await this.calendar.ics(actor, id);
    void reply
      .header('content-type', CALENDAR_MEDIA_TYPE)
      .header('content-disposition', `attachment; filename="workshop-${id}.ics"`)
      .header('cache-control', 'private, no-cache');
    return body;
  }
}
