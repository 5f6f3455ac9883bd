import { HttpStatus, Injectable } from '@nestjs/common';
import type { Actor } from '@jazari/access';
import type { DbContext, TenantKind, Tx } from '@jazari/database';
import { ProblemException } from '@jazari/http';

/** A convention as the signing and evidence routes need it, and what the caller is to it. */
export interface ConventionView {
  readonly id: string;
  readonly ownerTenantId: string;
  readonly ownerKind: TenantKind;
  readonly reference: string;
  readonly title: string;
  readonly type: string;
  readonly status: string;
  readonly activatedAt: Date | null;
  /** The caller belongs to the owning tenant. */
  readonly owner: boolean;
  /** The caller's tenant is a party to it. */
  readonly party: boolean;
}

export function conventionNotFound(): ProblemException {
  return new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such convention.');
}

/** The owner's scope, in which a party's acts are written once the service has checked the caller. */
export function ownerContext(convention: ConventionView, actor: Actor): DbContext {
  return { tenantId: convention.ownerTenantId, tenantKind: convention.ownerKind, userId: actor.userId };
}

/**
 * Who sees a convention: its owner, its parties, Root (the same rule as the RLS policies, named here so
 * the query routes by tenant and a convention the caller may not see is 404 on every route).
 */
@Injectable()
export class ConventionGate {
  async read(tx: Tx, actor: Actor, conventionId: string, lock = false): Promise<ConventionView> {
    const rows = await tx.query<{
      tenant_id: string;
      owner_kind: TenantKind;
      reference: string;
      title: string;
      type: string;
      status: string;
      activated_at: Date | null;
      party: boolean;
    }>(
      `SELECT c.tenant_id, t.kind AS owner_kind, c.reference, c.title, c.type, c.status, c.activated_at,
              EXISTS (SELECT 1 FROM convention_party cp
                       WHERE cp.tenant_id = c.tenant_id AND cp.convention_id = c.id
                         AND cp.party_tenant_id = $2) AS party
         FROM convention c
         JOIN tenant t ON t.id = c.tenant_id
        WHERE c.id = $1
          AND (c.tenant_id = $2 OR $3::text = 'root' OR EXISTS (
                SELECT 1 FROM convention_party cp
                 WHERE cp.tenant_id = c.tenant_id AND cp.convention_id = c.id AND cp.party_tenant_id = $2))` +
        (lock ? ' FOR UPDATE OF c' : ''),
      [conventionId, actor.tenantId, actor.tenantKind],
    );
    const row = rows[0];
    if (!row) throw conventionNotFound();
    return {
      id: conventionId,
      ownerTenantId: row.tenant_id,
      ownerKind: row.owner_kind,
      reference: row.reference,
      title: row.title,
      type: row.type,
      status: row.status,
      activatedAt: row.activated_at,
      owner: row.tenant_id === actor.tenantId,
      party: row.party,
    };
  }

  /** Re-reads the convention's status in the owner's scope, locking its row for the rest of the work. */
  async lockStatus(tx: Tx, ownerTenantId: string, conventionId: string): Promise<string> {
    const rows = await tx.query<{ status: string }>(
      `SELECT status FROM convention WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [ownerTenantId, conventionId],
    );
    if (!rows[0]) throw conventionNotFound();
    return rows[0].status;
  }
}
