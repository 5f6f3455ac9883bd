import { quantity } from '../resource.rules.js';
import type { AllocationStatus, ResourceUnit } from '../resource.types.js';

// What AllocationRepository reads and writes: the records, the columns and joins its reads share, and the
// mapping of a row.

export interface AllocationRecord {
  readonly id: string;
  readonly ownerTenantId: string;
  readonly ownerName: string;
  readonly resourceId: string;
  readonly resourceName: string;
  readonly unit: ResourceUnit;
  readonly requesterTenantId: string;
  readonly requesterName: string;
  readonly projectId: string;
  readonly requestedBy: string | null;
  readonly quantityRequested: string;
  readonly quantityApproved: string | null;
  readonly quantityUsed: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly periodStart: string;
  readonly justification: string;
  readonly termsVersion: number;
  readonly status: AllocationStatus;
  readonly needsRoot: boolean;
  readonly decisionReason: string | null;
  readonly decidedAt: Date | null;
  readonly rootDecidedAt: Date | null;
  readonly version: number;
  readonly createdAt: Date;
}

export interface NewAllocation {
  readonly tenantId: string;
  readonly id: string;
  readonly resourceId: string;
  readonly requesterTenantId: string;
  readonly projectId: string;
  readonly requestedBy: string;
  readonly quantity: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly periodStart: string;
  readonly justification: string;
  readonly termsVersion: number;
  readonly needsRoot: boolean;
}

/** What is left in a period, computed by PostgreSQL on numerics (never floats). */
export interface PeriodFigures {
  readonly capacity: string;
  readonly allocated: string;
  readonly remaining: string;
  readonly share: string | null;
  readonly tenantAllocated: string;
  readonly tenantRemaining: string | null;
  readonly fitsCapacity: boolean;
  readonly fitsShare: boolean;
}

export const COLUMNS = `a.id, a.tenant_id, o.name_fr AS owner_name, a.resource_id, r.name AS resource_name, r.unit,
  a.requester_tenant_id, q.name_fr AS requester_name, a.project_id, a.requested_by,
  a.quantity_requested::text, a.quantity_approved::text, a.quantity_used::text,
  a.starts_on::text, a.ends_on::text, a.period_start::text, a.justification, a.terms_version, a.status,
  a.needs_root, a.decision_reason, a.decided_at, a.root_decided_at, a.version, a.created_at`;
export const FROM = `resource_allocation a
  JOIN resource r ON r.tenant_id = a.tenant_id AND r.id = a.resource_id
  JOIN tenant o ON o.id = a.tenant_id
  JOIN tenant q ON q.id = a.requester_tenant_id`;

export interface Row {
  id: string;
  tenant_id: string;
  owner_name: string;
  resource_id: string;
  resource_name: string;
  unit: ResourceUnit;
  requester_tenant_id: string;
  requester_name: string;
  project_id: string;
  requested_by: string | null;
  quantity_requested: string;
  quantity_approved: string | null;
  quantity_used: string;
  starts_on: string;
  ends_on: string;
  period_start: string;
  justification: string;
  terms_version: number;
  status: AllocationStatus;
  needs_root: boolean;
  decision_reason: string | null;
  decided_at: Date | null;
  root_decided_at: Date | null;
  version: number;
  created_at: Date;
}

export function map(r: Row): AllocationRecord {
  return {
    id: r.id,
    ownerTenantId: r.tenant_id,
    ownerName: r.owner_name,
    resourceId: r.resource_id,
    resourceName: r.resource_name,
    unit: r.unit,
    requesterTenantId: r.requester_tenant_id,
    requesterName: r.requester_name,
    projectId: r.project_id,
    requestedBy: r.requested_by,
    quantityRequested: quantity(r.quantity_requested),
    quantityApproved: quantity(r.quantity_approved),
    quantityUsed: quantity(r.quantity_used),
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    periodStart: r.period_start,
    justification: r.justification,
    termsVersion: r.terms_version,
    status: r.status,
    needsRoot: r.needs_root,
    decisionReason: r.decision_reason,
    decidedAt: r.decided_at,
    rootDecidedAt: r.root_decided_at,
    version: r.version,
    createdAt: r.created_at,
  };
}

/** `visible`: everything the caller may read (a resource's allocations list); the others are the list's views. */
export type AllocationView = 'mine' | 'incoming' | 'awaiting-root' | 'all' | 'visible';
