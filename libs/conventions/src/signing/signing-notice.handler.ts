import { Injectable, Logger } from '@nestjs/common';
import { JobHandler, type JobEnvelope } from '@jazari/queue';
import './signing.jobs.js';

/**
 * Until the notifications context sends e-mail, the signing events are put on record here (the outbox
 * runner's (event, handler) ledger makes each once). Notifications will take these handlers over.
 */
@Injectable()
export class SigningNoticeHandler {
  private readonly logger = new Logger(SigningNoticeHandler.name);

  @JobHandler('conventions.signature_requested')
  signatureRequested(envelope: JobEnvelope<'conventions.signature_requested'>): Promise<void> {
    this.logger.log({ tenantId: envelope.tenantId, ...envelope.payload }, 'signature requested');
    return Promise.resolve();
  }

  @JobHandler('conventions.activated')
  activated(envelope: JobEnvelope<'conventions.activated'>): Promise<void> {
    this.logger.log({ tenantId: envelope.tenantId, ...envelope.payload }, 'convention activated');
    return Promise.resolve();
  }

  @JobHandler('conventions.declined')
  declined(envelope: JobEnvelope<'conventions.declined'>): Promise<void> {
    this.logger.log({ tenantId: envelope.tenantId, ...envelope.payload }, 'convention declined');
    return Promise.resolve();
  }
}
