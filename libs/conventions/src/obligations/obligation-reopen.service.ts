import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@jazari/config';
import { TransactionRunner, type DbContext, type TenantContext } from '@jazari/database';
import { OutboxService } from '@jazari/outbox';
import { EvidenceChain } from '../evidence/evidence-chain.js';
import { ObligationRepository } from './obligation.repository.js';
import { EVIDENCE_READY, type EvidenceLink } from './obligation.types.js';
import { obligationReopenedJob } from './obligation.jobs.js';

/** Reads every owner's obligations; with no `app.tenant_id` it cannot write any. */
const ROOT_READER: DbContext = Object.freeze({ tenantId: null, tenantKind: 'root', userId: null });

/**
 * An obligation counts only real evidence, also afterwards: when the deliverable, milestone or workshop it
 * was met with stops counting, the obligation is open again. Runs in the handler's transaction of the
 * evidence's event (exactly once: the outbox ledger commits with it); each obligation is reopened in its
 * owner's scope, with an `obligation_reopened` evidence event (and so an audit entry) and an outbox event
 * that tells the people concerned.
 */
@Injectable()
export class ObligationReopenService {
  private readonly logger = new Logger(ObligationReopenService.name);

  constructor(
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    private readonly obligations: ObligationRepository,
    private readonly evidence: EvidenceChain,
    private readonly outbox: OutboxService,
  ) {}

  /** Must run inside a unit of work (the event handler's). Returns how many obligations reopened. */
  async evidenceWithdrawn(link: EvidenceLink): Promise<number> {
    // The event says what happened; the record says what is true now (it may count again already).
    const status = await this.transactions.onBehalfOf(
      { tenantId: link.tenantId, tenantKind: null, userId: null },
      (scoped) => this.obligations.evidenceStatus(scoped, link),
    );
    if (status === EVIDENCE_READY[link.kind]) return 0;
    const met = await this.transactions.onBehalfOf(ROOT_READER, (scoped) =>
      this.obligations.metWithEvidence(scoped, link),
    );
    let reopened = 0;
    for (const obligation of met) {
      const owner: TenantContext = { tenantId: obligation.ownerTenantId, tenantKind: null, userId: null };
      await this.transactions.onBehalfOf(owner, async (scoped) => {
        const key = { ownerTenantId: obligation.ownerTenantId, conventionId: obligation.conventionId };
        const responsibleTenantId = await this.obligations.reopen(
          scoped,
          key,
          obligation.id,
          link,
          this.clock.now(),
        );
        if (!responsibleTenantId) return;
        // The platform acts (no person, no tenant): the evidence's state decided it.
        await this.evidence.append(scoped, owner, {
          conventionId: obligation.conventionId,
          type: 'obligation_reopened',
          actorUserId: null,
          actorTenantId: null,
          data: { obligationId: obligation.id, evidence: { ...link }, evidenceStatus: status ?? 'removed' },
        });
        await this.outbox.emit(scoped, obligationReopenedJob, {
          conventionId: obligation.conventionId,
          obligationId: obligation.id,
          responsibleTenantId,
        });
        reopened += 1;
      });
    }
    if (reopened > 0) {
      this.logger.log(`${link.kind} ${link.id} stopped counting: ${reopened} obligation(s) reopened`);
    }
    return reopened;
  }
}
