import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';

export interface SessionRow {
  readonly id: string;
  readonly tenantId: string;
  readonly tenantSlug: string;
  readonly tenantNames: { readonly fr: string; readonly ar: string; readonly en: string };
  readonly userId: string;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly createdAt: Date;
  readonly lastUsedAt: Date;
  readonly expiresAt: Date;
}

const COLUMNS = `s.id, s.tenant_id, t.slug, t.name_fr, t.name_ar, t.name_en, s.user_id, s.ip, s.user_agent,
                 s.created_at, s.last_used_at, s.expires_at`;

interface Raw {
  id: string;
  tenant_id: string;
  slug: string;
  name_fr: string;
  name_ar: string;
  name_en: string;
  user_id: string;
  ip: string | null;
  user_agent: string | null;
  created_at: Date;
  last_used_at: Date;
  expires_at: Date;
}

function map(r: Raw): SessionRow {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    tenantSlug: r.slug,
    tenantNames: { fr: r.name_fr, ar: r.name_ar, en: r.name_en },
    userId: r.user_id,
    ip: r.ip,
    userAgent: r.user_agent,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    expiresAt: r.expires_at,
  };
}

/** Live sessions (not ended, not expired), most recently used first. SQL only; SessionService holds the rules. */
@Injectable()
export class SessionRepository {
  /** Needs the user in the transaction's scope: their sessions in every tenant. */
  async liveOfUser(tx: TenantTx, userId: string): Promise<SessionRow[]> {
    const rows = await tx.query<Raw>(
      `SELECT ${COLUMNS} FROM auth_session s JOIN tenant t ON t.id = s.tenant_id
        WHERE s.user_id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
        ORDER BY s.last_used_at DESC, s.id`,
      [userId],
    );
    return rows.map(map);
  }

  /** A member's live sessions in one tenant. */
  async liveOfMember(tx: TenantTx, tenantId: string, userId: string): Promise<SessionRow[]> {
    const rows = await tx.query<Raw>(
      `SELECT ${COLUMNS} FROM auth_session s JOIN tenant t ON t.id = s.tenant_id
        WHERE s.tenant_id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()
        ORDER BY s.last_used_at DESC, s.id`,
      [tenantId, userId],
    );
    return rows.map(map);
  }

  /** Ends one live session of a user (in `tenantId` when given); answers whether one was ended. */
  async end(
    tx: TenantTx,
    userId: string,
    sessionId: string,
    tenantId: string | null,
    reason: string,
  ): Promise<boolean> {
    const rows = await tx.query(
      `UPDATE auth_session SET revoked_at = now(), revoked_reason = $4
        WHERE id = $2 AND user_id = $1 AND ($3::uuid IS NULL OR tenant_id = $3::uuid)
          AND revoked_at IS NULL AND expires_at > now()
        RETURNING id`,
      [userId, sessionId, tenantId, reason],
    );
    return rows.length > 0;
  }
}
