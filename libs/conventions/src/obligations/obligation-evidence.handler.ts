import { Injectable } from '@nestjs/common';
import { JobHandler, type JobEnvelope } from '@jazari/queue';
import { evidenceWithdrawnJob, type EvidenceWithdrawn } from '@jazari/projects';
import { ObligationReopenService } from './obligation-reopen.service.js';

/**
 * Projects tells when a deliverable or milestone stops counting as evidence; conventions knows which
 * obligations were met with it. Projects cannot call conventions (conventions depends on projects), so
 * the event goes through the outbox, and this handler reopens them in the event's transaction.
 */
@Injectable()
export class ObligationEvidenceHandler {
  constructor(private readonly reopen: ObligationReopenService) {}

  @JobHandler(evidenceWithdrawnJob)
  async evidenceWithdrawn(envelope: JobEnvelope<EvidenceWithdrawn>): Promise<void> {
    const { kind, tenantId, id } = envelope.payload;
    await this.reopen.evidenceWithdrawn({ kind, tenantId: tenantId.toLowerCase(), id: id.toLowerCase() });
  }
}
