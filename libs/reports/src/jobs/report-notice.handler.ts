import { Injectable } from '@nestjs/common';
import { NotificationDispatcher } from '@jazari/notifications';
import { JobHandler, type JobEnvelope } from '@jazari/queue';
import '../report.jobs.js';

/** A ready report reaches its requester through notifications (the catalogue's `reports.ready`). */
@Injectable()
export class ReportNoticeHandler {
  constructor(private readonly notifications: NotificationDispatcher) {}

  @JobHandler('reports.ready')
  async ready(envelope: JobEnvelope<'reports.ready'>): Promise<void> {
    await this.notifications.dispatch('reports.ready', envelope);
  }
}
