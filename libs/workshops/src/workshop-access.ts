import { Injectable } from '@nestjs/common';
import type { Actor } from '@jazari/access';
import type { TenantContext, TenantKind, TenantTx } from '@jazari/database';
import { WorkshopProblems } from './workshop.problems.js';
import type { Audience, WorkshopStatus } from './workshop.types.js';

/** What a caller may do with one workshop, decided once per request. */
export interface WorkshopScope {
  readonly organiserTenantId: string;
  readonly organiserKind: TenantKind;
  readonly workshopId: string;
  /** As read (not locked): writers lock the row and check again. */
  readonly status: WorkshopStatus;
  readonly version: number;
  /** The caller's tenant organises or co-organises it. */
  readonly isOrganiser: boolean;
  /** Organiser or co-organiser, and the caller holds `workshops.manage`. */
  readonly canManage: boolean;
  /** The caller's tenant may register people: organiser, co-organiser, listed audience, or any for the network. */
  readonly inAudience: boolean;
}

/**
 * The access rules of workshops: the organiser and co-organisers read and (their managers) manage;
 * audience tenants read once published and register; the whole network for a network-wide one; Root
 * reads all. Anyone else gets 404 on every route. Visibility is RLS's answer in the caller's own scope.
 */
@Injectable()
export class WorkshopAccess {
  async read(tx: TenantTx, actor: Actor, workshopId: string): Promise<WorkshopScope> {
    const rows = await tx.query<{
      tenant_id: string;
      organiser_kind: TenantKind;
      status: WorkshopStatus;
      version: number;
      audience: Audience;
      role: 'co_organiser' | 'audience' | null;
    }>(
      `SELECT w.tenant_id, t.kind AS organiser_kind, w.status, w.version, w.audience,
              (SELECT p.role FROM workshop_tenant p
                WHERE p.tenant_id = w.tenant_id AND p.workshop_id = w.id AND p.participant_tenant_id = $2) AS role
         FROM workshop w JOIN tenant t ON t.id = w.tenant_id
        WHERE w.id = $1`,
      [workshopId, actor.tenantId],
    );
    const row = rows[0];
    if (!row) throw WorkshopProblems.notFound();
    const isOrganiser = row.tenant_id === actor.tenantId || row.role === 'co_organiser';
    return {
      organiserTenantId: row.tenant_id,
      organiserKind: row.organiser_kind,
      workshopId,
      status: row.status,
      version: row.version,
      isOrganiser,
      canManage: isOrganiser && actor.permissions.has('workshops.manage'),
      inAudience: isOrganiser || row.role === 'audience' || row.audience === 'network',
    };
  }

  /** Organisers' managers only: others who see the workshop get 403 `workshop-read-only`. */
  async manage(tx: TenantTx, actor: Actor, workshopId: string): Promise<WorkshopScope> {
    const scope = await this.read(tx, actor, workshopId);
    if (!scope.canManage) throw WorkshopProblems.readOnly();
    return scope;
  }
}

/**
 * The organiser's RLS scope, for `TransactionRunner.onBehalfOf`: the rows stay the organiser's, whoever
 * (a co-organiser, a registrant of another tenant) acts. Call it only once the caller has been checked.
 */
export function organiserScope(actor: Actor, scope: WorkshopScope): TenantContext {
  return { tenantId: scope.organiserTenantId, tenantKind: scope.organiserKind, userId: actor.userId };
}
