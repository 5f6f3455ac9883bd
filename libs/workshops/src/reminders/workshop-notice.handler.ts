import { Injectable } from '@nestjs/common';
import { NotificationDispatcher } from '@jazari/notifications';
import { JobHandler, type JobEnvelope } from '@jazari/queue';
import '../workshop.jobs.js';

/** The workshops' events reach people through notifications (its catalogue says who and how). */
@Injectable()
export class WorkshopNoticeHandler {
  constructor(private readonly notifications: NotificationDispatcher) {}

  @JobHandler('workshops.invited')
  async invited(envelope: JobEnvelope<'workshops.invited'>): Promise<void> {
    await this.notifications.dispatch('workshops.invited', envelope);
  }

  @JobHandler('workshops.registration_confirmed')
  async confirmed(envelope: JobEnvelope<'workshops.registration_confirmed'>): Promise<void> {
    await this.notifications.dispatch('workshops.registration_confirmed', envelope);
  }

  @JobHandler('workshops.waitlist_promoted')
  async promoted(envelope: JobEnvelope<'workshops.waitlist_promoted'>): Promise<void> {
    await this.notifications.dispatch('workshops.waitlist_promoted', envelope);
  }

  @JobHandler('workshops.reminder')
  async reminder(envelope: JobEnvelope<'workshops.reminder'>): Promise<void> {
    await this.notifications.dispatch('workshops.reminder', envelope);
  }

  @JobHandler('workshops.cancelled')
  async cancelled(envelope: JobEnvelope<'workshops.cancelled'>): Promise<void> {
    await this.notifications.dispatch('workshops.cancelled', envelope);
  }

  @JobHandler('workshops.minutes_published')
  async minutesPublished(envelope: JobEnvelope<'workshops.minutes_published'>): Promise<void> {
    await this.notifications.dispatch('workshops.minutes_published', envelope);
  }
}
