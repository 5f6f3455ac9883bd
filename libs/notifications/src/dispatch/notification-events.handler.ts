import { Injectable } from '@nestjs/common';
import { TransactionRunner, type TenantContext } from '@jazari/database';
import { JobSubscriber, type JobSubscriberProvider, type JobSubscription } from '@jazari/queue';
import { NOTIFICATION_CATALOGUE } from '../catalogue/index.js';
import { NotificationDispatcher } from './notification.dispatcher.js';

/**
 * Notifications subscribes to the events of its catalogue itself: the contexts that emit them export
 * their jobs and payload types, and know nothing of notifications. Each event's handler is this one; the
 * outbox job runner runs it in the event's tenant transaction, once per event: the unit of work opened
 * here for the event's tenant joins it, and the dispatcher receives its `tx`.
 */
@Injectable()
@JobSubscriber()
export class NotificationEventsHandler implements JobSubscriberProvider {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly dispatcher: NotificationDispatcher,
  ) {}

  subscriptions(): readonly JobSubscription[] {
    return NOTIFICATION_CATALOGUE.map((event) => ({
      job: event.job,
      handle: async (envelope) => {
        const eventTenant: TenantContext = { tenantId: envelope.tenantId, tenantKind: null, userId: null };
        await this.transactions.run(eventTenant, (tx) => this.dispatcher.dispatch(tx, event, envelope));
      },
    }));
  }
}
