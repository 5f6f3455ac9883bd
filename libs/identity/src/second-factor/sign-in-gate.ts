import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import { HttpStatus, Injectable } from '@nestjs/common';
import { TransactionRunner, uuidv7, type DbContext, type Tx } from '@jazari/database';
import { AuthRepository } from '../auth/auth.repository.js';
import { AuthService, defaultMembership, usable } from '../auth/auth.service.js';
import { noActiveMembership } from '../auth/auth.problems.js';
import type { ClientInfo } from '../auth/client-info.js';
import type { TokenPairDto } from '../auth/token-pair.js';
import {
  decodeOpaqueToken,
  encodeOpaqueToken,
  hashSecret,
  newSecret,
  secretMatches,
} from '../opaque-token.js';
import { ProfileRepository } from '../profile/profile.repository.js';
import { invalidChallenge, secondFactorAlreadyEnabled } from './second-factor.problems.js';
import { SecondFactorRepository, type ChallengeRow } from './second-factor.repository.js';
import { SecondFactorService, type FactorProof, type TotpEnrolment } from './second-factor.service.js';
import { PasskeyService } from './passkey.service.js';

export const CHALLENGE_PREFIX = 'jzc';
export const CHALLENGE_TTL_SECONDS = 300;

export interface SecondFactorChallenge {
  readonly challengeToken: string;
  readonly expiresIn: number;
  /** The person has no factor yet but must have one: they set one up before the session opens. */
  readonly enrolmentRequired: boolean;
  /** The person has a passkey: the step may be answered with it (POST /auth/second-factor/passkey-options). */
  readonly passkey: boolean;
}

interface AnsweredChallenge {
  readonly userId: string;
  /** The tenant whose OpenID provider proved the person, for a single sign-on's challenge. */
  readonly ssoTenantId: string | null;
}

export type SignInOutcome =
  | { readonly session: TokenPairDto; readonly challenge?: undefined }
  | { readonly challenge: SecondFactorChallenge; readonly session?: undefined };

/**
 * The one step between "primary authentication succeeded" (a password through `afterPrimary`; a tenant's
 * OpenID provider through `challengeIn`, in the SSO sign-in's own transaction) and "session issued". A person with a second factor, or
 * who must have one, gets a short-lived, single-use challenge instead of a session; answering it with
 * a code (or setting up a factor, for one who must) opens the session.
 *
 * The challenge token is an opaque token whose first id is the user's (not a tenant's): its row is the
 * person's own, read under the policy that shows a person their own rows.
 */
@Injectable()
export class SignInGate {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly auth: AuthService,
    private readonly logins: AuthRepository,
    private readonly profiles: ProfileRepository,
    private readonly factors: SecondFactorService,
    private readonly repository: SecondFactorRepository,
    private readonly passkeys: PasskeyService,
  ) {}

  async afterPrimary(userId: string, client: ClientInfo): Promise<SignInOutcome> {
    const decision = await this.transactions.run({ tenantId: null, tenantKind: null, userId }, async (tx) => {
      const memberships = (await this.logins.membershipsOf(tx, userId)).filter(usable);
      if (memberships.length === 0) throw noActiveMembership();
      return this.challengeIn(tx, userId, client);
    });
    return decision ? { challenge: decision } : { session: await this.auth.signIn(userId, client) };
  }

  /**
   * In the caller's transaction (which names the user): a stored challenge when the person has a second
   * factor or must have one, else undefined. `ssoTenantId` names the tenant whose OpenID provider proved
   * the person: answering the challenge then opens an SSO session there.
   */
  async challengeIn(
    tx: Tx,
    userId: string,
    client: ClientInfo,
    ssoTenantId: string | null = null,
  ): Promise<SecondFactorChallenge | undefined> {
    const has = await this.factors.hasFactor(tx, userId);
    const required = has || (await this.factors.mustHaveFactor(tx, userId));
    if (!required) return undefined;
    const id = uuidv7();
    const secret = newSecret();
    await this.repository.insertChallenge(tx, {
      userId,
      id,
      secretHash: hashSecret(secret),
      expiresAt: new Date(Date.now() + CHALLENGE_TTL_SECONDS * 1000),
      ip: client.ip,
      ssoTenantId,
    });
    return {
      challengeToken: encodeOpaqueToken(CHALLENGE_PREFIX, { tenantId: userId, id, secret }),
      expiresIn: CHALLENGE_TTL_SECONDS,
      enrolmentRequired: !has,
      passkey: (await this.passkeys.count(tx, userId)) > 0,
    };
  }

  /** A code (TOTP or recovery) or a passkey's assertion answers the challenge: the session opens. */
  async answer(token: string, proof: FactorProof, client: ClientInfo): Promise<TokenPairDto> {
    const answered = await this.withChallenge(token, async (tx, check) => {
      const factorCheck = {
        audit: check.scope,
        actor: { userId: check.userId, apiKeyId: null },
        ip: client.ip,
        status: HttpStatus.UNAUTHORIZED,
        purpose: 'sign-in',
      } as const;
      const proven = await this.factors.prove(tx, check.userId, proof, factorCheck);
      await this.factors.recordUse(tx, check.userId, proven, factorCheck);
    });
    return this.sessionFor(answered, client);
  }

  /** The options of a passkey's assertion that answers the challenge (which stays unused until then). */
  async passkeyOptions(token: string): Promise<{ options: Record<string, unknown> }> {
    const decoded = this.decode(token);
    return this.transactions.run(await this.scopeOf(decoded.tenantId), async (tx) => {
      await this.openChallenge(tx, decoded.tenantId, decoded.id, decoded.secret);
      return { options: { ...(await this.passkeys.authenticationOptions(tx, decoded.tenantId, 'sign-in')) } };
    });
  }

  /** For a person who must have a factor and has none: a secret to scan, under the challenge. */
  async beginEnrolment(token: string): Promise<TotpEnrolment> {
    const decoded = this.decode(token);
    return this.transactions.run(await this.scopeOf(decoded.tenantId), async (tx) => {
      await this.openChallenge(tx, decoded.tenantId, decoded.id, decoded.secret);
      if (await this.factors.hasFactor(tx, decoded.tenantId)) throw secondFactorAlreadyEnabled();
      const me = await this.profiles.find(tx, decoded.tenantId);
      return this.factors.beginTotp(tx, decoded.tenantId, me!.email);
    });
  }

  /** For a person who must have a factor and has none: the options to create a passkey, under the challenge. */
  async beginPasskeyEnrolment(token: string): Promise<{ options: Record<string, unknown> }> {
    const decoded = this.decode(token);
    return this.transactions.run(await this.scopeOf(decoded.tenantId), async (tx) => {
      await this.openChallenge(tx, decoded.tenantId, decoded.id, decoded.secret);
      if (await this.factors.hasFactor(tx, decoded.tenantId)) throw secondFactorAlreadyEnabled();
      const me = await this.profiles.find(tx, decoded.tenantId);
      const options = await this.passkeys.registrationOptions(tx, {
        id: decoded.tenantId,
        email: me!.email,
        displayName: me!.displayName,
      });
      return { options: { ...options } };
    });
  }

  /** The new passkey answers the challenge: it is kept, and the session opens with the recovery codes. */
  async confirmPasskeyEnrolment(
    token: string,
    name: string,
    response: RegistrationResponseJSON,
    client: ClientInfo,
  ): Promise<{ pair: TokenPairDto; recoveryCodes: string[] }> {
    let recoveryCodes: string[] = [];
    const answered = await this.withChallenge(token, async (tx, check) => {
      recoveryCodes = await this.factors.enrolPasskey(tx, check.userId, name, response, {
        audit: check.scope,
        actor: { userId: check.userId, apiKeyId: null },
        ip: client.ip,
        status: HttpStatus.UNAUTHORIZED,
        purpose: 'sign-in',
      });
    });
    return { pair: await this.sessionFor(answered, client), recoveryCodes };
  }

  /** The first code confirms the factor and answers the challenge: the session opens, with the recovery codes. */
  async confirmEnrolment(
    token: string,
    code: string,
    client: ClientInfo,
  ): Promise<{ pair: TokenPairDto; recoveryCodes: string[] }> {
    let recoveryCodes: string[] = [];
    const answered = await this.withChallenge(token, async (tx, check) => {
      recoveryCodes = await this.factors.confirmTotp(tx, check.userId, code, {
        audit: check.scope,
        actor: { userId: check.userId, apiKeyId: null },
        ip: client.ip,
        status: HttpStatus.UNAUTHORIZED,
        purpose: 'sign-in',
      });
    });
    return { pair: await this.sessionFor(answered, client), recoveryCodes };
  }

  private decode(token: string): { tenantId: string; id: string; secret: Buffer } {
    const decoded = decodeOpaqueToken(CHALLENGE_PREFIX, token);
    if (!decoded) throw invalidChallenge();
    return decoded;
  }

  /** The person's default tenant: its audit log hears of the sign-in's factor events. */
  private async scopeOf(userId: string): Promise<DbContext & { tenantId: string }> {
    const target = await this.transactions.run({ tenantId: null, tenantKind: null, userId }, async (tx) =>
      defaultMembership(
        (await this.logins.membershipsOf(tx, userId)).filter(usable),
        await this.logins.lastTenantOf(tx, userId),
      ),
    );
    // Also for an id that names nobody: a forged token learns nothing about who exists.
    if (!target) throw invalidChallenge();
    return { tenantId: target.tenantId, tenantKind: target.kind, userId };
  }

  /** Locks the challenge's row (two answers at once cannot both open a session) and checks it still works. */
  private async openChallenge(tx: Tx, userId: string, id: string, secret: Buffer): Promise<ChallengeRow> {
    const row = await this.repository.challenge(tx, userId, id);
    if (!row || !secretMatches(secret, row.secretHash) || row.usedAt || row.expired) throw invalidChallenge();
    return row;
  }

  /** Runs `work` with the challenge locked, then uses it up in the same transaction; answers whose it was. */
  private async withChallenge(
    token: string,
    work: (tx: Tx, check: { userId: string; scope: DbContext & { tenantId: string } }) => Promise<void>,
  ): Promise<AnsweredChallenge> {
    const decoded = this.decode(token);
    const userId = decoded.tenantId;
    const scope = await this.scopeOf(userId);
    const row = await this.transactions.run(scope, async (tx) => {
      const open = await this.openChallenge(tx, userId, decoded.id, decoded.secret);
      await work(tx, { userId, scope });
      await this.repository.useChallenge(tx, userId, decoded.id);
      return open;
    });
    return { userId, ssoTenantId: row.ssoTenantId };
  }

  /** The session the answered challenge stood before: a password sign-in's, or an SSO one in its tenant. */
  private sessionFor(answered: AnsweredChallenge, client: ClientInfo): Promise<TokenPairDto> {
    return answered.ssoTenantId
      ? this.auth.signInThrough(answered.userId, answered.ssoTenantId, client)
      : this.auth.signIn(answered.userId, client);
  }
}
