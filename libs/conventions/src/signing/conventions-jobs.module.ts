import { Module } from '@nestjs/common';
import { SigningNoticeHandler } from './signing-notice.handler.js';

/** The worker's side of signing: the handlers of the events the signing workflow emits. */
@Module({ providers: [SigningNoticeHandler] })
export class ConventionsJobsModule {}
