import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { TransactionRunner } from '@jazari/database';
import { clampPageSize, idCursor } from '@jazari/http';
import { ConventionListRepository } from './convention-list.repository.js';
import { ConventionProblems } from './convention.problems.js';
import type { ConventionListFilter, ConventionListItem } from '../convention.types.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export interface ConventionPage {
  readonly data: ConventionListItem[];
  readonly nextCursor: string | null;
}

@Injectable()
export class ConventionQueryService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lists: ConventionListRepository,
  ) {}

  list(
    actor: Actor,
    filter: ConventionListFilter,
    page: { cursor?: string; limit?: number },
  ): Promise<ConventionPage> {
    if (filter.view === 'all' && actor.tenantKind !== 'root') throw ConventionProblems.rootOnlyView();
    const after = idCursor.decodeOptional(page.cursor)?.[0] ?? null;
    const limit = clampPageSize(page.limit, { fallback: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE });
    return this.transactions.run(actorContext(actor), async (tx) => {
      const rows = await this.lists.list(tx, actor, filter, after, limit + 1);
      return idCursor.page(rows, limit, (row) => [row.id]);
    });
  }
}
