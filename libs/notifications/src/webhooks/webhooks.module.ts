import { Module } from '@nestjs/common';

/** Webhook endpoints and their delivery log (API). */
@Module({})
export class WebhooksModule {}

/** Webhook deliveries on the `webhooks` queue (worker). */
@Module({})
export class WebhooksJobsModule {}
