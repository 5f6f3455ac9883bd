import type { AppConfig } from '@jazari/config';
import { defineJob, NOTICE_JOB } from '@jazari/queue';

/** One delivery to send (written in the endpoint's tenant); `cycle` names the attempt cycle. */
export interface WebhookDeliveryRequested {
  readonly deliveryId: string;
  readonly cycle: number;
}
/** An endpoint failed for 24 hours in a row and was disabled: its tenant's admins are told. */
export interface WebhookEndpointDisabled {
  readonly endpointId: string;
  readonly url: string;
  readonly failingSince: string;
}

/**
 * Attempts of one delivery cycle. With BullMQ's exponential backoff the n-th retry waits
 * `base × 2^(n−1)`, less up to 25 % jitter: with the default base of 60 s the eleven retries wait
 * 1, 2, 4 … 1024 min — 34 h in all (at least 25.6 h with full jitter), past the 24 h after which a
 * failing endpoint is disabled.
 */
export const WEBHOOK_ATTEMPTS = 12;
export const WEBHOOK_JITTER = 0.25;

/**
 * The backoff object the producer copies onto each job. Its delay comes from the configuration
 * (WEBHOOK_RETRY_BASE_MS), which job definitions cannot read at import time: `configureWebhookRetries`
 * sets it when a process that enqueues (the worker's relay) boots.
 */
const backoff: { type: 'exponential'; delay: number; jitter: number } = {
  type: 'exponential',
  delay: 60_000,
  jitter: WEBHOOK_JITTER,
};

export const webhookDeliveryJob = defineJob<WebhookDeliveryRequested>('webhooks.delivery_requested', {
  queue: 'webhooks',
  version: 1,
  attempts: WEBHOOK_ATTEMPTS,
  backoff,
});

export const webhookEndpointDisabledJob = defineJob<WebhookEndpointDisabled>(
  'webhooks.endpoint_disabled',
  NOTICE_JOB,
);

export function configureWebhookRetries(config: AppConfig): void {
  backoff.delay = config.webhooks.retryBaseMs;
}
