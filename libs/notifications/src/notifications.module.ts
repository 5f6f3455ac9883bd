import { Global, Module } from '@nestjs/common';
import { InboxController } from './inbox.controller.js';
import { InboxService } from './inbox.service.js';
import { MailSender } from './mail/mail.sender.js';
import { NotificationDispatcher } from './notification.dispatcher.js';
import { NotificationRecipientsRepository } from './notification-recipients.repository.js';
import { NotificationRepository } from './notification.repository.js';
import { DigestHandler } from './digest/digest.handler.js';
import { DigestRepository } from './digest/digest.repository.js';
import { DigestService } from './digest/digest.service.js';
import { PreferencesController } from './preferences/preferences.controller.js';
import { PreferencesRepository } from './preferences/preferences.repository.js';
import { PreferencesService } from './preferences/preferences.service.js';
import { WebhooksJobsModule, WebhooksModule } from './webhooks/webhooks.module.js';

/** The API's side: the inbox routes. */
@Module({
  imports: [WebhooksModule],
  controllers: [InboxController, PreferencesController],
  providers: [InboxService, NotificationRepository, PreferencesService, PreferencesRepository],
})
export class NotificationsModule {}

/**
 * The worker's side: the dispatcher the event handlers hand their events to. Global, so the contexts
 * that own the events (identity, conventions) keep their one handler per job and inject it.
 */
@Global()
@Module({
  imports: [WebhooksJobsModule],
  providers: [
    NotificationDispatcher,
    NotificationRecipientsRepository,
    NotificationRepository,
    MailSender,
    PreferencesRepository,
    DigestRepository,
    DigestService,
    DigestHandler,
  ],
  exports: [NotificationDispatcher],
})
export class NotificationsJobsModule {}
