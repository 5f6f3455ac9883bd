import { Controller, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
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

  @ReadRoute({
    permission: 'profile.read',
    summary: "The caller's notifications, newest first",
    ok: { type: NotificationPageDto, description: 'Your notifications, newest first' },
  })
  list(@CurrentActor() actor: Actor, @Query() query: InboxQuery): Promise<NotificationPageDto> {
    return this.inbox.list(person(actor), query);
  }

  @ReadRoute({
    path: 'unread-count',
    permission: 'profile.read',
    summary: "How many of the caller's notifications are unread",
    ok: UnreadCountDto,
  })
  unreadCount(@CurrentActor() actor: Actor): Promise<UnreadCountDto> {
    return this.inbox.unreadCount(person(actor));
  }

  @ActionRoute({
    method: 'post',
    path: 'read-all',
    status: 200,
    permission: 'profile.read',
    summary: 'Mark every notification read',
    ok: MarkedAllReadDto,
  })
  markAllRead(@CurrentActor() actor: Actor): Promise<MarkedAllReadDto> {
    return this.inbox.markAllRead(person(actor));
  }

  @ActionRoute({
    method: 'post',
    path: ':id/read',
    status: 200,
    permission: 'profile.read',
    summary: 'Mark one notification read',
    ok: NotificationDto,
    problems: { 404: 'Not one of your notifications' },
  })
  markRead(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<NotificationDto> {
    return this.inbox.markRead(person(actor), id);
  }
}
