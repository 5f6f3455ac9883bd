import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { isUuid, TransactionRunner } from '@jazari/database';
import { ValidationProblem } from '@jazari/http';
import { ConventionListRepository } from './convention-list.repository.js';
import { ConventionProblems } from './convention.problems.js';
import type { ConventionListFilter, ConventionListItem } from '../convention.types.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export interface ConventionPage {
  readonly data: ConventionListItem[];
  readonly nextCursor: string | null;
}

/** Cursors are opaque (base64url of the last id of the page). */
export function encodeConventionCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string | undefined): string | null {
  if (cursor === undefined) return null;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isUuid(id)) {
    throw new ValidationProblem([{ field: 'cursor', messages: ['cursor is not a cursor this API issued'] }]);
  }
  return id.toLowerCase();
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
    const after = decodeCursor(page.cursor);
    const limit = Math.min(Math.max(page.limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const rows = await this.lists.list(tx, actor, filter, after, limit + 1);
      const data = rows.slice(0, limit);
      const last = data.at(-1);
      return { data, nextCursor: rows.length > limit && last ? encodeConventionCursor(last.id) : null };
    });
  }
}
