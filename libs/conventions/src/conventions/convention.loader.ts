import { Injectable } from '@nestjs/common';
import type { Actor } from '@jazari/access';
import { Clock, networkToday } from '@jazari/config';
import { TransactionRunner, type TenantTx } from '@jazari/database';
import { conventionNotFound, type ConventionScope } from '../convention-access.js';
import { EvidenceRepository } from '../evidence/evidence.repository.js';
import { transitionsFor } from './convention-workflow.js';
import { ConventionProblems } from './convention.problems.js';
import { ConventionRepository } from './convention.repository.js';
import { executionOf, ifMatchSatisfied } from './convention.rules.js';
import type {
  ConventionDetail,
  ConventionStatus,
  ConventionView,
  SignerSummary,
} from '../convention.types.js';

/** What every convention write starts and ends with: lock and check the version, then answer the view. */
@Injectable()
export class ConventionLoader {
  constructor(
    private readonly conventions: ConventionRepository,
    private readonly transactions: TransactionRunner,
    private readonly evidence: EvidenceRepository,
    private readonly clock: Clock,
  ) {}

  async detail(tx: TenantTx, scope: ConventionScope): Promise<ConventionDetail> {
    const detail = await this.conventions.findDetail(tx, scope);
    if (!detail) throw conventionNotFound();
    return detail;
  }

  /**
   * The convention as this caller reads it: every signer by name, the moves this caller can take, and
   * the execution of its obligations as of today.
   */
  async view(tx: TenantTx, scope: ConventionScope, actor: Actor): Promise<ConventionView> {
    const detail = await this.detail(tx, scope);
    const signers = await this.named(detail.signers);
    const pending = signers.filter((s) => s.status === 'pending');
    const step = pending.length > 0 ? Math.min(...pending.map((s) => s.step)) : null;
    const mine = pending.find(
      (s) => s.step === step && s.userId === actor.userId && s.partyTenantId === actor.tenantId,
    );
    const signTurn =
      detail.status === 'out_for_signature' &&
      mine !== undefined &&
      actor.permissions.has('conventions.sign');
    const today = networkToday(this.clock.now());
    return {
      ...detail,
      signers,
      allowedTransitions: transitionsFor(detail.status, {
        canManage: scope.canManage,
        signTurn,
        lastSignature: pending.length === 1,
      }),
      isOwner: scope.isOwner,
      isParty: scope.isParty,
      canManage: scope.canManage,
      canSign: signTurn,
      execution: executionOf(today, await this.conventions.executionCounts(tx, scope, today)),
    };
  }

  /**
   * A person's name is visible to their own tenant only (RLS on app_user): the names the caller's scope
   * does not show are read in each signer's party's scope. Every reader of the convention sees who signs it.
   */
  private async named(signers: readonly SignerSummary[]): Promise<SignerSummary[]> {
    const byParty = new Map<string, string[]>();
    for (const s of signers) {
      if (s.displayName === null)
        byParty.set(s.partyTenantId, [...(byParty.get(s.partyTenantId) ?? []), s.userId]);
    }
    const names = new Map<string, string>();
    for (const [party, userIds] of byParty) {
      const found = await this.transactions.onBehalfOf(
        { tenantId: party, tenantKind: null, userId: null },
        (scoped) => this.evidence.memberNames(scoped, party, userIds),
      );
      for (const [id, name] of found) names.set(id, name);
    }
    return signers.map((s) =>
      s.displayName === null ? { ...s, displayName: names.get(s.userId) ?? null } : s,
    );
  }

  /**
   * Locks the convention row, so concurrent writers queue, then applies `If-Match` to the version as
   * locked: a stale one is a 412, a missing one a 428 when `required`, and nothing is written.
   */
  async lockMatching(
    tx: TenantTx,
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
