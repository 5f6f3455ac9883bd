import { Injectable } from '@nestjs/common';
import type { Actor } from '@jazari/access';
import type { TenantContext, TenantKind, TenantTx } from '@jazari/database';
import { ResourceProblems } from './resource.problems.js';
import type { AllocationStatus, ResourcePeriod, ResourceStatus, ResourceUnit } from './resource.types.js';

/** What a caller may do with one resource, decided once per request. */
export interface ResourceScope {
  readonly ownerTenantId: string;
  readonly ownerKind: TenantKind;
  readonly resourceId: string;
  readonly name: string;
  readonly unit: ResourceUnit;
  readonly period: ResourcePeriod;
  readonly status: ResourceStatus;
  readonly termsVersion: number;
  readonly bookable: boolean;
  readonly directBooking: boolean;
  readonly version: number;
  readonly isOwner: boolean;
  /** The owner's managers (`resources.manage` in the owning tenant). */
  readonly canManage: boolean;
  readonly isRoot: boolean;
}

/** One allocation as its access check reads it. */
export interface AllocationScope {
  readonly ownerTenantId: string;
  readonly ownerKind: TenantKind;
  readonly allocationId: string;
  readonly resourceId: string;
  readonly resourceName: string;
  readonly unit: ResourceUnit;
  readonly requesterTenantId: string;
  readonly status: AllocationStatus;
  readonly isOwner: boolean;
  readonly isRequester: boolean;
  readonly canManage: boolean;
  readonly isRoot: boolean;
}

/**
 * The RLS scope of the resource's owner, for `TransactionRunner.onBehalfOf`: requesters' acts (a request,
 * a booking, a usage record) and Root's (approving a large request, setting a share) are written as rows
 * of the owner. Call it only after deciding, with a scope above, that the caller may act.
 */
export function ownerContext(
  actor: Actor,
  scope: { ownerTenantId: string; ownerKind: TenantKind },
): TenantContext {
  return { tenantId: scope.ownerTenantId, tenantKind: scope.ownerKind, userId: actor.userId };
}

/**
 * Who sees and changes resources, in one place: the owner reads and (its managers) changes them; a
 * tenant the resource is visible to (the whole network, or listed) reads it, requests and books; Root
 * reads everything. Anyone else gets 404 on every route, whatever it is. Allocations are read by the
 * owner, the requesting tenant and Root.
 */
@Injectable()
export class ResourceAccess {
  async read(tx: TenantTx, actor: Actor, resourceId: string): Promise<ResourceScope> {
    const rows = await tx.query<{
      tenant_id: string;
      owner_kind: TenantKind;
      name: string;
      unit: ResourceUnit;
      period: ResourcePeriod;
      status: ResourceStatus;
      terms_version: number;
      bookable: boolean;
      direct_booking: boolean;
      version: number;
    }>(
      `SELECT r.tenant_id, t.kind AS owner_kind, r.name, r.unit, r.period, r.status, r.terms_version,
              r.bookable, r.direct_booking, r.version
         FROM resource r
         JOIN tenant t ON t.id = r.tenant_id
        WHERE r.id = $1
          AND (r.tenant_id = $2 OR $3::text = 'root' OR r.visibility = 'network'
               OR EXISTS (SELECT 1 FROM resource_visibility v
                           WHERE v.tenant_id = r.tenant_id AND v.resource_id = r.id AND v.viewer_tenant_id = $2))`,
      [resourceId, actor.tenantId, actor.tenantKind],
    );
    const row = rows[0];
    if (!row) throw ResourceProblems.resourceNotFound();
    const isOwner = row.tenant_id === actor.tenantId;
    return {
      ownerTenantId: row.tenant_id,
      ownerKind: row.owner_kind,
      resourceId,
      name: row.name,
      unit: row.unit,
      period: row.period,
      status: row.status,
      termsVersion: row.terms_version,
      bookable: row.bookable,
      directBooking: row.direct_booking,
      version: row.version,
      isOwner,
      canManage: isOwner && actor.permissions.has('resources.manage'),
      isRoot: actor.tenantKind === 'root',
    };
  }

  /** The owner's managers only: others who see the resource get 403 `resource-read-only`. */
  async manage(tx: TenantTx, actor: Actor, resourceId: string): Promise<ResourceScope> {
    const scope = await this.read(tx, actor, resourceId);
    if (!scope.canManage) {
      throw ResourceProblems.readOnly(
        scope.isOwner
          ? "Only the owner's managers change a resource."
          : 'Only the tenant that owns a resource changes it.',
      );
    }
    return scope;
  }

  /** The owner's managers, or Root's network admins (fair shares are set by either). */
  async manageOrRoot(tx: TenantTx, actor: Actor, resourceId: string): Promise<ResourceScope> {
    const scope = await this.read(tx, actor, resourceId);
    if (scope.canManage) return scope;
    if (scope.isRoot && actor.permissions.has('resources.approve_large')) return scope;
    throw ResourceProblems.readOnly("Only the owner's managers or Root set this.");
  }

  async allocation(tx: TenantTx, actor: Actor, allocationId: string): Promise<AllocationScope> {
    const rows = await tx.query<{
      tenant_id: string;
      owner_kind: TenantKind;
      resource_id: string;
      name: string;
      unit: ResourceUnit;
      requester_tenant_id: string;
      status: AllocationStatus;
    }>(
      `SELECT a.tenant_id, t.kind AS owner_kind, a.resource_id, r.name, r.unit, a.requester_tenant_id, a.status
         FROM resource_allocation a
         JOIN resource r ON r.tenant_id = a.tenant_id AND r.id = a.resource_id
         JOIN tenant t ON t.id = a.tenant_id
        WHERE a.id = $1
          AND (a.tenant_id = $2 OR a.requester_tenant_id = $2 OR $3::text = 'root')`,
      [allocationId, actor.tenantId, actor.tenantKind],
    );
    const row = rows[0];
    if (!row) throw ResourceProblems.allocationNotFound();
    const isOwner = row.tenant_id === actor.tenantId;
    return {
      ownerTenantId: row.tenant_id,
      ownerKind: row.owner_kind,
      allocationId,
      resourceId: row.resource_id,
      resourceName: row.name,
      unit: row.unit,
      requesterTenantId: row.requester_tenant_id,
      status: row.status,
      isOwner,
      isRequester: row.requester_tenant_id === actor.tenantId,
      canManage: isOwner && actor.permissions.has('resources.manage'),
      isRoot: actor.tenantKind === 'root',
    };
  }
}
