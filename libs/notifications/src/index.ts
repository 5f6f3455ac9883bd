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
export { WebhookFanOut } from './webhooks/webhook.fan-out.js';
export { webhookDeliveryJob, webhookEndpointDisabledJob, WEBHOOK_ATTEMPTS } from './webhooks/webhook.jobs.js';
export {
  signatureHeader,
  verifyWebhookSignature,
  webhookSecret,
  SIGNATURE_TOLERANCE_SECONDS,
} from './webhooks/webhook-signature.js';
export { isPrivateAddress, isLoopbackAddress } from './webhooks/webhook-address.js';
export { DISABLE_AFTER_MS as WEBHOOK_DISABLE_AFTER_MS } from './webhooks/webhook-delivery.handler.js';
