import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
import {
  InboxQuery,
  MarkedAllReadDto,
  NotificationDto,
  NotificationPageDto,
  UnreadCountDto,
} from './inbox.dto.js';
import { InboxService } from './inbox.service.js';
import { person } from '../notifications.problems.js';

@ApiTags('notifications')
@Controller('me/notifications')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @RequirePermission('profile.read')
  @ApiOkResponse({ type: NotificationPageDto, description: 'Your notifications, newest first' })
  @ApiOperation({ summary: "The caller's notifications, newest first" })
  list(@CurrentActor() actor: Actor, @Query() query: InboxQuery): Promise<NotificationPageDto> {
    return this.inbox.list(person(actor), query);
  }

  @Get('unread-count')
  @RequirePermission('profile.read')
  @ApiOkResponse({ type: UnreadCountDto })
  @ApiOperation({ summary: "How many of the caller's notifications are unread" })
  unreadCount(@CurrentActor() actor: Actor): Promise<UnreadCountDto> {
    return this.inbox.unreadCount(person(actor));
  }

  @Post('read-all')
  @HttpCode(200)
  @RequirePermission('profile.read')
  @ApiOkResponse({ type: MarkedAllReadDto })
  @ApiOperation({ summary: 'Mark every notification read' })
  markAllRead(@CurrentActor() actor: Actor): Promise<MarkedAllReadDto> {
    return this.inbox.markAllRead(person(actor));
  }

  @Post(':id/read')
  @HttpCode(200)
  @RequirePermission('profile.read')
  @ApiOkResponse({ type: NotificationDto })
  @ApiNotFoundResponse({ description: 'Not one of your notifications' })
  @ApiOperation({ summary: 'Mark one notification read' })
  markRead(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<NotificationDto> {
    return this.inbox.markRead(person(actor), id);
  }
}
