export { NotificationsJobsModule, NotificationsModule } from './notifications.module.js';
export {
  NotificationDispatcher,
  type DispatchOptions,
  type DispatchResult,
} from './notification.dispatcher.js';
export {
  NOTIFICATION_CATALOGUE,
  notificationEvent,
  type NotifiedEventName,
} from './notification.catalogue.js';
export { notificationMessageId } from './mail/mail.sender.js';
export type * from './notification.types.js';
export { DigestService, digestMessageId, type DigestRun } from './digest/digest.service.js';
export { DIGEST_HOUR } from './digest/digest.jobs.js';
