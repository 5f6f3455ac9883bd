import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import type { TenantTx } from '@jazari/database';
import type { JobEnvelope } from '@jazari/queue';
import { passwordResetLink } from '../password-reset/password-reset-link.js';
import type { PasswordResetRequested } from '../password-reset/password-reset.jobs.js';
import { invitationLink } from './invitation-link.js';
import type { InvitationCreated } from './invitation.jobs.js';
import { InvitationRepository } from './invitation.repository.js';

/**
 * What only identity can give notifications: the links that carry a secret (an HMAC under the invitation
 * or password-reset key). Notifications subscribes to identity's events itself and asks for the link
 * while it resolves one, in the event's transaction.
 */
@Injectable()
export class IdentityNoticeLinks {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly invitations: InvitationRepository,
  ) {}

  /**
   * The accept link of an invitation. The invitation is put on record (`recordedAt`, once, while it is
   * open) in `tx`, the event's transaction: the event was handled.
   */
  async invitation(tx: TenantTx, envelope: JobEnvelope<InvitationCreated>): Promise<string> {
    const { invitationId } = envelope.payload;
    await this.invitations.markRecorded(tx, envelope.tenantId, invitationId);
    return invitationLink(this.config, envelope.tenantId, invitationId);
  }

  /** A reset link (derived again from the ids: nothing secret travels in the event). */
  passwordReset(envelope: JobEnvelope<PasswordResetRequested>): string {
    return passwordResetLink(this.config, envelope.tenantId, envelope.payload.resetId);
  }
}
