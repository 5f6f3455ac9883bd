import { HttpStatus, Injectable } from '@nestjs/common';
import { actorContext, type UserActor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { TransactionRunner } from '@jazari/database';
import { ProfileRepository } from '../profile/profile.repository.js';
import type { FactorCheck, FactorProof, ProvenFactor, TotpEnrolment } from './second-factor.service.js';
import { SecondFactorService } from './second-factor.service.js';
import {
  invalidSecondFactor,
  secondFactorMandatory,
  secondFactorRequired,
} from './second-factor.problems.js';
import { SecondFactorRepository } from './second-factor.repository.js';
import type { SecondFactorStatusDto, SecurityPolicyDto } from './second-factor.dto.js';

/**
 * What a signed-in person does with their own factor (see, set up, renew recovery codes, turn off), what
 * a tenant's administrator decides for its members, and the step-up a signature asks for.
 */
@Injectable()
export class SecondFactorSettingsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly factors: SecondFactorService,
    private readonly repository: SecondFactorRepository,
    private readonly profiles: ProfileRepository,
    private readonly audit: AuditLog,
  ) {}

  status(actor: UserActor): Promise<SecondFactorStatusDto> {
    return this.transactions.run(actorContext(actor), async (tx) => ({
      totp: await this.factors.hasTotp(tx, actor.userId),
      passkeys: await this.factors.passkeyCount(tx, actor.userId),
      pendingEnrolment: await this.factors.pendingEnrolment(tx, actor.userId),
      recoveryCodesLeft: await this.factors.recoveryCodesLeft(tx, actor.userId),
      required: await this.factors.mustHaveFactor(tx, actor.userId),
    }));
  }

  beginTotp(actor: UserActor): Promise<TotpEnrolment> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const me = await this.profiles.find(tx, actor.userId);
      return this.factors.beginTotp(tx, actor.userId, me!.email);
    });
  }

  confirmTotp(actor: UserActor, code: string, ip: string): Promise<{ recoveryCodes: string[] }> {
    return this.transactions.run(actorContext(actor), async (tx) => ({
      recoveryCodes: await this.factors.confirmTotp(tx, actor.userId, code, this.check(actor, ip, 'sign-in')),
    }));
  }

  /** New recovery codes, with a fresh factor (so a stolen session cannot mint itself a way in). */
  renewRecoveryCodes(actor: UserActor, code: string, ip: string): Promise<{ recoveryCodes: string[] }> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const check = this.check(actor, ip, 'recovery-codes');
      await this.factors.recordUse(
        tx,
        actor.userId,
        await this.factors.verify(tx, actor.userId, code, check),
        check,
      );
      const recoveryCodes = await this.factors.newRecoveryCodes(tx, actor.userId);
      await this.audit.record(tx, actor, {
        action: 'user.recovery_codes_renewed',
        targetType: 'user',
        targetId: actor.userId,
        data: { ip },
      });
      return { recoveryCodes };
    });
  }

  /**
   * Turning the authenticator app off takes a fresh code, and is refused to whoever must keep a factor
   * and has no passkey left to be one.
   */
  disable(actor: UserActor, code: string, ip: string): Promise<void> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      if (
        (await this.factors.mustHaveFactor(tx, actor.userId)) &&
        (await this.factors.passkeyCount(tx, actor.userId)) === 0
      ) {
        throw secondFactorMandatory();
      }
      const check = this.check(actor, ip, 'disable');
      const method = await this.factors.verify(tx, actor.userId, code, check);
      await this.factors.recordUse(tx, actor.userId, method, check);
      await this.factors.remove(tx, actor.userId);
      await this.audit.record(tx, actor, {
        action: 'user.second_factor_disabled',
        targetType: 'user',
        targetId: actor.userId,
        data: { method, ip },
      });
    });
  }

  /**
   * A fresh second factor for an act that needs it (signing a convention), in the request's unit of work
   * (its `run` joins the caller's):
   * the person must have one, and gives a code or a passkey's assertion now. Answers how it was proved.
   * The caller records it with `recordStepUp` once it holds the locks its act needs (audit entries come
   * after them).
   */
  stepUp(actor: UserActor, proof: FactorProof, ip: string | null): Promise<ProvenFactor> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      if (!(await this.factors.hasFactor(tx, actor.userId))) throw secondFactorRequired();
      if (!proof.code && !proof.passkey) throw invalidSecondFactor(HttpStatus.FORBIDDEN);
      return this.factors.prove(tx, actor.userId, proof, this.check(actor, ip, 'step-up'));
    });
  }

  /**
   * `user.step_up` (and `user.recovery_code_used` or `user.passkey_used`) in the caller's tenant, in the
   * request's transaction.
   */
  async recordStepUp(
    actor: UserActor,
    proven: ProvenFactor,
    ip: string | null,
    purpose: string,
  ): Promise<void> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      await this.factors.recordUse(tx, actor.userId, proven, this.check(actor, ip, 'step-up'));
      await this.audit.record(tx, actor, {
        action: 'user.step_up',
        targetType: 'user',
        targetId: actor.userId,
        data: {
          method: proven.method,
          purpose,
          ip,
          ...(proven.passkeyId ? { passkeyId: proven.passkeyId } : {}),
        },
      });
    });
  }

  policy(actor: UserActor): Promise<SecurityPolicyDto> {
    return this.transactions.run(actorContext(actor), async (tx) => ({
      secondFactorRequired: await this.repository.tenantRequires(tx, actor.tenantId),
    }));
  }

  setPolicy(actor: UserActor, input: SecurityPolicyDto): Promise<SecurityPolicyDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const before = await this.repository.tenantRequires(tx, actor.tenantId);
      if (before !== input.secondFactorRequired) {
        await this.repository.setTenantRequires(tx, actor.tenantId, input.secondFactorRequired, actor.userId);
        await this.audit.record(tx, actor, {
          action: 'tenant.security_policy_changed',
          targetType: 'tenant',
          targetId: actor.tenantId,
          data: { secondFactorRequired: input.secondFactorRequired },
        });
      }
      return { secondFactorRequired: input.secondFactorRequired };
    });
  }

  private check(actor: UserActor, ip: string | null, purpose: FactorCheck['purpose']): FactorCheck {
    return {
      audit: { ...actorContext(actor), tenantId: actor.tenantId },
      actor,
      ip,
      status: HttpStatus.FORBIDDEN,
      purpose,
    };
  }
}
