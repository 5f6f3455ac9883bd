import { Module } from '@nestjs/common';
import { SigningNoticeHandler } from './signing-notice.handler.js';

/** The worker's side of signing: the handlers of its events, which hand them to notifications. */
@Module({ providers: [SigningNoticeHandler] })
export class ConventionsJobsModule {}
