import { Injectable } from '@nestjs/common';
import type { Actor } from '@jazari/access';
import type { TenantTx } from '@jazari/database';
import { nextDeadline } from './convention.rules.js';
import type {
  ConventionListFilter,
  ConventionListItem,
  ConventionStatus,
  ConventionType,
} from '../convention.types.js';

interface ListRow {
  id: string;
  tenant_id: string;
  owner_kind: string;
  owner_slug: string;
  owner_name: string;
  reference: string;
  title: string;
  type: ConventionType;
  status: ConventionStatus;
  signing_deadline: string | null;
  expiry_date: string | null;
  updated_at: Date;
  parties: { id: string; name: string; roleLabel: string }[];
}

/**
 * The views: `mine` — owned by the caller's tenant or naming it as a party; `awaiting-my-signature` — out
 * for signature with a pending signer row for the caller (for the tenant they are signed in to) in the
 * current step, the lowest step that still has pending signers; `all` — every convention (Root only, which
 * the service checks). Newest first (ids are UUID v7), after the cursor's id.
 */
const VIEW_CONDITION = `
  CASE $3::text
    WHEN 'all' THEN true
    WHEN 'awaiting-my-signature' THEN c.status = 'out_for_signature' AND EXISTS (
      SELECT 1 FROM convention_signer s
       WHERE s.tenant_id = c.tenant_id AND s.convention_id = c.id AND s.user_id = $2::uuid
         AND s.party_tenant_id = $1 AND s.status = 'pending'
         AND s.step = (SELECT min(s2.step) FROM convention_signer s2
                        WHERE s2.tenant_id = c.tenant_id AND s2.convention_id = c.id AND s2.status = 'pending'))
    ELSE c.tenant_id = $1 OR EXISTS (
      SELECT 1 FROM convention_party p
       WHERE p.tenant_id = c.tenant_id AND p.convention_id = c.id AND p.party_tenant_id = $1)
  END`;

@Injectable()
export class ConventionListRepository {
  async list(
    tx: TenantTx,
    actor: Actor,
    filter: ConventionListFilter,
    afterId: string | null,
    limit: number,
  ): Promise<ConventionListItem[]> {
    const rows = await tx.query<ListRow>(
      `SELECT c.id, c.tenant_id, o.kind AS owner_kind, o.slug AS owner_slug, o.legal_name AS owner_name,
              c.reference, c.title, c.type, c.status, c.signing_deadline::text AS signing_deadline,
              c.expiry_date::text AS expiry_date, c.updated_at,
              COALESCE((SELECT jsonb_agg(jsonb_build_object('id', t.id, 'name', t.legal_name, 'roleLabel', p.role_label)
                                         ORDER BY p.position, t.id)
                          FROM convention_party p JOIN tenant t ON t.id = p.party_tenant_id
                         WHERE p.tenant_id = c.tenant_id AND p.convention_id = c.id), '[]') AS parties
         FROM convention c
         JOIN tenant o ON o.id = c.tenant_id
        WHERE (${VIEW_CONDITION})
          AND ($4::text IS NULL OR c.status = $4)
          AND ($5::text IS NULL OR c.type = $5)
          AND ($6::uuid IS NULL OR c.id < $6::uuid)
        ORDER BY c.id DESC
        LIMIT $7`,
      [actor.tenantId, actor.userId, filter.view, filter.status ?? null, filter.type ?? null, afterId, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      owner: { id: r.tenant_id, kind: r.owner_kind, slug: r.owner_slug, name: r.owner_name },
      reference: r.reference,
      title: r.title,
      type: r.type,
      status: r.status,
      parties: r.parties,
      nextDeadline: nextDeadline(r.status, r.signing_deadline, r.expiry_date),
      updatedAt: r.updated_at,
    }));
  }
}
