import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { actorContext, invitableRoles, isRoleOf, type Actor, type UserActor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import {
  isUniqueViolation,
  TransactionRunner,
  uuidv7,
  type TenantKind,
  type TenantTx,
} from '@jazari/database';
import { ProblemException, ValidationProblem, type FieldError } from '@jazari/http';
import { OutboxService } from '@jazari/outbox';
import { invalidCredentials } from '../auth/auth.problems.js';
import { AuthRepository } from '../auth/auth.repository.js';
import { LoginThrottle } from '../auth/login-throttle.js';
import { MemberRepository } from '../members/member.repository.js';
import { page } from '@jazari/http';
import { PasswordHasher } from '../password.hasher.js';
import { PASSWORD_MIN_LENGTH } from '../profile/profile.dto.js';
import type {
  AcceptedInvitationDto,
  AcceptInvitationDto,
  CreateInvitationDto,
  InvitationDto,
  InvitationPageDto,
  InvitationPreviewDto,
} from './invitation.dto.js';
import { verifyInvitationToken } from './invitation-link.js';
import { InvitationRepository, type InvitationRow } from './invitation.repository.js';
import { invitationCreatedJob } from './invitation.jobs.js';

/**
 * Invitations: Root's admins invite the managers of institutes and partners; each tenant's admins invite
 * their own members. The link is single-use and expires; accepting creates the account (or adds the
 * membership to an existing one).
 */
@Injectable()
export class InvitationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly invitations: InvitationRepository,
    private readonly members: MemberRepository,
    private readonly logins: AuthRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
  ) {}

  /** A tenant admin invites someone into their own tenant. */
  invite(actor: UserActor, input: CreateInvitationDto): Promise<InvitationDto> {
    return this.transactions.run(actorContext(actor), (tx) =>
      this.create(tx, actor, actor.tenantId, actor.tenantKind, input, false),
    );
  }

  /** Root invites the manager of an institute or the admin of a partner, on that tenant's behalf. */
  inviteInto(actor: UserActor, tenantId: string, input: CreateInvitationDto): Promise<InvitationDto> {
    // The permission map gives tenants.invite to Root only; this writes into another tenant, so say it twice.
    if (actor.tenantKind !== 'root') {
      throw new ProblemException(HttpStatus.FORBIDDEN, 'forbidden', 'Only Root invites into another tenant');
    }
    return this.transactions.run(actorContext(actor), async (tx) => {
      const rows = await tx.query<{ kind: TenantKind; status: string }>(
        `SELECT kind, status FROM tenant WHERE id = $1`,
        [tenantId],
      );
      const target = rows[0];
      if (!target)
        throw new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such tenant.');
      if (target.kind === 'root') {
        throw new ProblemException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          'use-own-invitations',
          'Invite Root members through POST /api/v1/invitations',
        );
      }
      if (target.status !== 'active') throw tenantSuspended();
      return this.transactions.onBehalfOf(
        { tenantId, tenantKind: target.kind, userId: actor.userId },
        (scoped) => this.create(scoped, actor, tenantId, target.kind, input, true),
      );
    });
  }

  list(actor: Actor, cursor: string | undefined, limit = 50): Promise<InvitationPageDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const rows = await this.invitations.list(tx, actor.tenantId, cursor ?? null, limit + 1);
      const { data, nextCursor } = page(rows, limit);
      return { data: data.map(toDto), nextCursor };
    });
  }

  get(actor: Actor, id: string): Promise<InvitationDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const row = await this.invitations.find(tx, actor.tenantId, id);
      if (!row) throw invitationNotFound();
      return toDto(row);
    });
  }

  revoke(actor: UserActor, id: string): Promise<void> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const row = await this.invitations.find(tx, actor.tenantId, id);
      if (!row) throw invitationNotFound();
      if (row.acceptedAt) {
        throw new ProblemException(
          HttpStatus.CONFLICT,
          'invitation-used',
          'This invitation was already accepted',
        );
      }
      if (await this.invitations.revoke(tx, actor.tenantId, id)) {
        await this.audit.record(tx, actor, {
          action: 'invitation.revoked',
          targetType: 'invitation',
          targetId: id,
          data: { email: row.email, role: row.role },
        });
      }
    });
  }

  /** The invitation behind a link, for the page that accepts it (the link's secret is the credential). */
  preview(value: string): Promise<InvitationPreviewDto> {
    const token = verifyInvitationToken(this.config, value);
    if (!token) throw invitationNotFound();
    return this.transactions.run({ tenantId: token.tenantId, tenantKind: null, userId: null }, async (tx) => {
      const row = await this.invitations.findForPreview(tx, token.tenantId, token.id);
      if (!row) throw invitationNotFound();
      const status = row.acceptedAt
        ? 'accepted'
        : row.revokedAt || row.expiresAt.getTime() <= Date.now()
          ? 'expired'
          : 'open';
      return {
        email: row.email,
        role: row.role,
        status,
        expiresAt: row.expiresAt.toISOString(),
        tenant: { id: token.tenantId, kind: row.kind, slug: row.slug, name: row.names },
        accountExists: (await this.logins.findLogin(tx, row.email)) !== undefined,
      };
    });
  }

  accept(input: AcceptInvitationDto): Promise<AcceptedInvitationDto> {
    const token = verifyInvitationToken(this.config, input.token);
    if (!token) throw invitationNotFound();
    return this.transactions.run({ tenantId: token.tenantId, tenantKind: null, userId: null }, async (tx) => {
      const invitation = await this.invitations.findForAcceptance(tx, token.tenantId, token.id);
      if (!invitation) throw invitationNotFound();
      if (invitation.acceptedAt) {
        throw new ProblemException(
          HttpStatus.GONE,
          'invitation-used',
          'This invitation was already accepted',
        );
      }
      if (invitation.revokedAt || invitation.expiresAt.getTime() <= Date.now()) {
        throw new ProblemException(
          HttpStatus.GONE,
          'invitation-expired',
          'This invitation is no longer valid',
          'Ask for a new invitation.',
        );
      }
      if (invitation.tenantStatus !== 'active') throw tenantSuspended();

      const existing = await this.logins.findLogin(tx, invitation.email);
      let userId: string;
      if (existing) {
        // The account exists: the current password proves the person accepting owns it. Wrong guesses
        // count against the account like wrong passwords at login.
        await this.throttle.checkAccount(invitation.email);
        const passwordOk =
          existing.passwordHash !== null && (await this.hasher.verify(existing.passwordHash, input.password));
        if (!passwordOk || existing.status !== 'active') {
          await this.throttle.loginFailed(invitation.email);
          throw invalidCredentials();
        }
        userId = existing.id;
        if (await this.invitations.isMember(tx, token.tenantId, invitation.email)) {
          throw new ProblemException(HttpStatus.CONFLICT, 'already-member', 'You are already a member here');
        }
      } else {
        // A new account: the same rules as any password and profile field, reported the same way.
        const errors: FieldError[] = [];
        if (input.password.length < PASSWORD_MIN_LENGTH) {
          errors.push({
            field: 'password',
            messages: [`password must be at least ${PASSWORD_MIN_LENGTH} characters for a new account`],
          });
        }
        const displayName = input.displayName;
        if (!displayName) {
          errors.push({ field: 'displayName', messages: ['displayName is required for a new account'] });
        }
        if (errors.length > 0 || !displayName) throw new ValidationProblem(errors);
        userId = uuidv7();
        await this.invitations.insertUser(tx, {
          id: userId,
          email: invitation.email,
          displayName,
          locale: input.locale ?? 'fr',
          passwordHash: await this.hasher.hash(input.password),
        });
      }
      await this.members.insert(tx, token.tenantId, userId, invitation.role);
      await this.invitations.markAccepted(tx, token.tenantId, token.id, userId);
      const by = { userId, apiKeyId: null };
      await this.audit.record(tx, by, {
        action: 'invitation.accepted',
        targetType: 'invitation',
        targetId: invitation.id,
        data: { email: invitation.email, createdAccount: !existing },
      });
      await this.audit.record(tx, by, {
        action: 'membership.created',
        targetType: 'membership',
        targetId: userId,
        data: { role: invitation.role, invitationId: invitation.id },
      });
      return {
        userId,
        createdAccount: !existing,
        tenant: { id: token.tenantId, kind: invitation.kind, slug: invitation.slug },
        role: invitation.role,
      };
    });
  }

  private async create(
    tx: TenantTx,
    actor: UserActor,
    tenantId: string,
    kind: TenantKind,
    input: CreateInvitationDto,
    byRoot: boolean,
  ): Promise<InvitationDto> {
    const role = input.role;
    if (!isRoleOf(kind, role) || !invitableRoles(kind, byRoot).includes(role)) {
      throw new ProblemException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'role-not-allowed',
        'You cannot invite someone with this role here',
        `Allowed: ${invitableRoles(kind, byRoot).join(', ')}.`,
        { role, allowed: invitableRoles(kind, byRoot) },
      );
    }
    const email = input.email.trim().toLowerCase();
    if (await this.invitations.isMember(tx, tenantId, email)) {
      throw new ProblemException(HttpStatus.CONFLICT, 'already-member', 'This person is already a member');
    }
    await this.invitations.closeExpired(tx, tenantId, email);
    const row = await this.invitations
      .insert(tx, {
        tenantId,
        id: uuidv7(),
        email,
        role,
        invitedBy: actor.userId,
        expiresAt: new Date(Date.now() + this.config.auth.invitationTtlSeconds * 1000),
      })
      .catch((error: unknown) => {
        if (!isUniqueViolation(error, 'uq_invitation_open')) throw error;
        throw new ProblemException(
          HttpStatus.CONFLICT,
          'invitation-pending',
          'This person already has an open invitation here',
          'Revoke it first to send a new one.',
        );
      });
    await this.outbox.emit(tx, invitationCreatedJob, { invitationId: row.id });
    await this.audit.record(tx, actor, {
      action: 'invitation.created',
      targetType: 'invitation',
      targetId: row.id,
      data: { email, role, invitedByTenant: actor.tenantId },
    });
    return toDto(row);
  }
}

function invitationNotFound(): ProblemException {
  return new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such invitation.');
}

function tenantSuspended(): ProblemException {
  return new ProblemException(HttpStatus.CONFLICT, 'tenant-suspended', 'This tenant is suspended');
}

function statusOf(row: InvitationRow): InvitationDto['status'] {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt.getTime() <= Date.now() ? 'expired' : 'open';
}

export function toDto(row: InvitationRow): InvitationDto {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: statusOf(row),
    invitedBy: row.invitedBy,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    recordedAt: row.recordedAt?.toISOString() ?? null,
  };
}
