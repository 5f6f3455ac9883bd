import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { TransactionRunner } from '@jazari/database';
import { clampPageSize, idCursor } from '@jazari/http';
import { ProjectAccess } from '../project-access.js';
import { ProjectHistory, type ProjectHistoryEntry } from '../project-history.js';
import { ProjectListRepository } from './project-list.repository.js';
import {
  DEFAULT_PAGE_SIZE,
  EXPORT_BATCH_SIZE,
  EXPORT_MAX_ROWS,
  MAX_PAGE_SIZE,
  type Page,
  type ProjectExportRow,
  type ProjectFilter,
  type ProjectListRow,
  type ProjectVisibility,
} from './project.types.js';

/** Root sees every project, an institute its own, a partner those it takes part in. */
export function visibilityOf(actor: Actor): ProjectVisibility {
  switch (actor.tenantKind) {
    case 'root':
      return { kind: 'root' };
    case 'institute':
      return { kind: 'institute', tenantId: actor.tenantId };
    case 'partner':
      return { kind: 'partner', tenantId: actor.tenantId };
  }
}

const pageSize = (limit: number | undefined) =>
  clampPageSize(limit, { fallback: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE });

/** Lists, the CSV export and a project's history. */
@Injectable()
export class ProjectQueryService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: ProjectAccess,
    private readonly history: ProjectHistory,
    private readonly lists: ProjectListRepository,
  ) {}

  /** Newest first (id DESC); the cursor is opaque. */
  list(
    actor: Actor,
    filter: ProjectFilter,
    page: { cursor?: string; limit?: number },
  ): Promise<Page<ProjectListRow>> {
    const limit = pageSize(page.limit);
    const beforeId = idCursor.decodeOptional(page.cursor)?.[0] ?? null;
    return this.transactions.run(actorContext(actor), async (tx) => {
      // One row more than asked says whether another page follows.
      const rows = await this.lists.page(tx, visibilityOf(actor), filter, beforeId, limit + 1);
      return idCursor.page(rows, limit, (row) => [row.id]);
    });
  }

  /**
   * Hands `consume` the matching projects in batches, newest first, at most EXPORT_MAX_ROWS, all read in
   * one transaction (one snapshot): on the read replica when one is usable, else the request's own.
   * `consume` may apply back-pressure by awaiting.
   */
  export(
    actor: Actor,
    filter: ProjectFilter,
    consume: (rows: readonly ProjectExportRow[]) => Promise<void>,
  ): Promise<number> {
    return this.transactions.read(actorContext(actor), async (tx) => {
      const visibility = visibilityOf(actor);
      let beforeId: string | null = null;
      let total = 0;
      while (total < EXPORT_MAX_ROWS) {
        const limit = Math.min(EXPORT_BATCH_SIZE, EXPORT_MAX_ROWS - total);
        const rows = await this.lists.exportPage(tx, visibility, filter, beforeId, limit);
        if (rows.length === 0) break;
        await consume(rows);
        total += rows.length;
        if (rows.length < limit) break;
        beforeId = rows[rows.length - 1].id;
      }
      return total;
    });
  }

  /** Oldest first. */
  historyOf(
    actor: Actor,
    projectId: string,
    page: { cursor?: string; limit?: number },
  ): Promise<Page<ProjectHistoryEntry>> {
    const limit = pageSize(page.limit);
    const afterId = idCursor.decodeOptional(page.cursor)?.[0] ?? null;
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, projectId);
      const rows = await this.history.list(tx, scope, afterId, limit + 1);
      return idCursor.page(rows, limit, (row) => [row.id]);
    });
  }
}
