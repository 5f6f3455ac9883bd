import { Module } from '@nestjs/common';
import { AuditLogModule } from '@jazari/audit';
import { EvidenceChain } from './evidence-chain.js';
import { EvidenceKey } from './evidence-key.js';
import { EvidenceRepository } from './evidence.repository.js';

/**
 * A convention's evidence chain, for the API (ConventionsModule) and the worker (ConventionSchedulesModule):
 * one repository, one chain and one sealing key per process. The key loads on the first seal, so a
 * process that only appends (the worker) needs none.
 */
@Module({
  imports: [AuditLogModule],
  providers: [EvidenceRepository, EvidenceKey, EvidenceChain],
  exports: [EvidenceRepository, EvidenceKey, EvidenceChain],
})
export class EvidenceModule {}
