import { Injectable } from '@nestjs/common';
import { JobSubscriber, type JobSubscriberProvider, type JobSubscription } from '@jazari/queue';
import { NOTIFICATION_CATALOGUE } from '../catalogue/index.js';
import { NotificationDispatcher } from './notification.dispatcher.js';

/**
 * Notifications subscribes to the events of its catalogue itself: the contexts that emit them export
 * their jobs and payload types, and know nothing of notifications. Each event's handler is this one; the
 * outbox job runner runs it in the event's tenant transaction, once per event.
 */
@Injectable()
@JobSubscriber()
export class NotificationEventsHandler implements JobSubscriberProvider {
  constructor(private readonly dispatcher: NotificationDispatcher) {}

  subscriptions(): readonly JobSubscription[] {
    return NOTIFICATION_CATALOGUE.map((event) => ({
      job: event.job,
      handle: async (envelope) => {
        await this.dispatcher.dispatch(event, envelope);
      },
    }));
  }
}
