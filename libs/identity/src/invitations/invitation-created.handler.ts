import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { TransactionRunner } from '@jazari/database';
import { NotificationDispatcher } from '@jazari/notifications';
import { JobHandler, type JobEnvelope } from '@jazari/queue';
import { invitationLink } from './invitation-link.js';
import { InvitationRepository } from './invitation.repository.js';
import './invitation.jobs.js';

/**
 * An invitation is put on record (`recordedAt`, once, while it is open) and handed to notifications,
 * which e-mails the invited person the accept link. Only identity can derive that link (it carries an
 * HMAC under the invitation key), so it is passed along. The notifications ledger makes the e-mail once.
 */
@Injectable()
export class InvitationCreatedHandler {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly invitations: InvitationRepository,
    private readonly notifications: NotificationDispatcher,
  ) {}

  @JobHandler('identity.invitation_created')
  async handle(envelope: JobEnvelope<'identity.invitation_created'>): Promise<void> {
    const { invitationId } = envelope.payload;
    await this.invitations.markRecorded(this.transactions.tenantTx(), envelope.tenantId, invitationId);
    // A revoked or accepted invitation is not sent: the catalogue's resolver reads only open ones.
    await this.notifications.dispatch('identity.invitation_created', envelope, {
      link: invitationLink(this.config, envelope.tenantId, invitationId),
    });
  }
}
