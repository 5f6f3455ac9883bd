import { HttpStatus, Injectable } from '@nestjs/common';
import { actorContext, type Actor, type UserActor } from '@jazari/access';
import { Clock } from '@jazari/config';
import { TransactionRunner, uuidv7, type TenantContext, type TenantTx } from '@jazari/database';
import { ProblemException } from '@jazari/http';
import {
  LoginThrottle,
  PasswordHasher,
  SecondFactorSettingsService,
  type FactorProof,
} from '@jazari/identity';
import { OutboxService } from '@jazari/outbox';
import { ConventionAccess, ownerScope, type ConventionScope } from '../convention-access.js';
import { ConventionLoader } from '../conventions/convention.loader.js';
import { EvidenceChain } from '../evidence/evidence-chain.js';
import { EvidenceRepository } from '../evidence/evidence.repository.js';
import type {
  SetSignersDto,
  SignerCandidatesDto,
  SignerDto,
  SignersDto,
  SigningResultDto,
} from './signing.dto.js';
import { SigningRepository, type SignerRow } from './signing.repository.js';
import { conventionActivatedJob, conventionDeclinedJob, signatureRequestedJob } from './signing.jobs.js';

export interface SignatureClient {
  readonly ip: string | null;
  readonly userAgent: string | null;
}

function problem(status: HttpStatus, slug: string, title: string, detail: string): ProblemException {
  return new ProblemException(status, slug, title, detail);
}

const wrongStatus = (status: string, expected: string) =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'invalid-convention-status',
    'Not possible in this status',
    `The convention is ${status}; this needs ${expected}.`,
    { currentStatus: status },
  );

/** The step now signing: the lowest step with a pending signer. */
export function currentStep(signers: readonly Pick<SignerRow, 'step' | 'status'>[]): number | null {
  const pending = signers.filter((s) => s.status === 'pending').map((s) => s.step);
  return pending.length > 0 ? Math.min(...pending) : null;
}

const toDto = (s: SignerRow): SignerDto => ({
  id: s.id,
  partyTenantId: s.partyTenantId,
  userId: s.userId,
  step: s.step,
  status: s.status,
  actedAt: s.actedAt ? s.actedAt.toISOString() : null,
  declineReason: s.declineReason,
});

/**
 * The signing workflow (docs/convention-evidence.md): the owner names signers per party and step and
 * sends the current document; signers sign step by step with their password; the last signature
 * activates and seals the convention; one decline stops it. A party's acts are written in the owner's
 * scope (onBehalfOf) once this service has checked who the caller is.
 */
@Injectable()
export class SigningService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: ConventionAccess,
    private readonly loader: ConventionLoader,
    private readonly signing: SigningRepository,
    private readonly evidence: EvidenceRepository,
    private readonly chain: EvidenceChain,
    private readonly outbox: OutboxService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly secondFactor: SecondFactorSettingsService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, conventionId: string): Promise<SignersDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const convention = await this.access.read(tx, actor, conventionId);
      const signers = await this.signing.signers(tx, convention.ownerTenantId, conventionId);
      return {
        data: signers.map(toDto),
        currentStep: convention.status === 'out_for_signature' ? currentStep(signers) : null,
      };
    });
  }

  /**
   * Whom the owner's managers may name as signers: each party's active members, read in that party's
   * scope (the owner cannot see another tenant's members) once the caller is known to be a manager.
   */
  async candidates(actor: Actor, conventionId: string): Promise<SignerCandidatesDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const convention = await this.manageable(tx, actor, conventionId);
      const parties = await this.evidence.parties(tx, convention.ownerTenantId, conventionId);
      const data: SignerCandidatesDto['data'] = [];
      for (const party of parties) {
        const members = await this.transactions.onBehalfOf(
          { tenantId: party.tenantId, tenantKind: null, userId: null },
          (scoped) => this.signing.signingMembers(scoped, party.tenantId),
        );
        data.push({ partyTenantId: party.tenantId, name: party.name, members });
      }
      return { data };
    });
  }

  async setSigners(actor: Actor, conventionId: string, input: SetSignersDto): Promise<SignersDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const convention = await this.manageable(tx, actor, conventionId);
      if (!['draft', 'in_review'].includes(convention.status)) {
        throw wrongStatus(convention.status, 'draft or in_review');
      }
      const owner = convention.ownerTenantId;
      const parties = await this.signing.partyTenantIds(tx, owner, conventionId);
      const seen = new Set<string>();
      for (const [i, s] of input.signers.entries()) {
        if (!parties.includes(s.partyTenantId)) {
          throw this.invalidSigners(
            `signers.${i}.partyTenantId`,
            `signers.${i}.partyTenantId is not a party to this convention`,
          );
        }
        const key = `${s.partyTenantId}/${s.userId}`;
        if (seen.has(key))
          throw this.invalidSigners(
            `signers.${i}`,
            `signers.${i} names the same person for the same party twice`,
          );
        seen.add(key);
      }
      const missing = parties.filter((p) => !input.signers.some((s) => s.partyTenantId === p));
      if (missing.length > 0) {
        throw new ProblemException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          'party-without-signer',
          'Every party needs a signer',
          `No signer for ${missing.length} part${missing.length > 1 ? 'ies' : 'y'}.`,
          { partyTenantIds: missing },
        );
      }
      // Membership is the party's own data: ask it in the party's scope (the owner cannot see it).
      for (const party of parties) {
        const userIds = input.signers.filter((s) => s.partyTenantId === party).map((s) => s.userId);
        const members = await this.transactions.onBehalfOf(
          { tenantId: party, tenantKind: null, userId: null },
          (scoped) => this.signing.membersOf(scoped, party, userIds),
        );
        const strangers = userIds.filter((u) => !members.has(u));
        if (strangers.length > 0) {
          throw new ProblemException(
            HttpStatus.UNPROCESSABLE_ENTITY,
            'signer-not-member',
            'A signer must be a member of the party they sign for',
            `${strangers.length} signer(s) are not members of party ${party}.`,
            { partyTenantId: party, userIds: strangers },
          );
        }
      }
      await this.lockStatus(tx, convention);
      if (await this.signing.hasSignatures(tx, owner, conventionId)) {
        throw wrongStatus(convention.status, 'no signature recorded yet');
      }
      const rows = input.signers.map((s) => ({ ...s, id: uuidv7() }));
      await this.signing.replaceSigners(tx, owner, conventionId, rows);
      await this.chain.append(tx, ownerScope(actor, convention), {
        conventionId,
        type: 'signers_set',
        actorUserId: actor.userId,
        actorTenantId: actor.tenantId,
        actorApiKeyId: actor.apiKeyId,
        data: {
          signers: rows.map((s) => ({
            id: s.id,
            partyTenantId: s.partyTenantId,
            userId: s.userId,
            step: s.step,
          })),
        },
      });
      return this.list(actor, conventionId);
    });
  }

  async send(actor: Actor, conventionId: string): Promise<SigningResultDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const convention = await this.manageable(tx, actor, conventionId);
      const owner = convention.ownerTenantId;
      const status = await this.lockStatus(tx, convention);
      if (status !== 'in_review') throw wrongStatus(status, 'in_review');
      const document = await this.signing.currentDocument(tx, owner, conventionId);
      if (!document) {
        throw problem(
          HttpStatus.CONFLICT,
          'no-document',
          'No document to sign',
          'Upload the document first.',
        );
      }
      const signers = await this.signing.signers(tx, owner, conventionId);
      const parties = await this.signing.partyTenantIds(tx, owner, conventionId);
      if (signers.length === 0 || parties.some((p) => !signers.some((s) => s.partyTenantId === p))) {
        throw problem(
          HttpStatus.CONFLICT,
          'party-without-signer',
          'Every party needs a signer',
          'Set the signers (PUT …/signers) so that every party has at least one.',
        );
      }
      const now = this.clock.now();
      await this.signing.markSent(tx, owner, conventionId, now);
      // The document being signed is frozen in the chain: signatures refer to this one, whatever follows.
      await this.chain.append(tx, ownerScope(actor, convention), {
        conventionId,
        type: 'sent',
        actorUserId: actor.userId,
        actorTenantId: actor.tenantId,
        actorApiKeyId: actor.apiKeyId,
        data: {
          documentId: document.id,
          documentVersion: document.version,
          documentSha256: document.sha256.toString('hex'),
          steps: [...new Set(signers.map((s) => s.step))].sort((a, b) => a - b),
        },
      });
      const step = currentStep(signers)!;
      await this.requestStep(tx, conventionId, step, signers);
      return { status: 'out_for_signature', currentStep: step, signatureId: null };
    });
  }

  async sign(
    actor: Actor,
    conventionId: string,
    password: string,
    proof: FactorProof,
    client: SignatureClient,
  ): Promise<SigningResultDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const convention = await this.access.read(tx, actor, conventionId);
      const mine = await this.myPendingSigner(tx, actor, convention);
      // Fresh authentication: the caller's own password, counted like a sign-in's; nothing is recorded
      // when it is wrong.
      const credentials = await this.signing.passwordOf(tx, actor.userId!);
      if (!credentials) throw this.invalidCredentials();
      await this.throttle.checkAccount(credentials.email);
      if (!(await this.hasher.verify(credentials.passwordHash, password))) {
        await this.throttle.loginFailed(credentials.email);
        throw this.invalidCredentials();
      }
      // Step-up: a second factor given now, whose method the signature's evidence records.
      const factor = await this.secondFactor.stepUp(actor as UserActor, proof, client.ip);
      const method = `password+${factor.method}`;

      const owned = ownerScope(actor, convention);
      const result = await this.transactions.onBehalfOf(owned, async (scoped): Promise<SigningResultDto> => {
        const owner = convention.ownerTenantId;
        // Concurrent signers of one step: the row lock orders them, and each re-reads what it decides on.
        const status = await this.lockStatus(scoped, convention);
        if (status !== 'out_for_signature') throw wrongStatus(status, 'out_for_signature');
        const signers = await this.signing.signers(scoped, owner, conventionId);
        const signer = signers.find((s) => s.id === mine.id);
        if (signer?.status !== 'pending') throw this.notASigner();
        const step = currentStep(signers);
        if (signer.step !== step) throw this.notYourTurn(step);

        const sent = await this.evidence.latestData(scoped, owner, conventionId, 'sent');
        const document = await this.signing.document(scoped, owner, String(sent?.documentId));
        if (!document)
          throw new Error(`Convention ${conventionId} is out for signature without a frozen document`);
        const signatureId = uuidv7();
        const signedAt = this.clock.now();
        const userAgent = client.userAgent ? client.userAgent.slice(0, 500) : null;
        await this.signing.insertSignature(scoped, owner, {
          id: signatureId,
          conventionId,
          signerId: signer.id,
          documentId: document.id,
          documentSha256: document.sha256,
          userId: actor.userId!,
          partyTenantId: actor.tenantId,
          signedAt,
          ip: client.ip,
          userAgent,
          method,
        });
        await this.signing.markSigner(scoped, owner, signer.id, 'signed', signedAt, null);
        await this.chain.append(scoped, owned, {
          conventionId,
          type: 'signed',
          actorUserId: actor.userId,
          actorTenantId: actor.tenantId,
          actorApiKeyId: actor.apiKeyId,
          data: {
            signatureId,
            signerId: signer.id,
            userId: actor.userId,
            partyTenantId: actor.tenantId,
            documentId: document.id,
            documentSha256: document.sha256.toString('hex'),
            signedAt: signedAt.toISOString(),
            ip: client.ip,
            userAgent,
            method,
            step: signer.step,
          },
        });

        const after = signers.map((s) => (s.id === signer.id ? { ...s, status: 'signed' as const } : s));
        const next = currentStep(after);
        if (next === step) return { status, currentStep: step, signatureId };
        if (next !== null) {
          await this.requestStep(scoped, conventionId, next, after);
          return { status, currentStep: next, signatureId };
        }
        await this.activate(scoped, convention, owned, signedAt);
        return { status: 'active', currentStep: null, signatureId };
      });
      // After the convention's lock, as every signer takes them: the step-up in the signer's own audit log.
      await this.secondFactor.recordStepUp(
        actor as UserActor,
        factor,
        client.ip,
        `convention.sign:${conventionId}`,
      );
      return result;
    });
  }

  async decline(actor: Actor, conventionId: string, reason: string): Promise<SigningResultDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const convention = await this.access.read(tx, actor, conventionId);
      const mine = await this.myPendingSigner(tx, actor, convention);
      const owned = ownerScope(actor, convention);
      return this.transactions.onBehalfOf(owned, async (scoped) => {
        const owner = convention.ownerTenantId;
        const status = await this.lockStatus(scoped, convention);
        if (status !== 'out_for_signature') throw wrongStatus(status, 'out_for_signature');
        const now = this.clock.now();
        await this.signing.markSigner(scoped, owner, mine.id, 'declined', now, reason);
        await this.signing.cancelPending(scoped, owner, conventionId);
        await this.signing.markDeclined(scoped, owner, conventionId, now, reason);
        await this.chain.append(scoped, owned, {
          conventionId,
          type: 'declined',
          actorUserId: actor.userId,
          actorTenantId: actor.tenantId,
          actorApiKeyId: actor.apiKeyId,
          data: { signerId: mine.id, partyTenantId: actor.tenantId, reason },
        });
        await this.outbox.emit(scoped, conventionDeclinedJob, {
          conventionId,
          signerId: mine.id,
          partyTenantIds: await this.signing.partyTenantIds(scoped, owner, conventionId),
        });
        return { status: 'declined', currentStep: null, signatureId: null };
      });
    });
  }

  private async activate(tx: TenantTx, convention: ConventionScope, owned: TenantContext, at: Date) {
    const owner = convention.ownerTenantId;
    await this.signing.markActive(tx, owner, convention.conventionId, at);
    await this.chain.append(tx, owned, {
      conventionId: convention.conventionId,
      type: 'activated',
      actorUserId: null,
      actorTenantId: null,
      // What the seal vouches for: the convention as it stood when it became binding. The evidence
      // verifier checks a bundle's header against this snapshot.
      data: {
        activatedAt: at.toISOString(),
        convention: {
          reference: convention.reference,
          title: convention.title,
          type: convention.type,
          parties: await this.evidence.parties(tx, owner, convention.conventionId),
        },
      },
    });
    await this.chain.seal(tx, owned, convention.conventionId);
    await this.outbox.emit(tx, conventionActivatedJob, {
      conventionId: convention.conventionId,
      partyTenantIds: await this.signing.partyTenantIds(tx, owner, convention.conventionId),
    });
  }

  /** Must run in the owner's scope (the outbox row is the owner's). */
  private async requestStep(
    tx: TenantTx,
    conventionId: string,
    step: number,
    signers: readonly SignerRow[],
  ): Promise<void> {
    await this.outbox.emit(tx, signatureRequestedJob, {
      conventionId,
      step,
      signerIds: signers.filter((s) => s.step === step && s.status === 'pending').map((s) => s.id),
    });
  }

  /** The caller's pending signer row, in the current step: 403 if none, 409 `not-your-turn` if later. */
  private async myPendingSigner(tx: TenantTx, actor: Actor, convention: ConventionScope): Promise<SignerRow> {
    if (convention.status !== 'out_for_signature') throw wrongStatus(convention.status, 'out_for_signature');
    const signers = await this.signing.signers(tx, convention.ownerTenantId, convention.conventionId);
    const mine = signers.find(
      (s) => s.userId === actor.userId && s.partyTenantId === actor.tenantId && s.status === 'pending',
    );
    if (!mine) throw this.notASigner();
    const step = currentStep(signers);
    if (mine.step !== step) throw this.notYourTurn(step);
    return mine;
  }

  private manageable(tx: TenantTx, actor: Actor, conventionId: string): Promise<ConventionScope> {
    return this.access.manage(
      tx,
      actor,
      conventionId,
      "Only the owner's managers set signers and send a convention for signature.",
    );
  }

  /** Locks the convention row (concurrent signers of one step queue here) and answers its status. */
  private async lockStatus(tx: TenantTx, convention: ConventionScope): Promise<string> {
    return (await this.loader.lockMatching(tx, convention, undefined, false)).status;
  }

  private invalidSigners(field: string, detail: string): ProblemException {
    return new ProblemException(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'invalid-signers',
      'These signers cannot be set',
      detail,
      { field },
    );
  }

  private notASigner(): ProblemException {
    return problem(
      HttpStatus.FORBIDDEN,
      'not-a-signer',
      'You are not a pending signer of this convention',
      'Only a person named as a signer for your tenant, who has not yet acted, can do this.',
    );
  }

  private notYourTurn(step: number | null): ProblemException {
    return new ProblemException(
      HttpStatus.CONFLICT,
      'not-your-turn',
      'Not your turn to sign',
      `Step ${step ?? '—'} is signing; yours comes later.`,
      { currentStep: step },
    );
  }

  private invalidCredentials(): ProblemException {
    return problem(
      HttpStatus.UNAUTHORIZED,
      'invalid-credentials',
      'Wrong password',
      'Signing needs your password: nothing was signed.',
    );
  }
}
