import { Injectable, Logger } from '@nestjs/common';
import { JobHandler, type JobEnvelope } from '@jazari/queue';
import '../obligations/obligation.jobs.js';
import './convention-schedule.jobs.js';

/**
 * Until the notifications context sends e-mail, the reminder and expiry events are put on record here
 * (the outbox ledger makes each once). Notifications will take these handlers over: one handler per job.
 */
@Injectable()
export class ConventionNoticeHandler {
  private readonly logger = new Logger(ConventionNoticeHandler.name);

  @JobHandler('conventions.signature_reminder')
  signatureReminder(envelope: JobEnvelope<'conventions.signature_reminder'>): Promise<void> {
    this.logger.log({ tenantId: envelope.tenantId, ...envelope.payload }, 'signature reminder due');
    return Promise.resolve();
  }

  @JobHandler('conventions.expiring')
  expiring(envelope: JobEnvelope<'conventions.expiring'>): Promise<void> {
    this.logger.log({ tenantId: envelope.tenantId, ...envelope.payload }, 'convention expiring');
    return Promise.resolve();
  }

  @JobHandler('conventions.obligation_met')
  obligationMet(envelope: JobEnvelope<'conventions.obligation_met'>): Promise<void> {
    this.logger.log({ tenantId: envelope.tenantId, ...envelope.payload }, 'obligation met');
    return Promise.resolve();
  }

  @JobHandler('conventions.expired')
  expired(envelope: JobEnvelope<'conventions.expired'>): Promise<void> {
    this.logger.log({ tenantId: envelope.tenantId, ...envelope.payload }, 'convention expired');
    return Promise.resolve();
  }
}
