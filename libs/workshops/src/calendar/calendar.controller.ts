import { Controller, Delete, Get, Param, Post, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, Public, RequirePermission, type Actor } from '@jazari/access';
import { CALENDAR_MEDIA_TYPE, uuidParam } from '@jazari/http';
import type { FastifyReply } from 'fastify';
import { CalendarService, type CreatedFeedDto, type FeedDto } from './calendar.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';

@ApiTags('workshops')
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Post('me/workshop-feeds')
  @RequirePermission('workshops.register')
  @ApiOperation({
    summary: 'Create your personal iCalendar feed of the workshops you are registered for',
    description: 'The answer holds the secret URL, shown once; only its hash is kept.',
  })
  @ApiCreatedResponse({ description: '{ id, url, token, createdAt, revokedAt }' })
  create(@CurrentActor() actor: Actor): Promise<CreatedFeedDto> {
    return this.calendar.create(actor);
  }

  @Get('me/workshop-feeds')
  @RequirePermission('workshops.register')
  @ApiOperation({ summary: 'Your calendar feeds (without their secrets)' })
  @ApiOkResponse({ description: '[{ id, createdAt, revokedAt }]' })
  list(@CurrentActor() actor: Actor): Promise<FeedDto[]> {
    return this.calendar.list(actor);
  }

  @Delete('me/workshop-feeds/:id')
  @RequirePermission('workshops.register')
  @ApiOperation({ summary: 'Revoke a calendar feed: its URL answers 404 from now on' })
  @ApiOkResponse({ description: '{ id, createdAt, revokedAt }' })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  revoke(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<FeedDto> {
    return this.calendar.revoke(actor, id);
  }

  @Get('workshop-feeds/:token')
  @Public()
  @ApiOperation({ summary: 'A personal workshop calendar, by its secret URL (for calendar clients)' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found: unknown or revoked` })
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
