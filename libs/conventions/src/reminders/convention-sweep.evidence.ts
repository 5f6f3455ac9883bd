import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import { EvidenceChain } from '../evidence/evidence-chain.js';
import type { SweepCandidate } from './convention-sweep.repository.js';

/** The sweep's acts in the convention's evidence chain: the platform acts, so no user and no tenant actor. */
@Injectable()
export class ConventionSweepEvidence {
  constructor(private readonly chain: EvidenceChain) {}

  async append(
    tx: TenantTx,
    candidate: SweepCandidate,
    type: 'expired' | 'expiry_notice',
    data: Readonly<Record<string, unknown>>,
  ): Promise<void> {
    await this.chain.append(
      tx,
      { tenantId: candidate.tenantId, tenantKind: null, userId: null },
      { conventionId: candidate.conventionId, type, actorUserId: null, actorTenantId: null, data },
    );
  }
}
