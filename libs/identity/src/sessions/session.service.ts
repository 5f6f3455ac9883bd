import { HttpStatus, Injectable } from '@nestjs/common';
import { actorContext, type UserActor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { TransactionRunner } from '@jazari/database';
import { ProblemException } from '@jazari/http';
import { AuthRepository } from '../auth/auth.repository.js';
import { MemberRepository } from '../members/member.repository.js';
import { deviceOf, networkOf } from './device.js';
import type { SessionDto, SessionListDto, SessionsEndedDto } from './session.dto.js';
import { SessionRepository, type SessionRow } from './session.repository.js';

/**
 * Sessions people can see (issue 20 point 4): a person's own, in every tenant, and — for a tenant's
 * administrators — their members' sessions in that tenant. Ending one takes effect on its next request.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly sessions: SessionRepository,
    private readonly auth: AuthRepository,
    private readonly members: MemberRepository,
    private readonly audit: AuditLog,
  ) {}

  mine(actor: UserActor): Promise<SessionListDto> {
    return this.transactions.run(actorContext(actor), async (tx) => ({
      data: (await this.sessions.liveOfUser(tx, actor.userId)).map((s) => toDto(s, actor.sessionId)),
    }));
  }

  /** Ends one of the caller's sessions, in any of their tenants (the current one too: that signs out). */
  endMine(actor: UserActor, sessionId: string): Promise<void> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      if (!(await this.sessions.end(tx, actor.userId, sessionId, null, 'signed_out_by_user'))) {
        throw sessionNotFound();
      }
      await this.audit.record(tx, actor, {
        action: 'session.ended',
        targetType: 'session',
        targetId: sessionId,
        data: { userId: actor.userId, current: sessionId === actor.sessionId },
      });
    });
  }

  /** Signs the caller out everywhere but here. */
  endOthers(actor: UserActor): Promise<SessionsEndedDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const revokedSessions = await this.auth.revokeUserSessions(
        tx,
        actor.userId,
        'signed_out_by_user',
        actor.sessionId,
      );
      if (revokedSessions > 0) {
        await this.audit.record(tx, actor, {
          action: 'session.ended_others',
          targetType: 'user',
          targetId: actor.userId,
          data: { revokedSessions },
        });
      }
      return { revokedSessions };
    });
  }

  /** A member's sessions in the administrator's tenant (their sessions elsewhere are not this tenant's). */
  ofMember(actor: UserActor, userId: string): Promise<SessionListDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      if (!(await this.members.find(tx, actor.tenantId, userId))) throw memberNotFound();
      const rows = await this.sessions.liveOfMember(tx, actor.tenantId, userId);
      return { data: rows.map((s) => toDto(s, actor.sessionId)) };
    });
  }

  endMembers(actor: UserActor, userId: string, sessionId: string): Promise<void> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      if (!(await this.members.find(tx, actor.tenantId, userId))) throw memberNotFound();
      if (!(await this.sessions.end(tx, userId, sessionId, actor.tenantId, 'ended_by_admin'))) {
        throw sessionNotFound();
      }
      await this.audit.record(tx, actor, {
        action: 'session.ended',
        targetType: 'session',
        targetId: sessionId,
        data: { userId, byAdmin: true },
      });
    });
  }
}

function toDto(row: SessionRow, currentSessionId: string | null): SessionDto {
  return {
    id: row.id,
    tenant: { id: row.tenantId, slug: row.tenantSlug, name: row.tenantNames },
    ip: row.ip,
    network: networkOf(row.ip),
    userAgent: row.userAgent,
    device: deviceOf(row.userAgent),
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    current: row.id === currentSessionId,
  };
}

function sessionNotFound(): ProblemException {
  return new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such session.');
}

function memberNotFound(): ProblemException {
  return new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such member.');
}
