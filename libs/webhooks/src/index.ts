export { WebhooksJobsModule, WebhooksModule } from './webhooks.module.js';
export { WebhookFanOut, type WebhookEvent } from './webhook.fan-out.js';
export {
  WEBHOOK_ATTEMPTS,
  webhookDeliveryJob,
  webhookEndpointDisabledJob,
  type WebhookDeliveryRequested,
  type WebhookEndpointDisabled,
} from './webhook.jobs.js';
export {
  signatureHeader,
  verifyWebhookSignature,
  webhookSecret,
  SIGNATURE_TOLERANCE_SECONDS,
} from './webhook-signature.js';
export { isPrivateAddress, isLoopbackAddress } from './webhook-address.js';
export { DISABLE_AFTER_MS as WEBHOOK_DISABLE_AFTER_MS } from './webhook-delivery.handler.js';
