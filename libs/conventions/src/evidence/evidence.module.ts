import { Module, type Provider } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants.js';
import { AuditModule } from '@jazari/audit';
import { EvidenceChain } from './evidence-chain.js';
import { EvidenceKey } from './evidence-key.js';
import { EvidenceRepository } from './evidence.repository.js';

/**
 * AuditModule's providers without its controller: `EvidenceChain` writes to the audit log in the worker
 * too, and the worker must not serve `GET /audit/*` (audit.module.ts asks for exactly this). Read from the
 * module's own metadata, so a provider added there is followed here.
 * TODO(audit): replace with a providers-only module exported by @jazari/audit.
 */
const AUDIT_PROVIDERS = Reflect.getMetadata(MODULE_METADATA.PROVIDERS, AuditModule) as Provider[];

/**
 * A convention's evidence chain, for the API (ConventionsModule) and the worker (ConventionSchedulesModule):
 * one repository, one chain and one sealing key per process. The key loads on the first seal, so a
 * process that only appends (the worker) needs none.
 */
@Module({
  providers: [...AUDIT_PROVIDERS, EvidenceRepository, EvidenceKey, EvidenceChain],
  exports: [EvidenceRepository, EvidenceKey, EvidenceChain],
})
export class EvidenceModule {}
