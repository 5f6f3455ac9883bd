import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { TransactionRunner } from '@jazari/database';
import { ConventionAccess, ownerScope } from '../convention-access.js';
import { EvidenceChain } from '../evidence/evidence-chain.js';
import { assertTransition, LIFECYCLE_ACTIONS, type LifecycleAction } from './convention-workflow.js';
import { ConventionLoader } from './convention.loader.js';
import { ConventionRepository } from './convention.repository.js';
import type { ConventionView } from '../convention.types.js';

/** The evidence event each owner action appends. */
const EVENT_OF: Readonly<Record<LifecycleAction, string>> = {
  'submit-for-review': 'submitted_for_review',
  'return-to-draft': 'returned_to_draft',
  void: 'voided',
  terminate: 'terminated',
};

/** The owner's status moves (convention-workflow.ts); an illegal one is a 409 naming what is allowed. */
@Injectable()
export class ConventionLifecycleService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: ConventionAccess,
    private readonly conventions: ConventionRepository,
    private readonly loader: ConventionLoader,
    private readonly evidence: EvidenceChain,
  ) {}

  /** `If-Match` is optional here; when sent, a stale one is a 412. Voiding cancels every pending signer. */
  move(
    actor: Actor,
    conventionId: string,
    action: LifecycleAction,
    reason: string | null,
    ifMatch: string | undefined,
  ): Promise<ConventionView> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.manage(tx, actor, conventionId);
      const locked = await this.loader.lockMatching(tx, scope, ifMatch, false);
      const to = LIFECYCLE_ACTIONS[action];
      assertTransition(locked.status, to);
      const cancelledSignerIds =
        to === 'voided' ? await this.conventions.cancelPendingSigners(tx, scope) : [];
      await this.conventions.updateStatus(tx, scope, to, reason);
      await this.evidence.append(tx, ownerScope(actor, scope), {
        conventionId,
        type: EVENT_OF[action],
        actorUserId: actor.userId,
        actorTenantId: actor.tenantId,
        actorApiKeyId: actor.apiKeyId,
        data: {
          from: locked.status,
          to,
          ...(reason === null ? {} : { reason }),
          ...(to === 'voided' ? { cancelledSignerIds } : {}),
        },
      });
      return this.loader.view(tx, scope, actor);
    });
  }
}
