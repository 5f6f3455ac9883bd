import { Injectable } from '@nestjs/common';
import { NotificationDispatcher } from '@jazari/notifications';
import { JobHandler, type JobEnvelope } from '@jazari/queue';
import '../obligations/obligation.jobs.js';
import './convention-schedule.jobs.js';

/**
 * The reminder, expiry and obligation events reach people through notifications (its catalogue says
 * who and how). One handler per job, here, next to the sweep that emits them.
 */
@Injectable()
export class ConventionNoticeHandler {
  constructor(private readonly notifications: NotificationDispatcher) {}

  @JobHandler('conventions.signature_reminder')
  async signatureReminder(envelope: JobEnvelope<'conventions.signature_reminder'>): Promise<void> {
    await this.notifications.dispatch('conventions.signature_reminder', envelope);
  }

  @JobHandler('conventions.expiring')
  async expiring(envelope: JobEnvelope<'conventions.expiring'>): Promise<void> {
    await this.notifications.dispatch('conventions.expiring', envelope);
  }

  @JobHandler('conventions.obligation_met')
  async obligationMet(envelope: JobEnvelope<'conventions.obligation_met'>): Promise<void> {
    await this.notifications.dispatch('conventions.obligation_met', envelope);
  }

  @JobHandler('conventions.obligation_reopened')
  async obligationReopened(envelope: JobEnvelope<'conventions.obligation_reopened'>): Promise<void> {
    await this.notifications.dispatch('conventions.obligation_reopened', envelope);
  }

  @JobHandler('conventions.expired')
  async expired(envelope: JobEnvelope<'conventions.expired'>): Promise<void> {
    await this.notifications.dispatch('conventions.expired', envelope);
  }
}
