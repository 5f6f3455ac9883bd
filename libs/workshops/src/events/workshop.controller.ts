import { Body, Controller, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
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

  @ActionRoute({
    method: 'post',
    permission: 'workshops.manage',
    summary: 'Create a workshop (draft) organised by the caller’s tenant',
    created: { type: WorkshopDto, headers: ETAG },
    problems: { 400: `${PROBLEM}validation-failed`, 422: `${PROBLEM}invalid-reference` },
  })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateWorkshopDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WorkshopDto> {
    return respond(reply, await this.workshops.create(actor, body));
  }

  @ReadRoute({
    permission: 'workshops.read',
    summary: 'The workshops the caller’s tenant organises or is in the audience of, by start',
    ok: WorkshopPageDto,
    problems: { 400: `${PROBLEM}validation-failed` },
  })
  list(@CurrentActor() actor: Actor, @Query() query: ListWorkshopsQuery): Promise<WorkshopPageDto> {
    return this.workshops.list(actor, query);
  }

  @ReadRoute({
    path: ':id',
    permission: 'workshops.read',
    summary: 'A workshop, its agenda, seats and the caller’s registration',
    ok: { type: WorkshopDto, headers: ETAG },
    problems: { 404: `${PROBLEM}not-found` },
  })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WorkshopDto> {
    return respond(reply, await this.workshops.get(actor, id));
  }

  @ActionRoute({
    method: 'patch',
    path: ':id',
    permission: 'workshops.manage',
    summary: 'Change a draft or published workshop (organisers)',
    ifMatch: IF_MATCH,
    ok: { type: WorkshopDto, headers: ETAG },
    problems: {
      403: `${PROBLEM}workshop-read-only`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}workshop-locked, capacity-below-registered`,
      412: `${PROBLEM}precondition-failed`,
      422: `${PROBLEM}invalid-reference`,
    },
  })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateWorkshopDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WorkshopDto> {
    return respond(reply, await this.workshops.update(actor, id, body, ifMatch));
  }

  @ActionRoute({
    method: 'put',
    path: ':id/agenda',
    permission: 'workshops.manage',
    summary: 'Replace the agenda: ordered items with time, title and speaker (organisers)',
    ok: { type: WorkshopDto, headers: ETAG },
    problems: {
      403: `${PROBLEM}workshop-read-only`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}workshop-locked`,
    },
  })
  async agenda(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: AgendaDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WorkshopDto> {
    return respond(reply, await this.workshops.replaceAgenda(actor, id, body));
  }

  @ActionRoute({
    method: 'post',
    path: ':id/publish',
    status: 200,
    permission: 'workshops.manage',
    summary: 'draft → published: the audience sees it and registers',
    ifMatch: IF_MATCH,
    ok: { type: WorkshopDto, headers: ETAG },
    problems: {
      403: `${PROBLEM}workshop-read-only`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}illegal-transition`,
    },
  })
  async publish(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WorkshopDto> {
    return respond(reply, await this.workshops.transition(actor, id, 'published', null, ifMatch));
  }

  @ActionRoute({
    method: 'post',
    path: ':id/hold',
    status: 200,
    permission: 'workshops.manage',
    summary: 'published → held (once started); records it as evidence on its linked convention obligation',
    ifMatch: IF_MATCH,
    ok: { type: WorkshopDto, headers: ETAG },
    problems: {
      403: `${PROBLEM}workshop-read-only`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}illegal-transition, workshop-not-started`,
    },
  })
  async hold(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WorkshopDto> {
    return respond(reply, await this.workshops.transition(actor, id, 'held', null, ifMatch));
  }

  @ActionRoute({
    method: 'post',
    path: ':id/cancel',
    status: 200,
    permission: 'workshops.manage',
    summary: 'draft | published → cancelled; the people registered, waiting or invited are told',
    ifMatch: IF_MATCH,
    ok: { type: WorkshopDto, headers: ETAG },
    problems: {
      403: `${PROBLEM}workshop-read-only`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}illegal-transition`,
    },
  })
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

  @ReadRoute({
    path: ':id/calendar.ics',
    permission: 'workshops.read',
    summary: 'The workshop as an iCalendar event (times in UTC; X-WR-TIMEZONE names its zone)',
    ok: { description: 'text/calendar', schema: { type: 'string' } },
    problems: { 404: `${PROBLEM}not-found` },
  })
  @ApiProduces('text/calendar')
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
