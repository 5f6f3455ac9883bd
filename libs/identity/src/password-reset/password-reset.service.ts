import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { AuditLog } from '@jazari/audit';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { NO_TENANT, TransactionRunner, uuidv7, type TenantTx } from '@jazari/database';
import { ProblemException } from '@jazari/http';
import { OutboxService } from '@jazari/outbox';
import { AuthRepository } from '../auth/auth.repository.js';
import { defaultMembership, usable } from '../auth/auth.service.js';
import type { ClientInfo } from '../auth/client-info.js';
import { LoginThrottle } from '../auth/login-throttle.js';
import type { OpaqueToken } from '../opaque-token.js';
import { hashSecret, secretMatches } from '../opaque-token.js';
import { PasswordHasher } from '../password.hasher.js';
import {
  PASSWORD_RESET_TTL_SECONDS,
  passwordResetSecret,
  verifyPasswordResetToken,
} from './password-reset-link.js';
import type { PasswordResetLinkDto, PasswordResetRequestedDto } from './password-reset.dto.js';
import { PasswordResetRepository, type ResetForUse } from './password-reset.repository.js';
import { passwordResetCompletedJob, passwordResetRequestedJob } from './password-reset.jobs.js';

/**
 * Password reset by e-mail. Asking gives the same answer whether the address is known or not; a known,
 * active person with a usable membership gets a link, valid 30 minutes, that works once. Using it sets the
 * new password, ends every session of the person, closes their other open links and tells them by e-mail
 * — all in one transaction with its audit entry and outbox event.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly resets: PasswordResetRepository,
    private readonly logins: AuthRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Writes a link for a known, active person, in the tenant they sign in to by default (the one used
   * last, else the oldest usable membership): the e-mail goes out through that tenant's outbox. Anyone
   * else — unknown address, disabled account, no usable membership — is answered the same, and nothing
   * is written.
   */
  async request(email: string, client: ClientInfo): Promise<PasswordResetRequestedDto> {
    const normalised = email.trim().toLowerCase();
    await this.throttle.beforePasswordResetRequest(client.ip, normalised);
    const answer = { validMinutes: PASSWORD_RESET_TTL_SECONDS / 60 };
    const found = await this.transactions.run(NO_TENANT, (tx) => this.logins.findLogin(tx, normalised));
    if (!found || found.status !== 'active') return answer;
    const userId = found.id;
    const target = await this.transactions.run({ tenantId: null, tenantKind: null, userId }, async (tx) => {
      const memberships = (await this.logins.membershipsOf(tx, userId)).filter(usable);
      return defaultMembership(memberships, await this.logins.lastTenantOf(tx, userId));
    });
    if (!target) return answer;
    await this.transactions.run(
      { tenantId: target.tenantId, tenantKind: target.kind, userId },
      async (tx) => {
        const id = uuidv7();
        await this.resets.insert(tx, {
          tenantId: target.tenantId,
          id,
          userId,
          secretHash: hashSecret(passwordResetSecret(this.config, target.tenantId, id)),
          expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_SECONDS * 1000),
        });
        await this.outbox.emit(tx, passwordResetRequestedJob, { resetId: id });
        await this.audit.record(tx, null, {
          action: 'user.reset_requested',
          targetType: 'user',
          targetId: userId,
          data: { resetId: id, ip: client.ip },
        });
      },
    );
    return answer;
  }

  /** Whether a link still works, for the page that opens it (the link's secret is the credential). */
  async check(value: string, client: ClientInfo): Promise<PasswordResetLinkDto> {
    await this.throttle.beforePasswordResetUse(client.ip);
    const token = this.tokenOf(value);
    return this.transactions.run({ tenantId: token.tenantId, tenantKind: null, userId: null }, async (tx) => {
      const reset = await this.openReset(tx, token, false);
      return { expiresAt: reset.expiresAt.toISOString() };
    });
  }

  /**
   * Sets the new password. The link's row is locked, so two uses at once cannot both succeed; the rest
   * runs with the person in scope, to reach their sessions and other links in every tenant.
   */
  async complete(value: string, password: string, client: ClientInfo): Promise<void> {
    await this.throttle.beforePasswordResetUse(client.ip);
    const token = this.tokenOf(value);
    const email = await this.transactions.run(
      { tenantId: token.tenantId, tenantKind: null, userId: null },
      async (tx) => {
        const reset = await this.openReset(tx, token, true);
        const hash = await this.hasher.hash(password);
        return this.transactions.onBehalfOf(
          { tenantId: token.tenantId, tenantKind: null, userId: reset.userId },
          async (scoped) => {
            await this.resets.markUsed(scoped, token.tenantId, token.id);
            const closedLinks = await this.resets.closeOthers(scoped, reset.userId, token.id);
            await this.logins.updatePasswordHash(scoped, reset.userId, hash);
            const revokedSessions = await this.logins.revokeUserSessions(
              scoped,
              reset.userId,
              'password_reset',
              null,
            );
            await this.outbox.emit(scoped, passwordResetCompletedJob, { resetId: token.id });
            await this.audit.record(
              scoped,
              { userId: reset.userId, apiKeyId: null },
              {
                action: 'user.password_reset',
                targetType: 'user',
                targetId: reset.userId,
                data: { resetId: token.id, revokedSessions, closedLinks, ip: client.ip },
              },
            );
            return reset.email!;
          },
        );
      },
    );
    // The person proved they own the address: wrong guesses counted before no longer hold them back.
    await this.throttle.loginSucceeded(email);
  }

  private tokenOf(value: string): OpaqueToken {
    const token = verifyPasswordResetToken(this.config, value);
    if (!token) throw resetLinkNotFound();
    return token;
  }

  private async openReset(tx: TenantTx, token: OpaqueToken, lock: boolean): Promise<ResetForUse> {
    const reset = await this.resets.find(tx, token.tenantId, token.id, lock);
    if (!reset || !secretMatches(token.secret, reset.secretHash)) {
      throw resetLinkNotFound();
    }
    if (reset.usedAt) {
      throw new ProblemException(
        HttpStatus.GONE,
        'reset-link-used',
        'This reset link was already used',
        'Ask for a new link.',
      );
    }
    if (reset.revokedAt || reset.expired || reset.userStatus !== 'active' || !reset.email) {
      throw new ProblemException(
        HttpStatus.GONE,
        'reset-link-expired',
        'This reset link is no longer valid',
        'Ask for a new link.',
      );
    }
    return reset;
  }
}

function resetLinkNotFound(): ProblemException {
  return new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such reset link.');
}
