import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Role } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { NO_TENANT, TransactionRunner, uuidv7, type TenantKind } from '@jazari/database';
import * as oidc from 'openid-client';
import { AuthRepository } from '../auth/auth.repository.js';
import { AuthService } from '../auth/auth.service.js';
import type { ClientInfo } from '../auth/client-info.js';
import { LoginThrottle } from '../auth/login-throttle.js';
import { InvitationRepository } from '../invitations/invitation.repository.js';
import { MemberRepository } from '../members/member.repository.js';
import { SignInGate, type SignInOutcome } from '../second-factor/sign-in-gate.js';
import {
  decodeOpaqueToken,
  encodeOpaqueToken,
  hashSecret,
  newSecret,
  secretMatches,
} from '../opaque-token.js';
import { OidcClients } from './oidc-clients.js';
import { SsoRefused } from './sso-refused.js';
import { SsoRepository, type SignInOptionsRow, type SsoConfigRow } from './sso.repository.js';
import { SsoSecretBox } from './sso-secret-box.js';

export const SSO_STATE_PREFIX = 'jzs';
/** How long a started sign-in waits for the person to come back from their provider. */
export const SSO_ATTEMPT_TTL_SECONDS = 600;
export const SSO_CALLBACK_PATH = '/api/v1/auth/sso/callback';

/** What the provider proved, read from its verified ID token. */
interface ProvenIdentity {
  readonly email: string;
  readonly name: string | undefined;
  readonly locale: string | undefined;
  readonly subject: string;
  /** The provider says it used a second factor (`amr` contains `mfa`, RFC 8176). */
  readonly providerMfa: boolean;
}

/**
 * Sign-in through a tenant's OpenID provider: the authorization code flow with PKCE, `state` (the browser
 * brings it back in the URL and in a cookie; it names a stored, single-use attempt holding the PKCE
 * verifier and the nonce) and `nonce`. The ID token is verified by openid-client (signature, issuer,
 * audience, expiry, nonce); the person is recognised by their e-mail only when the provider says it is
 * verified, and only within the tenant's allowed domains.
 */
@Injectable()
export class SsoSignInService {
  private readonly logger = new Logger(SsoSignInService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly repository: SsoRepository,
    private readonly logins: AuthRepository,
    private readonly members: MemberRepository,
    private readonly invitations: InvitationRepository,
    private readonly auth: AuthService,
    private readonly gate: SignInGate,
    private readonly box: SsoSecretBox,
    private readonly clients: OidcClients,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditLog,
  ) {}

  get redirectUri(): string {
    return `${this.config.publicUrl}${SSO_CALLBACK_PATH}`;
  }

  /** What the sign-in page shows for a tenant (by slug) or an e-mail's domain; nothing without SSO. */
  options(slug: string | undefined, email: string | undefined): Promise<SignInOptionsRow | undefined> {
    const domain = email?.includes('@') ? email.slice(email.lastIndexOf('@') + 1).toLowerCase() : undefined;
    if (!slug && !domain) return Promise.resolve(undefined);
    return this.transactions.run(NO_TENANT, (tx) =>
      this.repository.signInOptions(tx, slug ?? null, slug ? null : (domain ?? null)),
    );
  }

  /** The provider's authorization URL, and the state the browser must bring back (also as a cookie). */
  async start(slug: string, next: string, client: ClientInfo): Promise<{ url: string; state: string }> {
    await this.throttle.beforeSsoStep(client.ip);
    const found = await this.options(slug, undefined);
    if (!found) throw new SsoRefused('sso-unavailable');
    const setup = await this.transactions.run(
      { tenantId: found.tenantId, tenantKind: null, userId: null },
      async (tx) => ({
        tenant: await this.repository.tenant(tx, found.tenantId),
        config: await this.repository.find(tx, found.tenantId),
      }),
    );
    if (!setup.tenant || !setup.config?.enabled) throw new SsoRefused('sso-unavailable', slug);
    const provider = await this.provider(setup.config, slug);

    const id = uuidv7();
    const secret = newSecret();
    const state = encodeOpaqueToken(SSO_STATE_PREFIX, { tenantId: found.tenantId, id, secret });
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const nonce = oidc.randomNonce();
    await this.transactions.run(
      { tenantId: found.tenantId, tenantKind: setup.tenant.kind, userId: null },
      (tx) =>
        this.repository.insertAttempt(tx, {
          tenantId: found.tenantId,
          id,
          secretHash: hashSecret(secret),
          nonce,
          codeVerifier,
          nextPath: next,
          expiresAt: new Date(Date.now() + SSO_ATTEMPT_TTL_SECONDS * 1000),
        }),
    );
    const url = oidc.buildAuthorizationUrl(provider, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state };
  }

  /**
   * The provider sent the person back to the callback with `search` (`?code=…&state=…`). Answers the new
   * session (or the second-factor challenge that stands before it) and where to go, or throws SsoRefused
   * (the controller sends the browser to the sign-in page).
   */
  async callback(
    search: string,
    cookieState: string | undefined,
    client: ClientInfo,
  ): Promise<{ outcome: SignInOutcome; next: string }> {
    await this.throttle.beforeSsoStep(client.ip);
    // The registered redirect URI with the response's parameters: openid-client sends it to the token
    // endpoint as `redirect_uri`, so it must be the public address, not the one this process listens on.
    const currentUrl = new URL(this.redirectUri);
    currentUrl.search = search;
    const state = currentUrl.searchParams.get('state') ?? '';
    const token = decodeOpaqueToken(SSO_STATE_PREFIX, state);
    // The state in the URL must be the one this browser started with: a callback URL made for someone
    // else (login CSRF) does not sign anyone in.
    if (!token || cookieState !== state) throw new SsoRefused('sso-state-invalid');

    const scope = { tenantId: token.tenantId, tenantKind: null, userId: null };
    const started = await this.transactions.run(scope, async (tx) => {
      const attempt = await this.repository.lockAttempt(tx, token.tenantId, token.id);
      if (!attempt || !secretMatches(token.secret, attempt.secretHash)) return undefined;
      const tenant = await this.repository.tenant(tx, token.tenantId);
      if (attempt.used || attempt.expired) return { attempt, tenant, usable: false, config: undefined };
      // Used up now, whatever follows: a state (and the code with it) works once.
      await this.repository.markAttemptUsed(tx, token.tenantId, token.id);
      return {
        attempt,
        tenant,
        usable: true,
        config: await this.repository.find(tx, token.tenantId),
      };
    });
    if (!started) throw new SsoRefused('sso-state-invalid');
    const { tenant, config } = started;
    const slug = tenant?.slug;
    if (!started.usable) {
      await this.refuse(token.tenantId, 'sso-state-invalid', client, {});
      throw new SsoRefused('sso-state-invalid', slug);
    }
    if (!tenant || tenant.status !== 'active' || !config?.enabled) {
      throw new SsoRefused('sso-unavailable', slug);
    }

    const provider = await this.provider(config, slug);
    let identity: ProvenIdentity;
    try {
      const tokens = await oidc.authorizationCodeGrant(provider, currentUrl, {
        pkceCodeVerifier: started.attempt.codeVerifier,
        expectedState: state,
        expectedNonce: started.attempt.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('no ID token');
      if (claims.email_verified !== true || typeof claims.email !== 'string') {
        await this.refuse(token.tenantId, 'sso-email-unverified', client, {
          email: typeof claims.email === 'string' ? claims.email.toLowerCase() : null,
          subject: claims.sub,
        });
        throw new SsoRefused('sso-email-unverified', slug);
      }
      identity = {
        email: claims.email.trim().toLowerCase(),
        name: typeof claims.name === 'string' ? claims.name : undefined,
        locale: typeof claims.locale === 'string' ? claims.locale : undefined,
        subject: claims.sub,
        providerMfa: Array.isArray(claims.amr) && claims.amr.includes('mfa'),
      };
    } catch (error) {
      if (error instanceof SsoRefused) throw error;
      // A provider's error, a refused code (replayed, another client's), or an ID token that fails a
      // check (another issuer, a bad signature, audience, expiry, nonce): logged, never shown.
      const reason = describeError(error);
      this.logger.warn({ tenantId: token.tenantId, error: reason }, 'SSO sign-in failed');
      await this.refuse(token.tenantId, 'sso-failed', client, { error: reason.slice(0, 300) });
      throw new SsoRefused('sso-failed', slug);
    }

    const domain = identity.email.slice(identity.email.lastIndexOf('@') + 1);
    if (!config.allowedDomains.includes(domain)) {
      await this.refuse(token.tenantId, 'sso-domain-not-allowed', client, { email: identity.email });
      throw new SsoRefused('sso-domain-not-allowed', slug);
    }
    return {
      outcome: await this.admit(token.tenantId, tenant.kind, tenant.slug, config, identity, client),
      next: started.attempt.nextPath,
    };
  }

  /**
   * The person is proven: their account and membership (an open invitation's role, else the tenant's
   * default role for a first sign-in), then the sign-in gate: a session, or — for a person who has a second
   * factor or must have one — a challenge whose answer opens the session here. All in one transaction.
   */
  private async admit(
    tenantId: string,
    kind: TenantKind,
    slug: string,
    config: SsoConfigRow,
    identity: ProvenIdentity,
    client: ClientInfo,
  ): Promise<SignInOutcome> {
    const account = await this.transactions.run(NO_TENANT, (tx) => this.logins.findLogin(tx, identity.email));
    if (account && account.status !== 'active') {
      await this.refuse(tenantId, 'sso-account-disabled', client, { email: identity.email });
      throw new SsoRefused('sso-account-disabled', slug);
    }
    const userId = account?.id ?? uuidv7();
    const by = { userId, apiKeyId: null };
    const admitted = await this.transactions.run(
      { tenantId, tenantKind: kind, userId },
      async (tx): Promise<SignInOutcome | undefined> => {
        const existingRole = account ? await this.repository.roleIn(tx, tenantId, userId) : undefined;
        // Invited by e-mail, signing in with that (verified) address: the invitation is accepted here.
        const invitation = existingRole
          ? undefined
          : await this.invitations.openFor(tx, tenantId, identity.email);
        const role: Role | null = existingRole ?? invitation?.role ?? config.defaultRole;
        if (!role) return undefined;
        if (!account) {
          await this.repository.insertUser(tx, {
            id: userId,
            email: identity.email,
            displayName:
              identity.name?.trim().slice(0, 200) || identity.email.slice(0, identity.email.indexOf('@')),
            locale: ['fr', 'ar', 'en'].includes(identity.locale ?? '') ? identity.locale! : 'fr',
          });
        }
        if (!existingRole) {
          await this.members.insert(tx, tenantId, userId, role);
          if (invitation) {
            await this.invitations.markAccepted(tx, tenantId, invitation.id, userId);
            await this.audit.record(tx, by, {
              action: 'invitation.accepted',
              targetType: 'invitation',
              targetId: invitation.id,
              data: { email: invitation.email, createdAccount: !account, via: 'sso' },
            });
          }
          await this.audit.record(tx, by, {
            action: 'membership.created',
            targetType: 'membership',
            targetId: userId,
            data: invitation ? { role, invitationId: invitation.id, via: 'sso' } : { role, via: 'sso' },
          });
        }
        // The tenant's administrator may trust its provider's second factor, when its ID token says so.
        const providerFactor = config.trustProviderMfa && identity.providerMfa;
        const challenge = providerFactor
          ? undefined
          : await this.gate.challengeIn(tx, userId, client, tenantId);
        await this.audit.record(tx, by, {
          action: 'auth.sso_sign_in',
          targetType: 'user',
          targetId: userId,
          data: {
            issuer: config.issuer,
            subject: identity.subject,
            ip: client.ip,
            createdAccount: !account,
            joined: !existingRole,
            secondFactor: providerFactor
              ? 'provider'
              : !challenge
                ? 'none'
                : challenge.enrolmentRequired
                  ? 'enrolment'
                  : 'challenge',
          },
        });
        if (challenge) return { challenge };
        const target = { tenantId, kind, slug, role };
        return { session: await this.auth.openSessionIn(tx, userId, target, client, 'sso') };
      },
    );
    if (!admitted) {
      await this.refuse(tenantId, 'sso-invitation-required', client, { email: identity.email });
      throw new SsoRefused('sso-invitation-required', slug);
    }
    return admitted;
  }

  private async provider(config: SsoConfigRow, slug: string | undefined): Promise<oidc.Configuration> {
    try {
      return await this.clients.configuration({
        tenantId: config.tenantId,
        issuer: config.issuer,
        clientId: config.clientId,
        clientSecret: this.box.open(config.tenantId, config.clientSecret),
      });
    } catch (error) {
      this.logger.warn(
        { tenantId: config.tenantId, error: error instanceof Error ? error.message : String(error) },
        'SSO provider unavailable',
      );
      throw new SsoRefused('sso-provider-unavailable', slug);
    }
  }

  /** A refused sign-in is written to the tenant's audit chain (no actor: nobody signed in). */
  private async refuse(
    tenantId: string,
    reason: string,
    client: ClientInfo,
    data: Record<string, string | null>,
  ): Promise<void> {
    await this.transactions.run({ tenantId, tenantKind: null, userId: null }, (tx) =>
      this.audit.record(tx, null, {
        action: 'auth.sso_refused',
        targetType: 'tenant',
        targetId: tenantId,
        data: { reason, ip: client.ip, ...data },
      }),
    );
  }
}

/** openid-client's message and, beneath it, which check failed (`unexpected "iss" claim value`). */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  const code = (error as { code?: unknown }).code;
  return `${error.message}${cause}${typeof code === 'string' ? ` (${code})` : ''}`;
}
