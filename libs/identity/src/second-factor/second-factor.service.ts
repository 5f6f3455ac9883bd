import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { AuditLog, type AuditActor } from '@jazari/audit';
import { APP_CONFIG, type AppConfig, Clock } from '@jazari/config';
import { type DbContext, type TenantTx, TransactionRunner, type Tx, uuidv7 } from '@jazari/database';
import { deriveKey } from '../auth/auth-keys.js';
import { AuthRepository } from '../auth/auth.repository.js';
import { usable } from '../auth/auth.service.js';
import { LoginThrottle } from '../auth/login-throttle.js';
import {
  invalidSecondFactor,
  noPendingEnrolment,
  secondFactorAlreadyEnabled,
} from './second-factor.problems.js';
import { SecondFactorRepository } from './second-factor.repository.js';
import { PasskeyService } from './passkey.service.js';
import {
  hashRecoveryCode,
  looksLikeTotp,
  matchingStep,
  newRecoveryCode,
  newTotpSecret,
  normaliseRecoveryCode,
  openSecret,
  otpauthUri,
  RECOVERY_CODE_COUNT,
  sealSecret,
} from './totp.js';

/**
 * How a second factor was proved; a signature's evidence names it after the password (`password+totp`,
 * `password+webauthn` for a passkey).
 */
export type FactorMethod = 'totp' | 'recovery_code' | 'webauthn';

/** What a person gives as a second factor: a code (TOTP or recovery), or a passkey's assertion. */
export interface FactorProof {
  readonly code?: string;
  readonly passkey?: AuthenticationResponseJSON;
}

/** How it was proved, and with which passkey. */
export interface ProvenFactor {
  readonly method: FactorMethod;
  readonly passkeyId?: string;
}

export interface TotpEnrolment {
  readonly secret: string;
  readonly otpauthUri: string;
}

/** Where a check happens: which tenant's audit log hears of it, and whether a session exists yet. */
export interface FactorCheck {
  readonly audit: DbContext & { tenantId: string };
  readonly actor: AuditActor | null;
  readonly ip: string | null;
  readonly status: HttpStatus.UNAUTHORIZED | HttpStatus.FORBIDDEN;
  readonly purpose: 'sign-in' | 'step-up' | 'disable' | 'recovery-codes' | 'passkeys';
}

/**
 * A person's TOTP factor and recovery codes: enrolment (a secret, confirmed by a first code), checking a
 * code (TOTP steps never accepted twice; recovery codes once), and turning it off. Wrong codes count per
 * account like wrong passwords. Every method runs in the caller's transaction, which must name the user.
 */
@Injectable()
export class SecondFactorService {
  private readonly key: Buffer;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly factors: SecondFactorRepository,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditLog,
    private readonly logins: AuthRepository,
    private readonly passkeys: PasskeyService,
    // A TOTP code's time step is the Clock's: a test moves the API's clock a step on instead of waiting 30 s.
    private readonly clock: Clock,
  ) {
    this.key = deriveKey(config.auth.secret, 'second-factor');
  }

  /** A confirmed authenticator app, or at least one passkey. */
  async hasFactor(tx: Tx, userId: string): Promise<boolean> {
    return (await this.hasTotp(tx, userId)) || (await this.passkeys.count(tx, userId)) > 0;
  }

  async hasTotp(tx: Tx, userId: string): Promise<boolean> {
    return Boolean((await this.factors.totpOf(tx, userId))?.confirmedAt);
  }

  async passkeyCount(tx: TenantTx, userId: string): Promise<number> {
    return this.passkeys.count(tx, userId);
  }

  /**
   * A code or a passkey's assertion (`verify` or `verifyPasskey`); the caller then calls `recordUse`.
   * Neither given counts as a wrong code.
   */
  async prove(tx: TenantTx, userId: string, proof: FactorProof, check: FactorCheck): Promise<ProvenFactor> {
    if (proof.passkey) return this.verifyPasskey(tx, userId, proof.passkey, check);
    if (!proof.code) {
      await this.throttle.beforeSecondFactor(check.ip, userId);
      return this.refuse(userId, check, 'none');
    }
    return { method: await this.verify(tx, userId, proof.code, check) };
  }

  /**
   * Checks a passkey's assertion (see `PasskeyService.check`): counted, refused and audited like a wrong
   * code when it fails; the challenge it answers is used up with the caller's transaction.
   */
  async verifyPasskey(
    tx: TenantTx,
    userId: string,
    assertion: AuthenticationResponseJSON,
    check: FactorCheck,
  ): Promise<ProvenFactor> {
    await this.throttle.beforeSecondFactor(check.ip, userId);
    const purpose = check.purpose === 'sign-in' ? 'sign-in' : 'confirm';
    const used = await this.passkeys.check(tx, userId, assertion, purpose);
    if (!used) return this.refuse(userId, check, 'webauthn');
    await this.throttle.secondFactorSucceeded(userId);
    return { method: 'webauthn', passkeyId: used.passkeyId };
  }

  /**
   * Whether the person must keep a second factor: Root's administrators always, and the members of a
   * tenant whose administrator requires it. Any membership counts, since a session may switch to any of
   * them without signing in again.
   */
  async mustHaveFactor(tx: Tx, userId: string): Promise<boolean> {
    const memberships = (await this.logins.membershipsOf(tx, userId)).filter(usable);
    if (memberships.some((m) => m.kind === 'root' && m.role === 'network_admin')) return true;
    return (await this.factors.requiringTenants(tx, userId)).length > 0;
  }

  /** A new secret to scan, replacing one not yet confirmed. */
  async beginTotp(tx: TenantTx, userId: string, account: string): Promise<TotpEnrolment> {
    const secret = newTotpSecret();
    if (!(await this.factors.startTotp(tx, userId, sealSecret(this.key, userId, secret)))) {
      throw secondFactorAlreadyEnabled();
    }
    return { secret, otpauthUri: otpauthUri(secret, account) };
  }

  /** The first code proves the app holds the secret; answers the recovery codes, shown this once. */
  async confirmTotp(tx: TenantTx, userId: string, code: string, check: FactorCheck): Promise<string[]> {
    await this.throttle.beforeSecondFactor(check.ip, userId);
    const totp = await this.factors.totpOf(tx, userId, true);
    if (!totp) throw noPendingEnrolment();
    if (totp.confirmedAt) throw secondFactorAlreadyEnabled();
    const step = matchingStep(
      openSecret(this.key, userId, totp.secretSealed),
      code,
      this.clock.now().getTime(),
      null,
    );
    if (step === null) return this.refuse(userId, check, 'totp');
    await this.factors.confirmTotp(tx, userId, step);
    await this.throttle.secondFactorSucceeded(userId);
    const codes = await this.newRecoveryCodes(tx, userId);
    await this.audit.record(tx, check.actor, {
      action: 'user.second_factor_enabled',
      targetType: 'user',
      targetId: userId,
      data: { method: 'totp', ip: check.ip },
    });
    return codes;
  }

  /**
   * A passkey as the first factor of a person who must have one, set up during sign-in: the passkey is
   * kept, the recovery codes made (answered this once). Refused to one who has a factor already.
   */
  async enrolPasskey(
    tx: TenantTx,
    userId: string,
    name: string,
    response: RegistrationResponseJSON,
    check: FactorCheck,
  ): Promise<string[]> {
    if (await this.hasFactor(tx, userId)) throw secondFactorAlreadyEnabled();
    const passkey = await this.passkeys.register(tx, userId, name.trim(), response);
    const codes = await this.newRecoveryCodes(tx, userId);
    await this.audit.record(tx, check.actor, {
      action: 'user.passkey_added',
      targetType: 'user',
      targetId: userId,
      data: { passkeyId: passkey.id, name: passkey.name, firstFactor: true, atSignIn: true, ip: check.ip },
    });
    return codes;
  }

  /**
   * Checks a TOTP or recovery code of a person who has a confirmed factor and answers how it was proved
   * (the caller then calls `recordUse`). A wrong code throws `invalid-second-factor`, is counted, and is
   * audited in a transaction of its own (the caller's rolls back).
   */
  async verify(tx: TenantTx, userId: string, code: string, check: FactorCheck): Promise<FactorMethod> {
    await this.throttle.beforeSecondFactor(check.ip, userId);
    const totp = await this.factors.totpOf(tx, userId);
    // Recovery codes stand in for any factor: one whose only factor is a passkey has them too.
    if (!totp?.confirmedAt && (await this.passkeys.count(tx, userId)) === 0) {
      return this.refuse(userId, check, 'none');
    }
    if (totp?.confirmedAt && looksLikeTotp(code)) {
      const secret = openSecret(this.key, userId, totp.secretSealed);
      const step = matchingStep(secret, code, this.clock.now().getTime(), totp.lastUsedStep);
      // The conditional update settles two concurrent uses of one code: only one moves the step.
      if (step === null || !(await this.factors.useStep(tx, userId, step))) {
        return this.refuse(userId, check, 'totp');
      }
      await this.throttle.secondFactorSucceeded(userId);
      return 'totp';
    }
    const recovery = normaliseRecoveryCode(code);
    if (!recovery || !(await this.factors.useRecoveryCode(tx, userId, hashRecoveryCode(recovery)))) {
      return this.refuse(userId, check, 'recovery_code');
    }
    await this.throttle.secondFactorSucceeded(userId);
    return 'recovery_code';
  }

  /**
   * The audit entry of a recovery code used (none for a TOTP code), in the transaction's tenant. Apart
   * from `verify`, so a caller that locks other rows first (a convention, to sign it) writes it after
   * them, in the order every writer of the audit chain takes its locks.
   */
  async recordUse(
    tx: TenantTx,
    userId: string,
    proven: FactorMethod | ProvenFactor,
    check: FactorCheck,
  ): Promise<void> {
    const { method, passkeyId } =
      typeof proven === 'string' ? { method: proven, passkeyId: undefined } : proven;
    if (method === 'webauthn') {
      await this.audit.record(tx, check.actor, {
        action: 'user.passkey_used',
        targetType: 'user',
        targetId: userId,
        data: { purpose: check.purpose, passkeyId, ip: check.ip },
      });
      return;
    }
    if (method !== 'recovery_code') return;
    await this.audit.record(tx, check.actor, {
      action: 'user.recovery_code_used',
      targetType: 'user',
      targetId: userId,
      data: { purpose: check.purpose, left: await this.factors.recoveryCodesLeft(tx, userId), ip: check.ip },
    });
  }

  async recoveryCodesLeft(tx: TenantTx, userId: string): Promise<number> {
    return this.factors.recoveryCodesLeft(tx, userId);
  }

  async pendingEnrolment(tx: TenantTx, userId: string): Promise<boolean> {
    const totp = await this.factors.totpOf(tx, userId);
    return Boolean(totp && !totp.confirmedAt);
  }

  /** Ten fresh codes; the old ones stop working. */
  async newRecoveryCodes(tx: TenantTx, userId: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => newRecoveryCode());
    await this.factors.replaceRecoveryCodes(
      tx,
      userId,
      codes.map((code) => ({ id: uuidv7(), hash: hashRecoveryCode(code) })),
    );
    return codes;
  }

  /** Turns the authenticator app off; the recovery codes go too unless passkeys remain. */
  async remove(tx: TenantTx, userId: string): Promise<void> {
    if ((await this.passkeys.count(tx, userId)) > 0) await this.factors.removeTotp(tx, userId);
    else await this.factors.removeFactors(tx, userId);
  }

  private async refuse(userId: string, check: FactorCheck, method: FactorMethod | 'none'): Promise<never> {
    const reachedLimit = await this.throttle.secondFactorFailed(userId);
    await this.transactions.runIndependently(check.audit, (tx) =>
      this.audit.record(tx, check.actor, {
        action: 'user.second_factor_failed',
        targetType: 'user',
        targetId: userId,
        data: { purpose: check.purpose, method, ip: check.ip, throttled: reachedLimit },
      }),
    );
    throw invalidSecondFactor(check.status, method === 'webauthn' ? 'passkey' : 'code');
  }
}
