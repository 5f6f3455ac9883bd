import { Injectable } from '@nestjs/common';
import { AuditLog } from '@jazari/audit';
import { Clock } from '@jazari/config';
import { TransactionRunner, uuidv7, type TenantContext, type TenantTx } from '@jazari/database';
import { auditSummary } from './evidence-audit.js';
import { EvidenceKey } from './evidence-key.js';
import { EVIDENCE_GENESIS_HASH, evidenceEventHash, sealMessage } from './evidence-verifier.js';
import { EvidenceRepository } from './evidence.repository.js';

/** Event types of the chain; other parts of conventions may add theirs. */
export type EvidenceEventType =
  | 'created'
  | 'sent'
  | 'viewed'
  | 'signed'
  | 'declined'
  | 'activated'
  | 'amended'
  | 'expired'
  | 'returned_to_draft'
  | 'document_added'
  | 'voided'
  | 'terminated'
  | 'signers_set'
  | (string & {});

export interface EvidenceEventInput {
  readonly conventionId: string;
  readonly type: EvidenceEventType;
  readonly actorUserId: string | null;
  readonly actorTenantId: string | null;
  /** The API key the person acted through, if any: the audit entry names it (the evidence does not). */
  readonly actorApiKeyId?: string | null;
  /** JSON only: strings, safe integers, booleans, null, arrays, plain objects (it is stored as jsonb). */
  readonly data: Readonly<Record<string, unknown>>;
}

export interface AppendedEvidence {
  readonly id: string;
  readonly seq: number;
  readonly occurredAt: Date;
  readonly hash: Buffer;
}

/** Events that change nothing (a signer opening the convention): evidence only, not audited. */
const NOT_AUDITED: ReadonlySet<string> = new Set(['viewed']);

/**
 * Appends to a convention's evidence chain (docs/convention-evidence.md), in the caller's transaction and
 * the OWNER's scope: appends to one convention are serialised by an advisory lock held until commit, so
 * `seq` is gapless from 1 and each event links to the one before.
 *
 * Every event that changes the convention is also written to the owner's audit log (`convention.<type>`),
 * in the same transaction and scope: one place, so no caller (API or worker) can append without auditing.
 */
@Injectable()
export class EvidenceChain {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly repository: EvidenceRepository,
    private readonly key: EvidenceKey,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
  ) {}

  /** `owner`: the convention's owning tenant (its context); the caller has authorised the act. */
  append(tx: TenantTx, owner: TenantContext, input: EvidenceEventInput): Promise<AppendedEvidence> {
    return this.inOwnerScope(tx, owner, async (scoped) => {
      const ownerTenantId = owner.tenantId;
      // What is hashed is what jsonb gives back: normalise through JSON first (drops nothing it keeps).
      const data = JSON.parse(JSON.stringify(input.data)) as Record<string, unknown>;
      const appended = await this.appendIn(scoped, ownerTenantId, input, data);
      if (!NOT_AUDITED.has(input.type)) await this.record(scoped, ownerTenantId, input, data, appended.seq);
      return appended;
    });
  }

  /** Signs the chain's current head with the platform key (on activation). */
  seal(tx: TenantTx, owner: TenantContext, conventionId: string): Promise<{ id: string; keyId: string }> {
    return this.inOwnerScope(tx, owner, async (scoped) => {
      const ownerTenantId = owner.tenantId;
      await this.repository.lockChain(scoped, conventionId);
      const head = await this.repository.head(scoped, ownerTenantId, conventionId);
      if (!head) throw new Error(`Convention ${conventionId} has no evidence to seal`);
      const signature = this.key.sign(
        sealMessage({ conventionId, ownerTenantId, headSeq: head.seq, headHash: head.hash.toString('hex') }),
      );
      const id = uuidv7();
      await this.repository.insertSeal(scoped, ownerTenantId, conventionId, {
        id,
        headSeq: head.seq,
        headHash: head.hash,
        keyId: this.key.keyId,
        signature,
        sealedAt: this.clock.now(),
      });
      return { id, keyId: this.key.keyId };
    });
  }

  /** The audit entry of an event, in `scoped` (the owner's scope): `AuditLog` appends to that scope's chain. */
  private async record(
    scoped: TenantTx,
    ownerTenantId: string,
    input: EvidenceEventInput,
    data: Readonly<Record<string, unknown>>,
    seq: number,
  ): Promise<void> {
    const scope = scoped.context.tenantId.toLowerCase();
    if (scope !== ownerTenantId.toLowerCase()) {
      throw new Error(`Convention ${input.conventionId}'s audit entry must be written in its owner's scope`);
    }
    const person = input.actorUserId ?? input.actorApiKeyId;
    await this.audit.record(
      scoped,
      person ? { userId: input.actorUserId, apiKeyId: input.actorApiKeyId ?? null } : null,
      {
        action: `convention.${input.type}`,
        targetType: 'convention',
        targetId: input.conventionId,
        data: { seq, type: input.type, summary: auditSummary(data) },
      },
    );
  }

  private inOwnerScope<T>(
    tx: TenantTx,
    owner: TenantContext,
    work: (tx: TenantTx) => Promise<T>,
  ): Promise<T> {
    if (!owner.tenantId) throw new Error('Evidence is written in the owner tenant scope');
    return tx.context.tenantId === owner.tenantId ? work(tx) : this.transactions.onBehalfOf(owner, work);
  }

  private async appendIn(
    tx: TenantTx,
    ownerTenantId: string,
    input: EvidenceEventInput,
    data: Record<string, unknown>,
  ): Promise<AppendedEvidence> {
    await this.repository.lockChain(tx, input.conventionId);
    const head = await this.repository.head(tx, ownerTenantId, input.conventionId);
    const seq = (head?.seq ?? 0) + 1;
    const prevHash = head?.hash ?? EVIDENCE_GENESIS_HASH;
    const id = uuidv7();
    // Milliseconds: hashed as toISOString(), it must round-trip through timestamptz unchanged.
    const occurredAt = new Date(this.clock.now().getTime());
    const hash = evidenceEventHash(prevHash, {
      conventionId: input.conventionId,
      ownerTenantId,
      seq,
      id,
      occurredAt: occurredAt.toISOString(),
      type: input.type,
      actorUserId: input.actorUserId,
      actorTenantId: input.actorTenantId,
      data,
    });
    await this.repository.insert(tx, ownerTenantId, input.conventionId, {
      seq,
      id,
      occurredAt,
      type: input.type,
      actorUserId: input.actorUserId,
      actorTenantId: input.actorTenantId,
      data,
      prevHash,
      hash,
    });
    return { id, seq, occurredAt, hash };
  }
}
