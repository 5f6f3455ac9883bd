import { Injectable } from '@nestjs/common';
import { NotificationDispatcher } from '@jazari/notifications';
import { JobHandler, type JobEnvelope } from '@jazari/queue';
import '../shared/resource.jobs.js';

/** The resources events reach people through notifications (its catalogue says who and how). */
@Injectable()
export class ResourceNoticeHandler {
  constructor(private readonly notifications: NotificationDispatcher) {}

  @JobHandler('resources.allocation_requested')
  async requested(envelope: JobEnvelope<'resources.allocation_requested'>): Promise<void> {
    await this.notifications.dispatch('resources.allocation_requested', envelope);
  }

  @JobHandler('resources.allocation_decided')
  async decided(envelope: JobEnvelope<'resources.allocation_decided'>): Promise<void> {
    await this.notifications.dispatch('resources.allocation_decided', envelope);
  }

  @JobHandler('resources.allocation_withdrawn')
  async withdrawn(envelope: JobEnvelope<'resources.allocation_withdrawn'>): Promise<void> {
    await this.notifications.dispatch('resources.allocation_withdrawn', envelope);
  }

  @JobHandler('resources.allocation_expiring')
  async expiring(envelope: JobEnvelope<'resources.allocation_expiring'>): Promise<void> {
    await this.notifications.dispatch('resources.allocation_expiring', envelope);
  }

  @JobHandler('resources.usage_threshold')
  async usageThreshold(envelope: JobEnvelope<'resources.usage_threshold'>): Promise<void> {
    await this.notifications.dispatch('resources.usage_threshold', envelope);
  }

  @JobHandler('resources.booking_confirmed')
  async bookingConfirmed(envelope: JobEnvelope<'resources.booking_confirmed'>): Promise<void> {
    await this.notifications.dispatch('resources.booking_confirmed', envelope);
  }

  @JobHandler('resources.booking_cancelled')
  async bookingCancelled(envelope: JobEnvelope<'resources.booking_cancelled'>): Promise<void> {
    await this.notifications.dispatch('resources.booking_cancelled', envelope);
  }
}
