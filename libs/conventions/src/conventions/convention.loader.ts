import { Injectable } from '@nestjs/common';
import type { Tx } from '@jazari/database';
import { conventionNotFound, type ConventionScope } from '../access/convention-access.js';
import { allowedTransitions } from './convention-workflow.js';
import { ConventionProblems } from './convention.problems.js';
import { ConventionRepository } from './convention.repository.js';
import { ifMatchSatisfied } from './convention.rules.js';
import type { ConventionDetail, ConventionStatus, ConventionView } from './convention.types.js';

/** What every convention write starts and ends with: lock and check the version, then answer the view. */
@Injectable()
export class ConventionLoader {
  constructor(private readonly conventions: ConventionRepository) {}

  async detail(tx: Tx, scope: ConventionScope): Promise<ConventionDetail> {
    const detail = await this.conventions.findDetail(tx, scope);
    if (!detail) throw conventionNotFound();
    return detail;
  }

  async view(tx: Tx, scope: ConventionScope): Promise<ConventionView> {
    const detail = await this.detail(tx, scope);
    return {
      ...detail,
      allowedTransitions: allowedTransitions(detail.status),
      isOwner: scope.isOwner,
      isParty: scope.isParty,
      canManage: scope.canManage,
    };
  }

  /**
   * Locks the convention row, so concurrent writers queue, then applies `If-Match` to the version as
   * locked: a stale one is a 412, a missing one a 428 when `required`, and nothing is written.
   */
  async lockMatching(
    tx: Tx,
    scope: ConventionScope,
    ifMatch: string | undefined,
    required: boolean,
  ): Promise<{ status: ConventionStatus; version: number }> {
    const locked = await this.conventions.lock(tx, scope);
    if (!locked) throw conventionNotFound();
    if (ifMatch === undefined) {
      if (required) throw ConventionProblems.preconditionRequired(locked.version);
    } else if (!ifMatchSatisfied(ifMatch, locked.version)) {
      throw ConventionProblems.preconditionFailed(locked.version);
    }
    return locked;
  }
}
