import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { TransactionRunner } from '@jazari/database';
import { JobHandler, type JobEnvelope } from '@jazari/queue';
import { invitationLink } from './invitation-link.js';
import { InvitationRepository } from './invitation.repository.js';
import './invitation.jobs.js';

/**
 * Until notifications exist, an invitation is put on record (`recordedAt`) and, outside production, its
 * link is logged so a developer can accept it. The runner's (event, handler) ledger makes it once only.
 */
@Injectable()
export class InvitationCreatedHandler {
  private readonly logger = new Logger(InvitationCreatedHandler.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly invitations: InvitationRepository,
  ) {}

  @JobHandler('identity.invitation_created')
  async handle(envelope: JobEnvelope<'identity.invitation_created'>): Promise<void> {
    const tx = this.transactions.tx();
    const recorded = await this.invitations.markRecorded(
      tx,
      envelope.tenantId,
      envelope.payload.invitationId,
    );
    if (!recorded || this.config.env === 'production') return;
    this.logger.log(
      { invitationId: recorded.id, email: recorded.email, role: recorded.role },
      `invitation for ${recorded.email}: ${invitationLink(this.config, envelope.tenantId, recorded.id)}`,
    );
  }
}
