import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { ProblemException } from '@jazari/http';
import { actorContext, isRoleOf, permissionsOf, type Role, type UserActor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { NO_TENANT, TransactionRunner, uuidv7, type TenantKind, type TenantTx } from '@jazari/database';
import {
  decodeOpaqueToken,
  encodeOpaqueToken,
  hashSecret,
  newSecret,
  secretMatches,
} from '../opaque-token.js';
import { PasswordHasher } from '../password.hasher.js';
import { AccessTokenService } from './access-token.service.js';
import { ADMIN_ROLE } from '../members/member.service.js';
import {
  invalidCredentials,
  invalidRefreshToken,
  noActiveMembership,
  passwordSignInDisabled,
} from './auth.problems.js';
import { AuthRepository, type AuthMethod, type UserMembership } from './auth.repository.js';
import type { ClientInfo } from './client-info.js';
import { LoginThrottle } from './login-throttle.js';
import type { TokenPairDto } from './token-pair.js';

export const REFRESH_TOKEN_PREFIX = 'jzr';

export interface SessionTarget {
  readonly tenantId: string;
  readonly kind: TenantKind;
  readonly slug: string;
  readonly role: Role;
}

/**
 * Sign-in, refresh-token rotation, sign-out and tenant switching. A session is one sign-in in one tenant;
 * its refresh tokens form a family: each is used once, and a second use of any of them ends the family.
 */
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  /** Verified against when the email is unknown, so both failures cost the same argon2 work. */
  private readonly decoyHash: Promise<string>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly repository: AuthRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: AccessTokenService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditLog,
  ) {
    this.decoyHash = hasher.hash(newSecret().toString('base64url'));
  }

  /**
   * The local strategy's check: answers the user id, or throws the same 401 for an unknown email and a
   * wrong password (after the same argon2 work), or 429 when the address or the account is throttled.
   */
  async verifyPassword(email: string, password: string, client: ClientInfo): Promise<string> {
    const normalised = email.trim().toLowerCase();
    await this.throttle.beforeLogin(client.ip, normalised);
    const found = await this.transactions.run(NO_TENANT, (tx) => this.repository.findLogin(tx, normalised));
    const hash = found?.passwordHash ?? (await this.decoyHash);
    const passwordOk = await this.hasher.verify(hash, password);
    if (!found || !found.passwordHash || !passwordOk || found.status !== 'active') {
      const reachedLimit = await this.throttle.loginFailed(normalised);
      if (reachedLimit && found) await this.recordThrottled(found.id, client);
      throw invalidCredentials();
    }
    await this.throttle.loginSucceeded(normalised);
    if (this.hasher.needsRehash(found.passwordHash)) {
      const rehashed = await this.hasher.hash(password);
      await this.transactions.run({ tenantId: null, tenantKind: null, userId: found.id }, (tx) =>
        this.repository.updatePasswordHash(tx, found.id, rehashed),
      );
    }
    return found.id;
  }

  /**
   * A password sign-in starts a session in the tenant used last (or the oldest membership), among the
   * tenants that take passwords: one whose administrator turned password sign-in off takes only its
   * administrators' (the break-glass way in, audited), and its other members sign in through its provider.
   */
  async signIn(userId: string, client: ClientInfo): Promise<TokenPairDto> {
    const { target, closedToPasswords } = await this.transactions.run(
      { tenantId: null, tenantKind: null, userId },
      async (tx) => {
        const memberships = (await this.repository.membershipsOf(tx, userId)).filter(usable);
        const open = memberships.filter(takesPassword);
        return {
          target: defaultMembership(open, await this.repository.lastTenantOf(tx, userId)),
          closedToPasswords: open.length === 0 && memberships.length > 0,
        };
      },
    );
    if (!target) throw closedToPasswords ? passwordSignInDisabled() : noActiveMembership();
    const breakGlass = !target.passwordSignIn;
    return this.completeSignIn(userId, target, client, 'password', async (tx) => {
      if (!breakGlass) return;
      await this.audit.record(
        tx,
        { userId, apiKeyId: null },
        { action: 'auth.break_glass_sign_in', targetType: 'user', targetId: userId, data: { ip: client.ip } },
      );
    });
  }

  /**
   * Primary authentication is done — a password checked, or the tenant's OpenID provider's ID token
   * verified — and the second factor, when required, answered (SignInGate): the session opens in
   * `target`. `record` writes what the proof adds (audit entries) in the session's own transaction, so
   * they commit together. (An SSO sign-in opens its session with `openSessionIn`, in the transaction
   * that made its account and membership.)
   */
  async completeSignIn(
    userId: string,
    target: SessionTarget,
    client: ClientInfo,
    method: AuthMethod,
    record?: (tx: TenantTx) => Promise<void>,
  ): Promise<TokenPairDto> {
    return this.transactions.run(
      { tenantId: target.tenantId, tenantKind: target.kind, userId },
      async (tx) => {
        await record?.(tx);
        return this.openSessionIn(tx, userId, target, client, method);
      },
    );
  }

  /**
   * The session of a single sign-on whose second step was just answered: in the tenant whose provider
   * proved the person (not the default tenant of a password sign-in), as an SSO session.
   */
  async signInThrough(userId: string, tenantId: string, client: ClientInfo): Promise<TokenPairDto> {
    const target = await this.transactions.run({ tenantId: null, tenantKind: null, userId }, async (tx) =>
      (await this.repository.membershipsOf(tx, userId)).find((m) => m.tenantId === tenantId && usable(m)),
    );
    if (!target) throw noActiveMembership();
    return this.completeSignIn(userId, target, client, 'sso');
  }

  async refresh(refreshToken: string, client: ClientInfo): Promise<TokenPairDto> {
    await this.throttle.beforeRefresh(client.ip);
    const token = decodeOpaqueToken(REFRESH_TOKEN_PREFIX, refreshToken);
    if (!token) throw invalidRefreshToken();
    const outcome = await this.transactions.run(
      { tenantId: token.tenantId, tenantKind: null, userId: null },
      async (tx) => {
        const claimed = await this.repository.claimRefreshToken(tx, token.tenantId, token.id);
        // A wrong secret proves nothing about the holder: throw, so the claim rolls back.
        if (!claimed || !secretMatches(token.secret, claimed.secretHash)) throw invalidRefreshToken();
        if (claimed.alreadyUsed) {
          await this.repository.revokeSession(tx, token.tenantId, claimed.sessionId, 'refresh_token_reuse');
          this.logger.warn(
            { tenantId: token.tenantId, sessionId: claimed.sessionId },
            'refresh token reused',
          );
          return undefined; // commit the revocation, then refuse
        }
        const live =
          !claimed.expired &&
          claimed.sessionLive &&
          claimed.tenantStatus === 'active' &&
          claimed.userStatus === 'active' &&
          claimed.role !== null &&
          isRoleOf(claimed.kind, claimed.role);
        if (!live) throw invalidRefreshToken();
        // Throwing here rolls the claim back: a throttled refresh does not use the token up.
        await this.throttle.refreshOf(claimed.userId);
        await this.repository.touchSession(tx, token.tenantId, claimed.sessionId);
        const target: SessionTarget = {
          tenantId: token.tenantId,
          kind: claimed.kind,
          slug: claimed.slug,
          role: claimed.role,
        };
        return this.issue(claimed.userId, claimed.sessionId, claimed.sessionExpiresAt, target, tx);
      },
    );
    if (!outcome) throw invalidRefreshToken();
    return outcome;
  }

  /** Ends the session the refresh token belongs to. Unknown or already ended sessions are fine (204). */
  async logout(refreshToken: string): Promise<void> {
    const token = decodeOpaqueToken(REFRESH_TOKEN_PREFIX, refreshToken);
    if (!token) return;
    await this.transactions.run({ tenantId: token.tenantId, tenantKind: null, userId: null }, async (tx) => {
      const rows = await tx.query<{ session_id: string; secret_hash: Buffer }>(
        `SELECT session_id, secret_hash FROM refresh_token WHERE tenant_id = $1 AND id = $2`,
        [token.tenantId, token.id],
      );
      const row = rows[0];
      if (row && secretMatches(token.secret, row.secret_hash)) {
        await this.repository.revokeSession(tx, token.tenantId, row.session_id, 'logout');
      }
    });
  }

  /** A new session in another tenant the person belongs to; the current one ends, in the same transaction. */
  async switchTenant(actor: UserActor, tenantId: string, client: ClientInfo): Promise<TokenPairDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const memberships = await this.repository.membershipsOf(tx, actor.userId);
      const target = memberships.find((m) => m.tenantId === tenantId && usable(m));
      if (!target) throw noMembershipIn();
      // A switch is no proof for a tenant that takes only its provider's sign-ins.
      if (!takesPassword(target)) throw passwordSignInDisabled();
      await this.repository.revokeSession(tx, actor.tenantId, actor.sessionId, 'switched_tenant');
      return this.transactions.onBehalfOf(
        { tenantId: target.tenantId, tenantKind: target.kind, userId: actor.userId },
        (scoped) => this.openSessionIn(scoped, actor.userId, target, client, 'password'),
      );
    });
  }

  /** Opens the session in the caller's transaction, which is in `target`'s tenant and names the user. */
  async openSessionIn(
    tx: TenantTx,
    userId: string,
    target: SessionTarget,
    client: ClientInfo,
    authMethod: AuthMethod,
  ): Promise<TokenPairDto> {
    const sessionId = uuidv7();
    const sessionExpiresAt = new Date(Date.now() + this.config.auth.sessionMaxAgeSeconds * 1000);
    await this.repository.createSession(tx, {
      tenantId: target.tenantId,
      id: sessionId,
      userId,
      expiresAt: sessionExpiresAt,
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 512) ?? null,
      authMethod,
    });
    await this.repository.rememberTenant(tx, userId, target.tenantId);
    return this.issue(userId, sessionId, sessionExpiresAt, target, tx);
  }

  private async issue(
    userId: string,
    sessionId: string,
    sessionExpiresAt: Date,
    target: SessionTarget,
    tx: TenantTx,
  ): Promise<TokenPairDto> {
    const id = uuidv7();
    const secret = newSecret();
    // A refresh token never outlives its session.
    const expiresAt = new Date(
      Math.min(Date.now() + this.config.auth.refreshTokenTtlSeconds * 1000, sessionExpiresAt.getTime()),
    );
    await this.repository.insertRefreshToken(tx, {
      tenantId: target.tenantId,
      id,
      sessionId,
      secretHash: hashSecret(secret),
      expiresAt,
    });
    const accessToken = await this.tokens.sign({
      sub: userId,
      tid: target.tenantId,
      kind: target.kind,
      role: target.role,
      sid: sessionId,
    });
    return {
      tokenType: 'Bearer',
      accessToken,
      expiresIn: this.tokens.ttlSeconds,
      refreshToken: encodeOpaqueToken(REFRESH_TOKEN_PREFIX, { tenantId: target.tenantId, id, secret }),
      refreshExpiresIn: Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000)),
      tenant: { id: target.tenantId, kind: target.kind, slug: target.slug },
      role: target.role,
      // What the session may do, so a client need not ask /me before showing its first page.
      permissions: [...permissionsOf(target.role)].sort(),
    };
  }

  /** Too many wrong passwords: written to the audit log of every tenant the account belongs to. */
  private async recordThrottled(userId: string, client: ClientInfo): Promise<void> {
    const memberships = await this.transactions.run({ tenantId: null, tenantKind: null, userId }, (tx) =>
      this.repository.membershipsOf(tx, userId),
    );
    for (const m of memberships) {
      await this.transactions.run({ tenantId: m.tenantId, tenantKind: m.kind, userId: null }, (tx) =>
        this.audit.record(tx, null, {
          action: 'auth.login_throttled',
          targetType: 'user',
          targetId: userId,
          data: { ip: client.ip, failures: this.config.auth.throttle.loginFailuresPerAccount },
        }),
      );
    }
  }
}

/** A membership one can work in: its tenant is active and its role is one of that kind of tenant. */
export function usable(m: UserMembership): boolean {
  return m.tenantStatus === 'active' && isRoleOf(m.kind, m.role);
}

/** Password sign-in is open in this membership's tenant, or closed but the person administers it. */
export function takesPassword(m: UserMembership): boolean {
  return m.passwordSignIn || m.role === ADMIN_ROLE[m.kind];
}

/** Where a sign-in lands: the tenant used last, if still open to the person, else their oldest membership. */
export function defaultMembership(
  memberships: readonly UserMembership[],
  lastTenantId: string | null,
): UserMembership | undefined {
  return memberships.find((m) => m.tenantId === lastTenantId) ?? memberships[0];
}

function noMembershipIn(): Error {
  return new ProblemException(
    HttpStatus.FORBIDDEN,
    'not-a-member',
    'You are not a member of this tenant',
    'Switch only to a tenant listed in your memberships (GET /api/v1/me).',
  );
}
