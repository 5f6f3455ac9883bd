import { HttpStatus, Injectable } from '@nestjs/common';
import { actorContext, type UserActor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { TransactionRunner } from '@jazari/database';
import { ProblemException } from '@jazari/http';
import { OutboxService } from '@jazari/outbox';
import { AuthRepository } from '../auth/auth.repository.js';
import { LoginThrottle } from '../auth/login-throttle.js';
import { PasswordHasher } from '../password.hasher.js';
import type { ChangePasswordDto, MeDto, UpdateProfileDto } from './profile.dto.js';
import { ProfileRepository } from './profile.repository.js';
import { passwordChangedJob } from '../password-reset/password-reset.jobs.js';

@Injectable()
export class ProfileService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly profiles: ProfileRepository,
    private readonly sessions: AuthRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditLog,
    private readonly outbox: OutboxService,
  ) {}

  me(actor: UserActor): Promise<MeDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const user = await this.profiles.find(tx, actor.userId);
      if (!user) throw new Error('the signed-in user is not visible to themself');
      const memberships = await this.sessions.membershipsOf(tx, actor.userId);
      const current = memberships.find((m) => m.tenantId === actor.tenantId)!;
      const tenantOf = (m: (typeof memberships)[number]) => ({
        id: m.tenantId,
        kind: m.kind,
        slug: m.slug,
        name: m.names,
        status: m.tenantStatus,
      });
      return {
        user: { id: user.id, email: user.email, displayName: user.displayName, locale: user.locale },
        memberships: memberships.map((m) => ({ tenant: tenantOf(m), role: m.role })),
        current: { tenant: tenantOf(current), role: actor.role, permissions: [...actor.permissions].sort() },
      };
    });
  }

  async update(actor: UserActor, changes: UpdateProfileDto): Promise<MeDto> {
    await this.transactions.run(actorContext(actor), (tx) => this.profiles.update(tx, actor.userId, changes));
    return this.me(actor);
  }

  /** A new password ends every other session of the person, in every tenant; this one stays. */
  async changePassword(actor: UserActor, input: ChangePasswordDto): Promise<{ revokedSessions: number }> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const user = await this.profiles.find(tx, actor.userId);
      if (!user) throw new Error('the signed-in user is not visible to themself');
      // A stolen session must not become a way to guess the password: wrong guesses count as at login.
      await this.throttle.checkAccount(user.email);
      if (!user.passwordHash || !(await this.hasher.verify(user.passwordHash, input.currentPassword))) {
        await this.throttle.loginFailed(user.email);
        throw new ProblemException(
          HttpStatus.FORBIDDEN,
          'wrong-password',
          'Your current password is not right',
        );
      }
      if (input.newPassword === input.currentPassword) {
        throw new ProblemException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          'password-unchanged',
          'The new password is the same as the current one',
        );
      }
      await this.sessions.updatePasswordHash(tx, actor.userId, await this.hasher.hash(input.newPassword));
      const revokedSessions = await this.sessions.revokeUserSessions(
        tx,
        actor.userId,
        'password_changed',
        actor.sessionId,
      );
      await this.audit.record(tx, actor, {
        action: 'user.password_changed',
        targetType: 'user',
        targetId: actor.userId,
        data: { revokedSessions },
      });
      // The person is told by e-mail, so a change they did not make does not go unnoticed.
      await this.outbox.emit(tx, passwordChangedJob, { userId: actor.userId });
      return { revokedSessions };
    });
  }
}
