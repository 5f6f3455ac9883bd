import { Controller, Param, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { CALENDAR_MEDIA_TYPE, uuidParam } from '@jazari/http';
import type { FastifyReply } from 'fastify';
import { CalendarService, type CreatedFeedDto, type FeedDto } from './calendar.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';

@ApiTags('workshops')
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @ActionRoute({
    method: 'post',
    path: 'me/workshop-feeds',
    permission: 'workshops.register',
    summary: 'Create your personal iCalendar feed of the workshops you are registered for',
    description: 'The answer holds the secret URL, shown once; only its hash is kept.',
    created: { description: '{ id, url, token, createdAt, revokedAt }' },
  })
  create(@CurrentActor() actor: Actor): Promise<CreatedFeedDto> {
    return this.calendar.create(actor);
  }

  @ReadRoute({
    path: 'me/workshop-feeds',
    permission: 'workshops.register',
    summary: 'Your calendar feeds (without their secrets)',
    ok: { description: '[{ id, createdAt, revokedAt }]' },
  })
  list(@CurrentActor() actor: Actor): Promise<FeedDto[]> {
    return this.calendar.list(actor);
  }

  @ActionRoute({
    method: 'delete',
    path: 'me/workshop-feeds/:id',
    permission: 'workshops.register',
    summary: 'Revoke a calendar feed: its URL answers 404 from now on',
    ok: { description: '{ id, createdAt, revokedAt }' },
    problems: { 404: `${PROBLEM}not-found` },
  })
  revoke(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<FeedDto> {
    return this.calendar.revoke(actor, id);
  }

  @ReadRoute({
    path: 'workshop-feeds/:token',
    permission: 'public',
    summary: 'A personal workshop calendar, by its secret URL (for calendar clients)',
    ok: { description: 'text/calendar', schema: { type: 'string' } },
    problems: { 404: `${PROBLEM}not-found: unknown or revoked` },
  })
  @ApiProduces('text/calendar')
  async feed(
    @Param('token') token: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = await this.calendar.feed(token);
    void reply
      .header('content-type', CALENDAR_MEDIA_TYPE)
      .header('cache-control', 'private, max-age=300')
      .header('referrer-policy', 'no-referrer');
    return body;
  }
}
