import { HttpStatus, Injectable } from '@nestjs/common';
import type { Actor } from '@jazari/access';
import type { TenantContext, TenantKind, TenantTx } from '@jazari/database';
import { ProblemException } from '@jazari/http';
import type { ConventionStatus, ConventionType } from './convention.types.js';

/** What a caller may do with one convention, decided once per request. */
export interface ConventionScope {
  /** The owning tenant (Root or an institute): every query on the convention's rows names it. */
  readonly ownerTenantId: string;
  readonly ownerKind: TenantKind;
  readonly conventionId: string;
  readonly reference: string;
  readonly title: string;
  readonly type: ConventionType;
  /** As read (not locked): writers lock the row and check again. */
  readonly status: ConventionStatus;
  readonly version: number;
  readonly activatedAt: Date | null;
  /** The caller's tenant owns the convention. */
  readonly isOwner: boolean;
  /** The caller's tenant is one of its parties (the owner always is). */
  readonly isParty: boolean;
  /** The caller's tenant, when it is a party. */
  readonly partyTenantId?: string;
  /** The owner's managers: `conventions.manage` in the owning tenant. */
  readonly canManage: boolean;
}

export function conventionNotFound(): ProblemException {
  return new ProblemException(HttpStatus.NOT_FOUND, 'not-found', 'Not found', 'No such convention.');
}

function readOnly(detail: string): ProblemException {
  return new ProblemException(
    HttpStatus.FORBIDDEN,
    'convention-read-only',
    'You can read this convention, not change it',
    detail,
  );
}

/**
 * The RLS scope of the convention's owner, for `TransactionRunner.onBehalfOf`: a party's acts (signing,
 * declining, marking an obligation met) are written in the owner's scope, so the rows stay the owner's.
 * Call it only after deciding, with this scope, that the caller may act.
 */
export function ownerScope(actor: Actor, scope: ConventionScope): TenantContext {
  return { tenantId: scope.ownerTenantId, tenantKind: scope.ownerKind, userId: actor.userId };
}

/**
 * The access rules of conventions, in one place: the owner (Root or an institute) reads and, through its
 * managers, changes them; each party reads the conventions it is a party to; Root reads all. A tenant
 * that is none of these gets 404 on every route, whatever the route.
 */
@Injectable()
export class ConventionAccess {
  async read(tx: TenantTx, actor: Actor, conventionId: string): Promise<ConventionScope> {
    const rows = await tx.query<{
      tenant_id: string;
      owner_kind: TenantKind;
      reference: string;
      title: string;
      type: ConventionType;
      status: ConventionStatus;
      version: number;
      activated_at: Date | null;
      is_party: boolean;
    }>(
      `SELECT c.tenant_id, t.kind AS owner_kind, c.reference, c.title, c.type, c.status, c.version,
              c.activated_at,
              EXISTS (SELECT 1 FROM convention_party p
                       WHERE p.tenant_id = c.tenant_id AND p.convention_id = c.id AND p.party_tenant_id = $2) AS is_party
         FROM convention c
         JOIN tenant t ON t.id = c.tenant_id
        WHERE c.id = $1
          AND (c.tenant_id = $2 OR $3::text = 'root'
               OR EXISTS (SELECT 1 FROM convention_party p
                           WHERE p.tenant_id = c.tenant_id AND p.convention_id = c.id AND p.party_tenant_id = $2))`,
      [conventionId, actor.tenantId, actor.tenantKind],
    );
    const row = rows[0];
    if (!row) throw conventionNotFound();
    const isOwner = row.tenant_id === actor.tenantId;
    return {
      ownerTenantId: row.tenant_id,
      ownerKind: row.owner_kind,
      conventionId,
      reference: row.reference,
      title: row.title,
      type: row.type,
      status: row.status,
      version: row.version,
      activatedAt: row.activated_at,
      isOwner,
      isParty: row.is_party,
      ...(row.is_party ? { partyTenantId: actor.tenantId } : {}),
      canManage: isOwner && actor.permissions.has('conventions.manage'),
    };
  }

  /** The owner's managers only: others who see the convention get 403 `convention-read-only`. */
  async manage(
    tx: TenantTx,
    actor: Actor,
    conventionId: string,
    detail = "Only the owner's managers change a convention.",
  ): Promise<ConventionScope> {
    const scope = await this.read(tx, actor, conventionId);
    if (!scope.canManage) {
      throw readOnly(scope.isOwner ? detail : 'Only the tenant that owns a convention changes it.');
    }
    return scope;
  }

  /** A party of the convention (the owner is one): others who see it (Root) get 403 `convention-read-only`. */
  async party(tx: TenantTx, actor: Actor, conventionId: string): Promise<ConventionScope> {
    const scope = await this.read(tx, actor, conventionId);
    if (!scope.isParty) throw readOnly('Only the parties to a convention act on it.');
    return scope;
  }
}
