import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import { quantity } from '../resource.rules.js';
import type {
  ResourceKind,
  ResourcePeriod,
  ResourceStatus,
  ResourceUnit,
  ResourceVisibility,
} from '../resource.types.js';

export interface ResourceRecord {
  readonly id: string;
  readonly ownerTenantId: string;
  readonly ownerName: string;
  readonly kind: ResourceKind;
  readonly name: string;
  readonly description: string;
  readonly unit: ResourceUnit;
  readonly capacity: string;
  readonly period: ResourcePeriod;
  readonly regionCode: string;
  readonly visibility: ResourceVisibility;
  readonly status: ResourceStatus;
  readonly terms: string;
  readonly termsVersion: number;
  readonly defaultShare: string | null;
  readonly largeRequestThreshold: string | null;
  readonly bookable: boolean;
  readonly directBooking: boolean;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface ResourceFields {
  readonly kind: ResourceKind;
  readonly name: string;
  readonly description: string;
  readonly unit: ResourceUnit;
  readonly capacity: string;
  readonly period: ResourcePeriod;
  readonly regionCode: string;
  readonly visibility: ResourceVisibility;
  readonly status: ResourceStatus;
  readonly terms: string;
  readonly defaultShare: string | null;
  readonly largeRequestThreshold: string | null;
  readonly bookable: boolean;
  readonly directBooking: boolean;
}

export interface ResourceFilter {
  readonly kind?: ResourceKind;
  readonly ownerTenantId?: string;
  readonly regionCode?: string;
  readonly unit?: ResourceUnit;
  readonly status?: ResourceStatus;
  /** Folded search text. */
  readonly q?: string;
}

const COLUMNS = `r.id, r.tenant_id, t.name_fr AS owner_name, r.kind, r.name, r.description, r.unit, r.capacity::text,
  r.period, r.region_code, r.visibility, r.status, r.terms, r.terms_version, r.default_share::text,
  r.large_threshold::text, r.bookable, r.direct_booking, r.version, r.created_at, r.updated_at`;

interface Row {
  id: string;
  tenant_id: string;
  owner_name: string;
  kind: ResourceKind;
  name: string;
  description: string;
  unit: ResourceUnit;
  capacity: string;
  period: ResourcePeriod;
  region_code: string;
  visibility: ResourceVisibility;
  status: ResourceStatus;
  terms: string;
  terms_version: number;
  default_share: string | null;
  large_threshold: string | null;
  bookable: boolean;
  direct_booking: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

function map(r: Row): ResourceRecord {
  return {
    id: r.id,
    ownerTenantId: r.tenant_id,
    ownerName: r.owner_name,
    kind: r.kind,
    name: r.name,
    description: r.description,
    unit: r.unit,
    capacity: quantity(r.capacity),
    period: r.period,
    regionCode: r.region_code,
    visibility: r.visibility,
    status: r.status,
    terms: r.terms,
    termsVersion: r.terms_version,
    defaultShare: quantity(r.default_share),
    largeRequestThreshold: quantity(r.large_threshold),
    bookable: r.bookable,
    directBooking: r.direct_booking,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** SQL of the catalogue: resources, their listed viewers and their fair shares. */
@Injectable()
export class ResourceRepository {
  async tenantRegion(tx: TenantTx, tenantId: string): Promise<string> {
    const rows = await tx.query<{ region_code: string | null }>(
      `SELECT region_code FROM tenant WHERE id = $1`,
      [tenantId],
    );
    return rows[0]?.region_code ?? 'MA-04';
  }

  async regionExists(tx: TenantTx, code: string): Promise<boolean> {
    return (await tx.query(`SELECT 1 FROM region WHERE code = $1`, [code])).length > 0;
  }

  /** The ids among `ids` that are active tenants (listed viewers, share holders). */
  async activeTenants(tx: TenantTx, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await tx.query<{ id: string }>(
      `SELECT id FROM tenant WHERE id = ANY($1::uuid[]) AND status = 'active'`,
      [ids],
    );
    return rows.map((r) => r.id);
  }

  async insert(
    tx: TenantTx,
    tenantId: string,
    id: string,
    fields: ResourceFields,
    createdBy: string | null,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO resource (tenant_id, id, kind, name, description, unit, capacity, period, region_code,
                             visibility, status, terms, default_share, large_threshold, bookable, direct_booking, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [
        tenantId,
        id,
        fields.kind,
        fields.name,
        fields.description,
        fields.unit,
        fields.capacity,
        fields.period,
        fields.regionCode,
        fields.visibility,
        fields.status,
        fields.terms,
        fields.defaultShare,
        fields.largeRequestThreshold,
        fields.bookable,
        fields.directBooking,
        createdBy,
      ],
    );
  }

  /** The resource, locked: edits, approvals and Root's decisions on it happen one after the other. */
  async lock(tx: TenantTx, tenantId: string, id: string): Promise<ResourceRecord | undefined> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM resource r JOIN tenant t ON t.id = r.tenant_id
        WHERE r.tenant_id = $1 AND r.id = $2 FOR UPDATE OF r`,
      [tenantId, id],
    );
    return rows[0] && map(rows[0]);
  }

  async get(tx: TenantTx, tenantId: string, id: string): Promise<ResourceRecord | undefined> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM resource r JOIN tenant t ON t.id = r.tenant_id WHERE r.tenant_id = $1 AND r.id = $2`,
      [tenantId, id],
    );
    return rows[0] && map(rows[0]);
  }

  async update(
    tx: TenantTx,
    tenantId: string,
    id: string,
    fields: ResourceFields,
    termsVersion: number,
    version: number,
  ): Promise<void> {
    await tx.query(
      `UPDATE resource SET name = $3, description = $4, capacity = $5, period = $6, region_code = $7,
              visibility = $8, status = $9, terms = $10, terms_version = $11, default_share = $12,
              large_threshold = $13, bookable = $14, direct_booking = $15, version = $16, updated_at = now()
        WHERE tenant_id = $1 AND id = $2`,
      [
        tenantId,
        id,
        fields.name,
        fields.description,
        fields.capacity,
        fields.period,
        fields.regionCode,
        fields.visibility,
        fields.status,
        fields.terms,
        termsVersion,
        fields.defaultShare,
        fields.largeRequestThreshold,
        fields.bookable,
        fields.directBooking,
        version,
      ],
    );
  }

  async viewers(tx: TenantTx, tenantId: string, id: string): Promise<string[]> {
    const rows = await tx.query<{ viewer_tenant_id: string }>(
      `SELECT viewer_tenant_id FROM resource_visibility WHERE tenant_id = $1 AND resource_id = $2
        ORDER BY viewer_tenant_id`,
      [tenantId, id],
    );
    return rows.map((r) => r.viewer_tenant_id);
  }

  async replaceViewers(
    tx: TenantTx,
    tenantId: string,
    id: string,
    viewers: readonly string[],
  ): Promise<void> {
    await tx.query(`DELETE FROM resource_visibility WHERE tenant_id = $1 AND resource_id = $2`, [
      tenantId,
      id,
    ]);
    if (viewers.length === 0) return;
    await tx.query(
      `INSERT INTO resource_visibility (tenant_id, resource_id, viewer_tenant_id)
       SELECT $1, $2, unnest($3::uuid[])`,
      [tenantId, id, viewers],
    );
  }

  async shares(
    tx: TenantTx,
    tenantId: string,
    id: string,
  ): Promise<{ tenantId: string; tenantName: string; quantity: string }[]> {
    const rows = await tx.query<{ share_tenant_id: string; name_fr: string; quantity: string }>(
      `SELECT s.share_tenant_id, t.name_fr, s.quantity::text FROM resource_share s
         JOIN tenant t ON t.id = s.share_tenant_id
        WHERE s.tenant_id = $1 AND s.resource_id = $2 ORDER BY t.name_fr, s.share_tenant_id`,
      [tenantId, id],
    );
    return rows.map((r) => ({
      tenantId: r.share_tenant_id,
      tenantName: r.name_fr,
      quantity: quantity(r.quantity),
    }));
  }

  async replaceShares(
    tx: TenantTx,
    tenantId: string,
    id: string,
    shares: readonly { tenantId: string; quantity: string }[],
  ): Promise<void> {
    await tx.query(`DELETE FROM resource_share WHERE tenant_id = $1 AND resource_id = $2`, [tenantId, id]);
    if (shares.length === 0) return;
    await tx.query(
      `INSERT INTO resource_share (tenant_id, resource_id, share_tenant_id, quantity)
       SELECT $1, $2, s.tenant_id, s.quantity
         FROM unnest($3::uuid[], $4::numeric[]) AS s(tenant_id, quantity)`,
      [tenantId, id, shares.map((s) => s.tenantId), shares.map((s) => s.quantity)],
    );
  }

  /** The catalogue the caller sees, newest first, `limit + 1` rows from before `cursor`. */
  async list(
    tx: TenantTx,
    callerTenantId: string,
    callerKind: string,
    filter: ResourceFilter,
    cursor: string | null,
    limit: number,
  ): Promise<ResourceRecord[]> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM resource r JOIN tenant t ON t.id = r.tenant_id
        WHERE (r.tenant_id = $1 OR $2::text = 'root' OR r.visibility = 'network'
               OR EXISTS (SELECT 1 FROM resource_visibility v
                           WHERE v.tenant_id = r.tenant_id AND v.resource_id = r.id AND v.viewer_tenant_id = $1))
          AND ($3::text IS NULL OR r.kind = $3)
          AND ($4::uuid IS NULL OR r.tenant_id = $4)
          AND ($5::text IS NULL OR r.region_code = $5)
          AND ($6::text IS NULL OR r.unit = $6)
          AND ($7::text IS NULL OR r.status = $7)
          AND ($8::text IS NULL OR r.search LIKE '%' || $8 || '%')
          AND ($9::uuid IS NULL OR r.id < $9)
        ORDER BY r.id DESC LIMIT $10`,
      [
        callerTenantId,
        callerKind,
        filter.kind ?? null,
        filter.ownerTenantId ?? null,
        filter.regionCode ?? null,
        filter.unit ?? null,
        filter.status ?? null,
        filter.q ?? null,
        cursor,
        limit + 1,
      ],
    );
    return rows.map(map);
  }

  /** `jazari_fold` of a search text, as PostgreSQL folds the `search` column. */
  async fold(tx: TenantTx, text: string): Promise<string> {
    const rows = await tx.query<{ folded: string }>(`SELECT jazari_fold($1) AS folded`, [text]);
    return rows[0]?.folded ?? text;
  }
}
