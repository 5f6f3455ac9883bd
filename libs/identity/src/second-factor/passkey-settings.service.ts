import { HttpStatus, Injectable } from '@nestjs/common';
import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import { actorContext, type UserActor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { TransactionRunner, type TenantTx } from '@jazari/database';
import { ProfileRepository } from '../profile/profile.repository.js';
import type { PasskeyRow } from './passkey.repository.js';
import { PasskeyService } from './passkey.service.js';
import type {
  AddedPasskeyDto,
  FactorProofDto,
  PasskeyDto,
  PasskeyListDto,
  PasskeyOptionsDto,
} from './passkey.dto.js';
import { passkeyNotFound, secondFactorMandatory } from './second-factor.problems.js';
import { SecondFactorService, type FactorCheck, type FactorProof } from './second-factor.service.js';

/**
 * What a signed-in person does with their passkeys: list them, add one (a registration ceremony), remove
 * one. Adding or removing one takes a fresh second factor when the person has one (a code or a passkey's
 * assertion), as turning the authenticator app off does; a first passkey comes with recovery codes.
 */
@Injectable()
export class PasskeySettingsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly factors: SecondFactorService,
    private readonly passkeys: PasskeyService,
    private readonly profiles: ProfileRepository,
    private readonly audit: AuditLog,
  ) {}

  list(actor: UserActor): Promise<PasskeyListDto> {
    return this.transactions.run(actorContext(actor), async (tx) => ({
      data: (await this.passkeys.list(tx, actor.userId)).map(toDto),
    }));
  }

  /** Options to prove a passkey while signed in (to sign a convention, add or remove a passkey…). */
  authenticationOptions(actor: UserActor): Promise<PasskeyOptionsDto> {
    return this.transactions.run(actorContext(actor), async (tx) => ({
      options: { ...(await this.passkeys.authenticationOptions(tx, actor.userId, 'confirm')) },
    }));
  }

  /** Options of a registration ceremony, once a fresh factor is given (when the person has one). */
  registrationOptions(actor: UserActor, proof: FactorProofDto, ip: string): Promise<PasskeyOptionsDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      if (await this.factors.hasFactor(tx, actor.userId)) await this.confirm(tx, actor, proof, ip);
      const me = (await this.profiles.find(tx, actor.userId))!;
      return {
        options: {
          ...(await this.passkeys.registrationOptions(tx, {
            id: actor.userId,
            email: me.email,
            displayName: me.displayName,
          })),
        },
      };
    });
  }

  /** Verifies the new passkey and keeps it; a first second factor comes with recovery codes. */
  register(
    actor: UserActor,
    name: string,
    response: RegistrationResponseJSON,
    ip: string,
  ): Promise<AddedPasskeyDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const first = !(await this.factors.hasFactor(tx, actor.userId));
      const passkey = await this.passkeys.register(tx, actor.userId, name.trim(), response);
      const recoveryCodes = first ? await this.factors.newRecoveryCodes(tx, actor.userId) : undefined;
      await this.audit.record(tx, actor, {
        action: 'user.passkey_added',
        targetType: 'user',
        targetId: actor.userId,
        data: { passkeyId: passkey.id, name: passkey.name, firstFactor: first, ip },
      });
      return { passkey: toDto(passkey), ...(recoveryCodes ? { recoveryCodes } : {}) };
    });
  }

  /**
   * Removes one of the person's passkeys with a fresh factor (which may be that passkey). Refused to whoever
   * must keep a factor when it is their last one; the recovery codes go with the last factor.
   */
  remove(actor: UserActor, passkeyId: string, proof: FactorProofDto, ip: string): Promise<void> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const mine = (await this.passkeys.list(tx, actor.userId)).find((p) => p.id === passkeyId);
      if (!mine) throw passkeyNotFound();
      const totp = await this.factors.hasTotp(tx, actor.userId);
      const last = !totp && (await this.passkeys.count(tx, actor.userId)) === 1;
      if (last && (await this.factors.mustHaveFactor(tx, actor.userId))) throw secondFactorMandatory();
      const proven = await this.confirm(tx, actor, proof, ip);
      await this.passkeys.remove(tx, actor.userId, passkeyId);
      if (last) await this.factors.remove(tx, actor.userId);
      await this.audit.record(tx, actor, {
        action: 'user.passkey_removed',
        targetType: 'user',
        targetId: actor.userId,
        data: { passkeyId, name: mine.name, method: proven, lastFactor: last, ip },
      });
    });
  }

  private async confirm(tx: TenantTx, actor: UserActor, proof: FactorProof, ip: string): Promise<string> {
    const check: FactorCheck = {
      audit: { ...actorContext(actor), tenantId: actor.tenantId },
      actor,
      ip,
      status: HttpStatus.FORBIDDEN,
      purpose: 'passkeys',
    };
    const proven = await this.factors.prove(
      tx,
      actor.userId,
      { code: proof.code, passkey: proof.passkey },
      check,
    );
    await this.factors.recordUse(tx, actor.userId, proven, check);
    return proven.method;
  }
}

function toDto(row: PasskeyRow): PasskeyDto {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}
