import { Module } from '@nestjs/common';
import { InboxController } from './inbox/inbox.controller.js';
import { InboxService } from './inbox/inbox.service.js';
import { MailSender } from './mail/mail.sender.js';
import { NotificationDispatcher } from './dispatch/notification.dispatcher.js';
import { NotificationRecipientsRepository } from './dispatch/notification-recipients.repository.js';
import { NotificationRepository } from './inbox/notification.repository.js';
import { DigestHandler } from './digest/digest.handler.js';
import { DigestRepository } from './digest/digest.repository.js';
import { DigestService } from './digest/digest.service.js';
import { PreferencesController } from './preferences/preferences.controller.js';
import { PreferencesRepository } from './preferences/preferences.repository.js';
import { PreferencesService } from './preferences/preferences.service.js';
import { IdentityJobsModule } from '@jazari/identity';
import { WebhooksJobsModule, WebhooksModule } from '@jazari/webhooks';
import { NOTIFICATION_CATALOGUE } from './catalogue/index.js';
import { NotificationEventsHandler } from './dispatch/notification-events.handler.js';
import { isPersonal } from './notification.types.js';

/** What a tenant's webhook endpoints may subscribe to: the catalogue's events, but a person's own. */
const WEBHOOK_EVENT_TYPES = NOTIFICATION_CATALOGUE.filter((e) => !isPersonal(e.category)).map((e) => e.name);

/** The API's side: the inbox and preferences routes, and the webhook endpoints' routes. */
@Module({
  imports: [WebhooksModule.register({ eventTypes: WEBHOOK_EVENT_TYPES })],
  controllers: [InboxController, PreferencesController],
  providers: [InboxService, NotificationRepository, PreferencesService, PreferencesRepository],
})
export class NotificationsModule {}

/**
 * The worker's side: the handler of every catalogue event (notifications subscribes to them; the
 * contexts that emit them know nothing of it), its dispatcher, and the daily digest. Identity gives the
 * links that carry its secrets.
 */
@Module({
  imports: [WebhooksJobsModule, IdentityJobsModule],
  providers: [
    NotificationEventsHandler,
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
