export { NotificationsJobsModule, NotificationsModule } from './notifications.module.js';
export { NotificationDispatcher, type DispatchResult } from './dispatch/notification.dispatcher.js';
export { NotificationEventsHandler } from './dispatch/notification-events.handler.js';
export { NOTIFICATION_CATALOGUE, notificationEvent } from './catalogue/index.js';
export { notificationMessageId } from './mail/mail.sender.js';
export { publicLink } from './public-link.js';
export type * from './notification.types.js';
export { DigestService, digestMessageId, type DigestRun } from './digest/digest.service.js';
export { DIGEST_HOUR } from './digest/digest.jobs.js';
