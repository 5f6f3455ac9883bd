import { HttpStatus, Injectable } from '@nestjs/common';
import { actorContext, isRoleOf, type Actor, type Role, type UserActor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { TransactionRunner, type TenantKind, type TenantTx } from '@jazari/database';
import { ProblemException } from '@jazari/http';
import { AuthRepository } from '../auth/auth.repository.js';
import { page } from '@jazari/http';
import type { MemberDto, MemberPageDto } from './member.dto.js';
import { MemberRepository, type MemberRow } from './member.repository.js';

/** The role that administers each kind of tenant; a tenant never loses its last one. */
export const ADMIN_ROLE: Readonly<Record<TenantKind, Role>> = {
  root: 'network_admin',
  institute: 'institute_manager',
  partner: 'partner_admin',
};

@Injectable()
export class MemberService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly members: MemberRepository,
    private readonly sessions: AuthRepository,
    private readonly audit: AuditLog,
  ) {}

  list(actor: Actor, cursor: string | undefined, limit = 50): Promise<MemberPageDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const rows = await this.members.list(tx, actor.tenantId, cursor ?? null, limit + 1);
      const { data, nextCursor } = page(rows, limit);
      return { data: data.map(toDto), nextCursor };
    });
  }

  get(actor: Actor, userId: string): Promise<MemberDto> {
    return this.transactions.run(actorContext(actor), async (tx) =>
      toDto(await this.found(tx, actor, userId)),
    );
  }

  changeRole(actor: UserActor, userId: string, role: string): Promise<MemberDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const member = await this.found(tx, actor, userId);
      if (!isRoleOf(actor.tenantKind, role)) throw roleNotOfKind(actor.tenantKind, role);
      if (member.role === role) return toDto(member);
      await this.keepOneAdmin(tx, actor.tenantKind, actor.tenantId, member.role);
      await this.members.setRole(tx, actor.tenantId, userId, role);
      await this.audit.record(tx, actor, {
        action: 'membership.role_changed',
        targetType: 'membership',
        targetId: userId,
        data: { from: member.role, to: role },
      });
      return toDto({ ...member, role });
    });
  }

  /** Removing a member ends their sessions here at once. */
  remove(actor: UserActor, userId: string): Promise<void> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const member = await this.found(tx, actor, userId);
      await this.keepOneAdmin(tx, actor.tenantKind, actor.tenantId, member.role);
      await this.sessions.revokeMemberSessions(tx, actor.tenantId, userId, 'membership_removed');
      await this.members.remove(tx, actor.tenantId, userId);
      await this.audit.record(tx, actor, {
        action: 'membership.removed',
        targetType: 'membership',
        targetId: userId,
        data: { role: member.role, email: member.email },
      });
    });
  }

  private async found(tx: TenantTx, actor: Actor, userId: string): Promise<MemberRow> {
    const member = await this.members.find(tx, actor.tenantId, userId);
    if (!member)
      throw new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such member.');
    return member;
  }

  private async keepOneAdmin(
    tx: TenantTx,
    kind: TenantKind,
    tenantId: string,
    leavingRole: Role,
  ): Promise<void> {
    if (leavingRole !== ADMIN_ROLE[kind]) return;
    if ((await this.members.countWithRoleForUpdate(tx, tenantId, leavingRole)) <= 1) {
      throw new ProblemException(
        HttpStatus.CONFLICT,
        'last-admin',
        'A tenant keeps at least one administrator',
        `Make someone else ${leavingRole} first.`,
      );
    }
  }
}

export function roleNotOfKind(kind: TenantKind, role: string): ProblemException {
  return new ProblemException(
    HttpStatus.UNPROCESSABLE_ENTITY,
    'role-not-allowed',
    'This role does not exist in this kind of tenant',
    `"${role}" is not a role of ${kind} tenants.`,
    { role },
  );
}

function toDto(row: MemberRow): MemberDto {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    locale: row.locale,
    role: row.role,
    joinedAt: row.joinedAt.toISOString(),
  };
}
