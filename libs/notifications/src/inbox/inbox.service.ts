import { Injectable } from '@nestjs/common';
import { actorContext, type UserActor } from '@jazari/access';
import { TransactionRunner } from '@jazari/database';
import type {
  InboxQuery,
  MarkedAllReadDto,
  NotificationDto,
  NotificationPageDto,
  UnreadCountDto,
} from './inbox.dto.js';
import { NotificationRepository, type InboxRow } from './notification.repository.js';
import { notificationNotFound } from '../notifications.problems.js';

function toDto(row: InboxRow): NotificationDto {
  return {
    id: row.id,
    tenantId: row.tenantId,
    eventType: row.eventType,
    category: row.category,
    actionRequired: row.actionRequired,
    title: row.title,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

/**
 * A person's inbox: every notification addressed to them, whichever of their tenants it was written in
 * (the `own_notifications_*` policies admit rows by `user_id`), newest first.
 */
@Injectable()
export class InboxService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly notifications: NotificationRepository,
  ) {}

  async list(actor: UserActor, query: InboxQuery): Promise<NotificationPageDto> {
    const limit = query.limit ?? 50;
    const rows = await this.transactions.run(actorContext(actor), (tx) =>
      this.notifications.list(tx, actor.userId, limit, query.cursor, query.unread === true),
    );
    const data = rows.slice(0, limit);
    return {
      data: data.map(toDto),
      nextCursor: rows.length > limit ? data[data.length - 1].id : null,
    };
  }

  async unreadCount(actor: UserActor): Promise<UnreadCountDto> {
    const unread = await this.transactions.run(actorContext(actor), (tx) =>
      this.notifications.unreadCount(tx, actor.userId),
    );
    return { unread };
  }

  async markRead(actor: UserActor, id: string): Promise<NotificationDto> {
    const row = await this.transactions.run(actorContext(actor), (tx) =>
      this.notifications.markRead(tx, actor.userId, id),
    );
    if (!row) throw notificationNotFound();
    return toDto(row);
  }

  async markAllRead(actor: UserActor): Promise<MarkedAllReadDto> {
    const marked = await this.transactions.run(actorContext(actor), (tx) =>
      this.notifications.markAllRead(tx, actor.userId),
    );
    return { marked };
  }
}
