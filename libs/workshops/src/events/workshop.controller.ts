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

/**
 * A status change (`publish`, `hold`, `cancel`): `POST /workshops/:id/<path>` under If-Match, answering
 * the workshop with its new ETag; a 409 is an illegal transition, or one of `conflicts` when given.
 */
function TransitionRoute(path: string, summary: string, conflicts = 'illegal-transition'): MethodDecorator {
  return ActionRoute({
    method: 'post',
    path: `:id/${path}`,
    status: 200,
    permission: 'workshops.manage',
    summary,
    ifMatch: IF_MATCH,
    ok: { type: WorkshopDto, headers: ETAG },
    problems: {
      403: `${PROBLEM}workshop-read-only`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}${conflicts}`,
    },
  });
}

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

  @TransitionRoute('publish', 'draft → published: the audience sees it and registers')
  async publish(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WorkshopDto> {
    return respond(reply, await this.workshops.transition(actor, id, 'published', null, ifMatch));
  }

  @TransitionRoute(
    'hold',
    'published → held (once started); records it as evidence on its linked convention obligation',
    'illegal-transition, workshop-not-started',
  )
  async hold(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WorkshopDto> {
    return respond(reply, await this.workshops.transition(actor, id, 'held', null, ifMatch));
  }

  @TransitionRoute(
    'cancel',
    'draft | published → cancelled; the people registered, waiting or invited are told',
  )
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
