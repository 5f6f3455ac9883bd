import { Injectable } from '@nestjs/common';
import type { Role } from '@jazari/access';
import type { TenantKind, TenantTx } from '@jazari/database';

export interface InvitationRow {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly invitedBy: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly acceptedAt: Date | null;
  readonly acceptedUserId: string | null;
  readonly revokedAt: Date | null;
  readonly recordedAt: Date | null;
}

export interface InvitationPreviewRow extends InvitationRow {
  readonly kind: TenantKind;
  readonly slug: string;
  readonly names: { readonly fr: string; readonly ar: string; readonly en: string };
}

export interface InvitationForAcceptance extends InvitationRow {
  readonly kind: TenantKind;
  readonly slug: string;
  readonly tenantStatus: string;
}

const COLUMNS = `i.id, i.email, i.role, i.invited_by, i.created_at, i.expires_at, i.accepted_at, i.accepted_user_id,
                 i.revoked_at, i.recorded_at`;

type Row = {
  id: string;
  email: string;
  role: Role;
  invited_by: string;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  accepted_user_id: string | null;
  revoked_at: Date | null;
  recorded_at: Date | null;
};

const toInvitation = (r: Row): InvitationRow => ({
  id: r.id,
  email: r.email,
  role: r.role,
  invitedBy: r.invited_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  acceptedAt: r.accepted_at,
  acceptedUserId: r.accepted_user_id,
  revokedAt: r.revoked_at,
  recordedAt: r.recorded_at,
});

@Injectable()
export class InvitationRepository {
  /** An open invitation past its date no longer blocks a new one for the same person. */
  async closeExpired(tx: TenantTx, tenantId: string, email: string): Promise<void> {
    await tx.query(
      `UPDATE invitation SET revoked_at = now()
        WHERE tenant_id = $1 AND email = $2 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at <= now()`,
      [tenantId, email],
    );
  }

  async insert(
    tx: TenantTx,
    invitation: {
      tenantId: string;
      id: string;
      email: string;
      role: Role;
      invitedBy: string;
      expiresAt: Date;
    },
  ): Promise<InvitationRow> {
    const rows = await tx.query<Row>(
      `INSERT INTO invitation AS i (tenant_id, id, email, role, invited_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [
        invitation.tenantId,
        invitation.id,
        invitation.email,
        invitation.role,
        invitation.invitedBy,
        invitation.expiresAt,
      ],
    );
    return toInvitation(rows[0]);
  }

  async isMember(tx: TenantTx, tenantId: string, email: string): Promise<boolean> {
    const rows = await tx.query(
      `SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.tenant_id = $1 AND u.email = $2`,
      [tenantId, email],
    );
    return rows.length > 0;
  }

  async list(tx: TenantTx, tenantId: string, after: string | null, limit: number): Promise<InvitationRow[]> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM invitation i
        WHERE i.tenant_id = $1 AND ($2::uuid IS NULL OR i.id < $2::uuid)
        ORDER BY i.id DESC LIMIT $3`,
      [tenantId, after, limit],
    );
    return rows.map(toInvitation);
  }

  async find(tx: TenantTx, tenantId: string, id: string): Promise<InvitationRow | undefined> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM invitation i WHERE i.tenant_id = $1 AND i.id = $2`,
      [tenantId, id],
    );
    return rows[0] && toInvitation(rows[0]);
  }

  async findForAcceptance(
    tx: TenantTx,
    tenantId: string,
    id: string,
  ): Promise<InvitationForAcceptance | undefined> {
    const rows = await tx.query<Row & { kind: TenantKind; slug: string; status: string }>(
      `SELECT ${COLUMNS}, t.kind, t.slug, t.status
         FROM invitation i JOIN tenant t ON t.id = i.tenant_id
        WHERE i.tenant_id = $1 AND i.id = $2
          FOR UPDATE OF i`,
      [tenantId, id],
    );
    const r = rows[0];
    return r && { ...toInvitation(r), kind: r.kind, slug: r.slug, tenantStatus: r.status };
  }

  /**
   * The open invitation of an address to a tenant (not accepted, revoked or past its date), locked: a
   * single sign-on with that verified address accepts it, once.
   */
  async openFor(tx: TenantTx, tenantId: string, email: string): Promise<InvitationRow | undefined> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM invitation i
        WHERE i.tenant_id = $1 AND i.email = $2 AND i.accepted_at IS NULL AND i.revoked_at IS NULL
          AND i.expires_at > now()
        ORDER BY i.created_at DESC LIMIT 1
          FOR UPDATE OF i`,
      [tenantId, email],
    );
    return rows[0] && toInvitation(rows[0]);
  }

  /** What the invitation page shows before the person accepts: no lock, nothing changed. */
  async findForPreview(
    tx: TenantTx,
    tenantId: string,
    id: string,
  ): Promise<InvitationPreviewRow | undefined> {
    const rows = await tx.query<
      Row & { kind: TenantKind; slug: string; name_fr: string; name_ar: string; name_en: string }
    >(
      `SELECT ${COLUMNS}, t.kind, t.slug, t.name_fr, t.name_ar, t.name_en
         FROM invitation i JOIN tenant t ON t.id = i.tenant_id
        WHERE i.tenant_id = $1 AND i.id = $2`,
      [tenantId, id],
    );
    const r = rows[0];
    return (
      r && {
        ...toInvitation(r),
        kind: r.kind,
        slug: r.slug,
        names: { fr: r.name_fr, ar: r.name_ar, en: r.name_en },
      }
    );
  }

  async revoke(tx: TenantTx, tenantId: string, id: string): Promise<boolean> {
    const rows = await tx.query(
      `UPDATE invitation SET revoked_at = now()
        WHERE tenant_id = $1 AND id = $2 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING id`,
      [tenantId, id],
    );
    return rows.length > 0;
  }

  async markAccepted(tx: TenantTx, tenantId: string, id: string, userId: string): Promise<void> {
    await tx.query(
      `UPDATE invitation SET accepted_at = now(), accepted_user_id = $3 WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id, userId],
    );
  }

  /** The job's effect until notifications exist: the invitation is on record as sent. Idempotent. */
  async markRecorded(tx: TenantTx, tenantId: string, id: string): Promise<InvitationRow | undefined> {
    const rows = await tx.query<Row>(
      `UPDATE invitation i SET recorded_at = now()
        WHERE i.tenant_id = $1 AND i.id = $2 AND i.recorded_at IS NULL
          AND i.accepted_at IS NULL AND i.revoked_at IS NULL
        RETURNING ${COLUMNS}`,
      [tenantId, id],
    );
    return rows[0] && toInvitation(rows[0]);
  }

  async insertUser(
    tx: TenantTx,
    user: { id: string; email: string; displayName: string; locale: string; passwordHash: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO app_user (id, email, display_name, locale, password_hash) VALUES ($1, $2, $3, $4, $5)`,
      [user.id, user.email, user.displayName, user.locale, user.passwordHash],
    );
  }
}
