import { Injectable } from '@nestjs/common';
import { canonicalJson } from '@jazari/audit';
import type { TenantTx } from '@jazari/database';

export interface EvidenceEventRow {
  seq: number;
  id: string;
  occurredAt: Date;
  type: string;
  actorUserId: string | null;
  actorTenantId: string | null;
  data: Record<string, unknown>;
  prevHash: Buffer;
  hash: Buffer;
}

export interface SealRow {
  id: string;
  headSeq: number;
  headHash: Buffer;
  keyId: string;
  signature: Buffer;
  sealedAt: Date;
}

/** SQL of the evidence chain and its seals; every statement names the owning tenant. */
@Injectable()
export class EvidenceRepository {
  /** Serialises appends to one convention's chain until the transaction ends. */
  async lockChain(tx: TenantTx, conventionId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('convention_event:' || $1::text, 0))`, [
      conventionId,
    ]);
  }

  async head(
    tx: TenantTx,
    ownerTenantId: string,
    conventionId: string,
  ): Promise<{ seq: number; hash: Buffer } | undefined> {
    const rows = await tx.query<{ seq: number; hash: Buffer }>(
      `SELECT seq, hash FROM convention_event WHERE tenant_id = $1 AND convention_id = $2
        ORDER BY seq DESC LIMIT 1`,
      [ownerTenantId, conventionId],
    );
    return rows[0];
  }

  async insert(
    tx: TenantTx,
    ownerTenantId: string,
    conventionId: string,
    event: Omit<EvidenceEventRow, 'data'> & { data: Readonly<Record<string, unknown>> },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO convention_event (tenant_id, convention_id, seq, id, occurred_at, type, actor_user_id,
                                     actor_tenant_id, data, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11)`,
      [
        ownerTenantId,
        conventionId,
        event.seq,
        event.id,
        event.occurredAt,
        event.type,
        event.actorUserId,
        event.actorTenantId,
        canonicalJson(event.data),
        event.prevHash,
        event.hash,
      ],
    );
  }

  async events(tx: TenantTx, ownerTenantId: string, conventionId: string): Promise<EvidenceEventRow[]> {
    return tx.query<EvidenceEventRow & Record<string, unknown>>(
      `SELECT seq, id, occurred_at AS "occurredAt", type, actor_user_id AS "actorUserId",
              actor_tenant_id AS "actorTenantId", data, prev_hash AS "prevHash", hash
         FROM convention_event WHERE tenant_id = $1 AND convention_id = $2 ORDER BY seq`,
      [ownerTenantId, conventionId],
    );
  }

  /** The signer row of one person for one party, if they are named as a signer (any status). */
  async signerIdOf(
    tx: TenantTx,
    ownerTenantId: string,
    conventionId: string,
    partyTenantId: string,
    userId: string,
  ): Promise<string | undefined> {
    const rows = await tx.query<{ id: string }>(
      `SELECT id FROM convention_signer
        WHERE tenant_id = $1 AND convention_id = $2 AND party_tenant_id = $3 AND user_id = $4 LIMIT 1`,
      [ownerTenantId, conventionId, partyTenantId, userId],
    );
    return rows[0]?.id;
  }

  async hasEvent(
    tx: TenantTx,
    ownerTenantId: string,
    conventionId: string,
    type: string,
    actorUserId: string,
  ): Promise<boolean> {
    const rows = await tx.query(
      `SELECT 1 FROM convention_event
        WHERE tenant_id = $1 AND convention_id = $2 AND type = $3 AND actor_user_id = $4 LIMIT 1`,
      [ownerTenantId, conventionId, type, actorUserId],
    );
    return rows.length > 0;
  }

  /** The data of the latest event of a type (the `sent` event names the document being signed). */
  async latestData(
    tx: TenantTx,
    ownerTenantId: string,
    conventionId: string,
    type: string,
  ): Promise<Record<string, unknown> | undefined> {
    const rows = await tx.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM convention_event WHERE tenant_id = $1 AND convention_id = $2 AND type = $3
        ORDER BY seq DESC LIMIT 1`,
      [ownerTenantId, conventionId, type],
    );
    return rows[0]?.data;
  }

  async insertSeal(tx: TenantTx, ownerTenantId: string, conventionId: string, seal: SealRow): Promise<void> {
    await tx.query(
      `INSERT INTO convention_seal (tenant_id, convention_id, id, head_seq, head_hash, key_id, signature, sealed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        ownerTenantId,
        conventionId,
        seal.id,
        seal.headSeq,
        seal.headHash,
        seal.keyId,
        seal.signature,
        seal.sealedAt,
      ],
    );
  }

  async seals(tx: TenantTx, ownerTenantId: string, conventionId: string): Promise<SealRow[]> {
    return tx.query<SealRow & Record<string, unknown>>(
      `SELECT id, head_seq AS "headSeq", head_hash AS "headHash", key_id AS "keyId", signature,
              sealed_at AS "sealedAt"
         FROM convention_seal WHERE tenant_id = $1 AND convention_id = $2 ORDER BY head_seq, id`,
      [ownerTenantId, conventionId],
    );
  }

  async parties(
    tx: TenantTx,
    ownerTenantId: string,
    conventionId: string,
  ): Promise<{ tenantId: string; name: string; roleLabel: string }[]> {
    return tx.query(
      `SELECT cp.party_tenant_id AS "tenantId", t.name_fr AS name, cp.role_label AS "roleLabel"
         FROM convention_party cp JOIN tenant t ON t.id = cp.party_tenant_id
        WHERE cp.tenant_id = $1 AND cp.convention_id = $2 ORDER BY cp.position, cp.party_tenant_id`,
      [ownerTenantId, conventionId],
    );
  }

  async documents(
    tx: TenantTx,
    ownerTenantId: string,
    conventionId: string,
  ): Promise<{ id: string; version: number; filename: string; sha256: Buffer; size: string }[]> {
    return tx.query(
      `SELECT id, version, filename, sha256, size_bytes AS size
         FROM convention_document WHERE tenant_id = $1 AND convention_id = $2 ORDER BY version`,
      [ownerTenantId, conventionId],
    );
  }

  async signatures(
    tx: TenantTx,
    ownerTenantId: string,
    conventionId: string,
  ): Promise<
    {
      id: string;
      signerId: string;
      userId: string;
      partyTenantId: string;
      documentId: string;
      documentSha256: Buffer;
      signedAt: Date;
      ip: string | null;
      userAgent: string | null;
      method: string;
      cancelledAt: Date | null;
    }[]
  > {
    return tx.query(
      `SELECT id, signer_id AS "signerId", user_id AS "userId", party_tenant_id AS "partyTenantId",
              document_id AS "documentId", document_sha256 AS "documentSha256", signed_at AS "signedAt",
              ip, user_agent AS "userAgent", method, cancelled_at AS "cancelledAt"
         FROM convention_signature WHERE tenant_id = $1 AND convention_id = $2 ORDER BY signed_at, id`,
      [ownerTenantId, conventionId],
    );
  }

  /** Names of users, read in one party's scope (a tenant sees its own members' names). */
  async memberNames(
    tx: TenantTx,
    partyTenantId: string,
    userIds: readonly string[],
  ): Promise<Map<string, string>> {
    const rows = await tx.query<{ id: string; display_name: string }>(
      `SELECT u.id, u.display_name FROM app_user u
         JOIN membership m ON m.user_id = u.id AND m.tenant_id = $1
        WHERE u.id = ANY($2::uuid[])`,
      [partyTenantId, userIds],
    );
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }
}
