import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { TransactionRunner } from '@jazari/database';
import type { AttentionPageDto, ReviewPageDto } from './attention.dto.js';
import { type AttentionScope, AttentionRepository } from './attention.repository.js';
import { daysBetween, networkToday } from '@jazari/config';
import { CursorKey, cursorCodec } from '@jazari/http';
import { pageSize } from './work-list.js';

/** Late items by (due date, type, id); reviews by (submitted at, to the microsecond, id). */
const lateCursor = cursorCodec(CursorKey.date, CursorKey.oneOf('milestone', 'deliverable'), CursorKey.uuid);
const reviewCursor = cursorCodec(CursorKey.instant, CursorKey.uuid);

/**
 * "At a glance": what is late across the projects the caller can see — an institute its own, a partner
 * those it takes part in, Root every institute's (or one's, with `institute`).
 */
@Injectable()
export class AttentionService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly attention: AttentionRepository,
  ) {}

  list(
    actor: Actor,
    query: { institute?: string; cursor?: string; limit?: number },
  ): Promise<AttentionPageDto> {
    const after = lateCursor.decodeOptional(query.cursor);
    const limit = pageSize(query.limit);
    const scope: AttentionScope =
      actor.tenantKind === 'root'
        ? { kind: 'all' }
        : { kind: actor.tenantKind === 'partner' ? 'partner' : 'institute', tenantId: actor.tenantId };
    const today = networkToday();
    return this.transactions.run(actorContext(actor), async (tx) => {
      const rows = await this.attention.list(
        tx,
        scope,
        { instituteId: query.institute?.toLowerCase() ?? null, today },
        after,
        limit + 1,
      );
      const page = lateCursor.page(rows, limit, (r) => [r.dueDate, r.type, r.id]);
      return {
        data: page.data.map((r) => ({
          type: r.type,
          id: r.id,
          title: r.title,
          dueDate: r.dueDate,
          daysOverdue: daysBetween(r.dueDate, today),
          status: r.status,
          project: { id: r.projectId, title: r.projectTitle, instituteId: r.instituteId },
        })),
        nextCursor: page.nextCursor,
        today,
      };
    });
  }

  /** Deliverables of the caller's institute submitted for review and not yet accepted or rejected. */
  awaitingReview(actor: Actor, query: { cursor?: string; limit?: number }): Promise<ReviewPageDto> {
    const after = reviewCursor.decodeOptional(query.cursor);
    const limit = pageSize(query.limit);
    const today = networkToday();
    return this.transactions.run(actorContext(actor), async (tx) => {
      const rows = await this.attention.awaitingReview(tx, actor.tenantId, after, limit + 1);
      const page = reviewCursor.page(rows, limit, (r) => [r.submittedKey, r.id]);
      return {
        data: page.data.map((r) => ({
          id: r.id,
          title: r.title,
          kind: r.kind,
          dueDate: r.dueDate,
          submittedAt: r.submittedAt.toISOString(),
          daysWaiting: Math.max(0, daysBetween(networkToday(r.submittedAt), today)),
          project: { id: r.projectId, title: r.projectTitle, instituteId: actor.tenantId },
        })),
        nextCursor: page.nextCursor,
      };
    });
  }
}
