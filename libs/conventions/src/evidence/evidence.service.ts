import { HttpStatus, Injectable, type OnModuleInit } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { Clock } from '@jazari/config';
import { NO_TENANT, TransactionRunner, type TenantTx } from '@jazari/database';
import { ProblemException } from '@jazari/http';
import { renderCertificate } from './certificate.js';
import { ConventionAccess, ownerScope, type ConventionScope } from '../convention-access.js';
import { EvidenceChain } from './evidence-chain.js';
import { EvidenceKey } from './evidence-key.js';
import {
  attestationMessage,
  bundleDigests,
  EVIDENCE_FORMAT,
  type EvidenceBundle,
} from './evidence-verifier.js';
import { EvidenceRepository } from './evidence.repository.js';

export interface DocumentVerification {
  sha256: string;
  conventions: {
    reference: string;
    title: string;
    status: string;
    activatedAt: string | null;
    documentVersion: number;
    signatures: { signer: string; party: string; signedAt: string }[];
  }[];
}

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

/** The evidence bundle, the signing certificate, the public document check, and `viewed`. */
@Injectable()
export class EvidenceService implements OnModuleInit {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: ConventionAccess,
    private readonly chain: EvidenceChain,
    private readonly repository: EvidenceRepository,
    private readonly key: EvidenceKey,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // The API seals: without its key (EVIDENCE_SIGNING_KEY in production) it must not start. Only the API
    // has this service; the worker shares EvidenceModule but loads the key on a first seal, which it never does.
    this.key.ensureLoaded();
  }

  async bundle(actor: Actor, conventionId: string): Promise<EvidenceBundle> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const convention = await this.access.read(tx, actor, conventionId);
      await this.recordViewed(actor, convention);
      return this.assemble(tx, convention);
    });
  }

  /**
   * Records `viewed` the first time a signer of the convention opens it (its detail or its evidence),
   * in the owner's scope. Call inside the request's unit of work, after the caller's access is checked.
   */
  async recordViewed(actor: Actor, convention: ConventionScope): Promise<boolean> {
    // Signers are people of a party: anyone else (Root reading, an API key) has nothing to record.
    if (!actor.userId || !convention.isParty) return false;
    const userId = actor.userId;
    const owner = ownerScope(actor, convention);
    const { ownerTenantId, conventionId } = convention;
    return this.transactions.onBehalfOf(owner, async (scoped) => {
      const signerId = await this.repository.signerIdOf(
        scoped,
        ownerTenantId,
        conventionId,
        actor.tenantId,
        userId,
      );
      if (!signerId) return false;
      await this.repository.lockChain(scoped, conventionId);
      if (await this.repository.hasEvent(scoped, ownerTenantId, conventionId, 'viewed', userId)) {
        return false;
      }
      await this.chain.append(scoped, owner, {
        conventionId,
        type: 'viewed',
        actorUserId: userId,
        actorTenantId: actor.tenantId,
        actorApiKeyId: actor.apiKeyId,
        data: { signerId },
      });
      return true;
    });
  }

  async certificate(actor: Actor, conventionId: string): Promise<Buffer> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const convention = await this.access.read(tx, actor, conventionId);
      if (!['active', 'expired', 'terminated'].includes(convention.status)) {
        throw new ProblemException(
          HttpStatus.CONFLICT,
          'convention-not-signed',
          'This convention has not been signed',
          'A signing certificate exists once the convention is active (or later expired or terminated).',
          { currentStatus: convention.status },
        );
      }
      const bundle = await this.assemble(tx, convention);
      return renderCertificate(bundle, this.clock.now());
    });
  }

  publicKey(): { keyId: string; algorithm: 'Ed25519'; publicKey: string; publicKeyRaw: string } {
    return {
      keyId: this.key.keyId,
      algorithm: 'Ed25519',
      publicKey: this.key.publicKeyPem,
      publicKeyRaw: this.key.publicKeyRaw,
    };
  }

  async verifyDocument(sha256: string): Promise<DocumentVerification> {
    if (!/^[0-9a-fA-F]{64}$/.test(sha256)) {
      throw new ProblemException(
        HttpStatus.BAD_REQUEST,
        'invalid-hash',
        'Not a SHA-256',
        'Give the document’s SHA-256 as 64 hexadecimal characters.',
      );
    }
    const hash = sha256.toLowerCase();
    const rows = await this.transactions.run(NO_TENANT, (tx) =>
      tx.query<{
        convention_id: string;
        reference: string;
        title: string;
        status: string;
        activated_at: Date | null;
        document_version: number;
        signer_name: string | null;
        party_name: string | null;
        signed_at: Date | null;
      }>(`SELECT * FROM convention_verify_document($1)`, [Buffer.from(hash, 'hex')]),
    );
    const byConvention = new Map<string, DocumentVerification['conventions'][number]>();
    for (const row of rows) {
      let entry = byConvention.get(row.convention_id);
      if (!entry) {
        entry = {
          reference: row.reference,
          title: row.title,
          status: row.status,
          activatedAt: iso(row.activated_at),
          documentVersion: row.document_version,
          signatures: [],
        };
        byConvention.set(row.convention_id, entry);
      }
      if (row.signed_at) {
        entry.signatures.push({
          signer: row.signer_name ?? '',
          party: row.party_name ?? '',
          signedAt: row.signed_at.toISOString(),
        });
      }
    }
    return { sha256: hash, conventions: [...byConvention.values()] };
  }

  private async assemble(tx: TenantTx, convention: ConventionScope): Promise<EvidenceBundle> {
    const owner = convention.ownerTenantId;
    const [parties, documents, signatures, events, seals] = [
      await this.repository.parties(tx, owner, convention.conventionId),
      await this.repository.documents(tx, owner, convention.conventionId),
      await this.repository.signatures(tx, owner, convention.conventionId),
      await this.repository.events(tx, owner, convention.conventionId),
      await this.repository.seals(tx, owner, convention.conventionId),
    ];
    const signers = await tx.query<{
      id: string;
      partyTenantId: string;
      userId: string;
      step: number;
      status: string;
      actedAt: Date | null;
    }>(
      `SELECT id, party_tenant_id AS "partyTenantId", user_id AS "userId", step, status, acted_at AS "actedAt"
         FROM convention_signer WHERE tenant_id = $1 AND convention_id = $2 ORDER BY step, party_tenant_id, id`,
      [owner, convention.conventionId],
    );
    const names = await this.signerNames(signers);
    const bundle: Omit<EvidenceBundle, 'attestation'> = {
      format: EVIDENCE_FORMAT,
      generatedAt: this.clock.now().toISOString(),
      convention: {
        id: convention.conventionId,
        ownerTenantId: owner,
        reference: convention.reference,
        title: convention.title,
        type: convention.type,
        status: convention.status,
        activatedAt: iso(convention.activatedAt),
        parties,
      },
      documents: documents.map((d) => ({
        id: d.id,
        version: d.version,
        filename: d.filename,
        sha256: d.sha256.toString('hex'),
        size: Number(d.size),
      })),
      signers: signers.map((s) => ({
        id: s.id,
        partyTenantId: s.partyTenantId,
        userId: s.userId,
        name: names.get(s.userId) ?? null,
        step: s.step,
        status: s.status,
        actedAt: iso(s.actedAt),
      })),
      signatures: signatures.map((s) => ({
        id: s.id,
        signerId: s.signerId,
        userId: s.userId,
        partyTenantId: s.partyTenantId,
        documentId: s.documentId,
        documentSha256: s.documentSha256.toString('hex'),
        signedAt: s.signedAt.toISOString(),
        ip: s.ip,
        userAgent: s.userAgent,
        method: s.method,
        cancelledAt: iso(s.cancelledAt),
      })),
      events: events.map((e) => ({
        seq: e.seq,
        id: e.id,
        occurredAt: e.occurredAt.toISOString(),
        type: e.type,
        actorUserId: e.actorUserId,
        actorTenantId: e.actorTenantId,
        data: e.data,
        prevHash: e.prevHash.toString('hex'),
        hash: e.hash.toString('hex'),
      })),
      seals: seals.map((s) => ({
        id: s.id,
        headSeq: s.headSeq,
        headHash: s.headHash.toString('hex'),
        keyId: s.keyId,
        signature: s.signature.toString('base64'),
        sealedAt: s.sealedAt.toISOString(),
      })),
      publicKey: this.key.publicKeyPem,
      publicKeyRaw: this.key.publicKeyRaw,
      keyId: this.key.keyId,
    };
    // What the chain does not cover (names, current statuses, the time of this export) is covered by
    // the platform's signature over each section's digest, so no byte of the file can change unnoticed.
    const digests = bundleDigests(bundle);
    return {
      ...bundle,
      attestation: {
        digests,
        signature: this.key.sign(attestationMessage(bundle.generatedAt, digests)).toString('base64'),
      },
    };
  }

  /** A person's name is visible to their own tenant: read each party's signers in that party's scope. */
  private async signerNames(
    signers: readonly { partyTenantId: string; userId: string }[],
  ): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    const byParty = new Map<string, string[]>();
    for (const s of signers)
      byParty.set(s.partyTenantId, [...(byParty.get(s.partyTenantId) ?? []), s.userId]);
    for (const [party, userIds] of byParty) {
      const found = await this.transactions.onBehalfOf(
        { tenantId: party, tenantKind: null, userId: null },
        (scoped) => this.repository.memberNames(scoped, party, userIds),
      );
      for (const [id, name] of found) names.set(id, name);
    }
    return names;
  }
}
