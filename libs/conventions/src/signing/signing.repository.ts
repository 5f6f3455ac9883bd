import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';

export interface SignerRow {
  id: string;
  partyTenantId: string;
  userId: string;
  step: number;
  status: 'pending' | 'signed' | 'declined' | 'cancelled';
  actedAt: Date | null;
  declineReason: string | null;
}

const SIGNER_COLUMNS = `id, party_tenant_id AS "partyTenantId", user_id AS "userId", step, status,
  acted_at AS "actedAt", decline_reason AS "declineReason"`;

/** SQL of signers and signatures; every statement names the owning tenant. */
@Injectable()
export class SigningRepository {
  async signers(tx: TenantTx, ownerTenantId: string, conventionId: string): Promise<SignerRow[]> {
    return tx.query<SignerRow & Record<string, unknown>>(
      `SELECT ${SIGNER_COLUMNS} FROM convention_signer
        WHERE tenant_id = $1 AND convention_id = $2 ORDER BY step, party_tenant_id, user_id`,
      [ownerTenantId, conventionId],
    );
  }

  async partyTenantIds(tx: TenantTx, ownerTenantId: string, conventionId: string): Promise<string[]> {
    const rows = await tx.query<{ party_tenant_id: string }>(
      `SELECT party_tenant_id FROM convention_party WHERE tenant_id = $1 AND convention_id = $2
        ORDER BY position, party_tenant_id`,
      [ownerTenantId, conventionId],
    );
    return rows.map((r) => r.party_tenant_id);
  }

  /** Of `userIds`, those who are members of the tenant; run in that tenant's scope. */
  async membersOf(tx: TenantTx, tenantId: string, userIds: readonly string[]): Promise<Set<string>> {
    const rows = await tx.query<{ user_id: string }>(
      `SELECT user_id FROM membership WHERE tenant_id = $1 AND user_id = ANY($2::uuid[])`,
      [tenantId, userIds],
    );
    return new Set(rows.map((r) => r.user_id));
  }

  /** The tenant's active members who may sign (names and roles), read in that tenant's scope. */
  async signingMembers(
    tx: TenantTx,
    tenantId: string,
  ): Promise<{ userId: string; displayName: string; role: string }[]> {
    return tx.query(
      `SELECT u.id AS "userId", u.display_name AS "displayName", m.role
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.tenant_id = $1 AND u.status = 'active'
        ORDER BY u.display_name, u.id`,
      [tenantId],
    );
  }

  async hasSignatures(tx: TenantTx, ownerTenantId: string, conventionId: string): Promise<boolean> {
    const rows = await tx.query(
      `SELECT 1 FROM convention_signature WHERE tenant_id = $1 AND convention_id = $2 LIMIT 1`,
      [ownerTenantId, conventionId],
    );
    return rows.length > 0;
  }

  async replaceSigners(
    tx: TenantTx,
    ownerTenantId: string,
    conventionId: string,
    signers: readonly { id: string; partyTenantId: string; userId: string; step: number }[],
  ): Promise<void> {
    await tx.query(`DELETE FROM convention_signer WHERE tenant_id = $1 AND convention_id = $2`, [
      ownerTenantId,
      conventionId,
    ]);
    await tx.query(
      `INSERT INTO convention_signer (tenant_id, id, convention_id, party_tenant_id, user_id, step)
       SELECT $1, s.id, $2, s.party, s.usr, s.step
         FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::int[]) AS s(id, party, usr, step)`,
      [
        ownerTenantId,
        conventionId,
        signers.map((s) => s.id),
        signers.map((s) => s.partyTenantId),
        signers.map((s) => s.userId),
        signers.map((s) => s.step),
      ],
    );
  }

  /** The newest document version: what `send` freezes for signing. */
  async currentDocument(
    tx: TenantTx,
    ownerTenantId: string,
    conventionId: string,
  ): Promise<{ id: string; version: number; sha256: Buffer } | undefined> {
    const rows = await tx.query<{ id: string; version: number; sha256: Buffer }>(
      `SELECT id, version, sha256 FROM convention_document WHERE tenant_id = $1 AND convention_id = $2
        ORDER BY version DESC LIMIT 1`,
      [ownerTenantId, conventionId],
    );
    return rows[0];
  }

  async document(
    tx: TenantTx,
    ownerTenantId: string,
    documentId: string,
  ): Promise<{ id: string; sha256: Buffer } | undefined> {
    const rows = await tx.query<{ id: string; sha256: Buffer }>(
      `SELECT id, sha256 FROM convention_document WHERE tenant_id = $1 AND id = $2`,
      [ownerTenantId, documentId],
    );
    return rows[0];
  }

  async markSent(tx: TenantTx, ownerTenantId: string, conventionId: string, at: Date): Promise<void> {
    await tx.query(
      `UPDATE convention SET status = 'out_for_signature', sent_at = $3, updated_at = $3, version = version + 1
        WHERE tenant_id = $1 AND id = $2`,
      [ownerTenantId, conventionId, at],
    );
  }

  async markActive(tx: TenantTx, ownerTenantId: string, conventionId: string, at: Date): Promise<void> {
    await tx.query(
      `UPDATE convention SET status = 'active', activated_at = $3, updated_at = $3, version = version + 1
        WHERE tenant_id = $1 AND id = $2`,
      [ownerTenantId, conventionId, at],
    );
  }

  async markDeclined(
    tx: TenantTx,
    ownerTenantId: string,
    conventionId: string,
    at: Date,
    reason: string,
  ): Promise<void> {
    await tx.query(
      `UPDATE convention SET status = 'declined', closed_at = $3, close_reason = $4, updated_at = $3,
              version = version + 1
        WHERE tenant_id = $1 AND id = $2`,
      [ownerTenantId, conventionId, at, reason],
    );
  }

  async insertSignature(
    tx: TenantTx,
    ownerTenantId: string,
    signature: {
      id: string;
      conventionId: string;
      signerId: string;
      documentId: string;
      documentSha256: Buffer;
      userId: string;
      partyTenantId: string;
      signedAt: Date;
      ip: string | null;
      userAgent: string | null;
      method: string;
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO convention_signature (tenant_id, id, convention_id, signer_id, document_id, document_sha256,
                                         user_id, party_tenant_id, signed_at, ip, user_agent, method)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        ownerTenantId,
        signature.id,
        signature.conventionId,
        signature.signerId,
        signature.documentId,
        signature.documentSha256,
        signature.userId,
        signature.partyTenantId,
        signature.signedAt,
        signature.ip,
        signature.userAgent,
        signature.method,
      ],
    );
  }

  async markSigner(
    tx: TenantTx,
    ownerTenantId: string,
    signerId: string,
    status: 'signed' | 'declined',
    at: Date,
    reason: string | null,
  ): Promise<void> {
    await tx.query(
      `UPDATE convention_signer SET status = $3, acted_at = $4, decline_reason = $5
        WHERE tenant_id = $1 AND id = $2 AND status = 'pending'`,
      [ownerTenantId, signerId, status, at, reason],
    );
  }

  async cancelPending(tx: TenantTx, ownerTenantId: string, conventionId: string): Promise<void> {
    await tx.query(
      `UPDATE convention_signer SET status = 'cancelled'
        WHERE tenant_id = $1 AND convention_id = $2 AND status = 'pending'`,
      [ownerTenantId, conventionId],
    );
  }

  /** The caller's password hash, read in their own scope (a user always sees themself). */
  async passwordOf(
    tx: TenantTx,
    userId: string,
  ): Promise<{ email: string; passwordHash: string } | undefined> {
    const rows = await tx.query<{ email: string; password_hash: string; status: string }>(
      `SELECT email, password_hash, status FROM app_user WHERE id = $1`,
      [userId],
    );
    const row = rows[0];
    return row && row.status === 'active' ? { email: row.email, passwordHash: row.password_hash } : undefined;
  }
}
