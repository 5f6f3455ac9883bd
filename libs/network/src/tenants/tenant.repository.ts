import { Injectable } from '@nestjs/common';
import type { TenantKind, TenantTx } from '@jazari/database';
import type { NewTenant, Tenant, TenantFilter, TenantProfile, TenantStatus } from '../tenant.types.js';
import { regionOfRow } from '../regions/region-of-row.js';

interface TenantRow {
  id: string;
  kind: TenantKind;
  slug: string;
  legal_name: string;
  name_fr: string;
  name_ar: string;
  name_en: string;
  status: TenantStatus;
  region_code: string | null;
  region_name_fr: string | null;
  region_name_ar: string | null;
  region_name_en: string | null;
  city: string | null;
  host_organisation: string | null;
  created_at: Date;
  updated_at: Date;
}

const SELECT_TENANT = `
  SELECT t.id, t.kind, t.slug, t.legal_name, t.name_fr, t.name_ar, t.name_en, t.status,
         t.region_code, r.name_fr AS region_name_fr, r.name_ar AS region_name_ar, r.name_en AS region_name_en,
         t.city, t.host_organisation, t.created_at, t.updated_at
    FROM tenant t
    LEFT JOIN region r ON r.code = t.region_code`;

/** `q` as a LIKE pattern that matches it literally anywhere (`%` and `_` in it are not wildcards). */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The tenant directory. `tenant` is a global table (no `tenant_id`): RLS lets every tenant read it and
 * only Root write it, and the runtime role may update only the profile columns and `status`.
 */
@Injectable()
export class TenantRepository {
  /** One page ordered by id, starting after `afterId`; asks for `limit` rows. */
  async list(tx: TenantTx, filter: TenantFilter, afterId: string | null, limit: number): Promise<Tenant[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.kind) where.push(`t.kind = ${param(filter.kind)}`);
    if (filter.status) where.push(`t.status = ${param(filter.status)}`);
    if (filter.regionCode) where.push(`t.region_code = ${param(filter.regionCode)}`);
    if (filter.q) {
      const q = param(containsPattern(filter.q));
      where.push(
        `(t.slug ILIKE ${q} OR t.legal_name ILIKE ${q} OR t.name_fr ILIKE ${q} OR t.name_ar ILIKE ${q} OR t.name_en ILIKE ${q})`,
      );
    }
    if (afterId) where.push(`t.id > ${param(afterId)}`);
    const sql =
      SELECT_TENANT +
      (where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '') +
      ` ORDER BY t.id LIMIT ${param(limit)}`;
    const rows = await tx.query<TenantRow>(sql, params);
    return rows.map(toTenant);
  }

  /** `lock` takes the row lock an edit needs, so concurrent edits see each other's result. */
  async findById(tx: TenantTx, id: string, options: { lock?: boolean } = {}): Promise<Tenant | undefined> {
    const rows = await tx.query<TenantRow>(
      `${SELECT_TENANT} WHERE t.id = $1${options.lock ? ' FOR UPDATE OF t' : ''}`,
      [id],
    );
    return rows[0] ? toTenant(rows[0]) : undefined;
  }

  /** Inserts an active tenant; false when the slug is already taken (nothing is written then). */
  async insert(tx: TenantTx, id: string, tenant: NewTenant): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO tenant (id, kind, slug, legal_name, name_fr, name_ar, name_en, status, region_code, city, host_organisation)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'active', $8, $9, $10)
       ON CONFLICT (slug) DO NOTHING
       RETURNING id`,
      [
        id,
        tenant.kind,
        tenant.slug,
        tenant.legalName,
        tenant.names.fr,
        tenant.names.ar,
        tenant.names.en,
        tenant.regionCode,
        tenant.city,
        tenant.hostOrganisation,
      ],
    );
    return rows.length === 1;
  }

  /**
   * The network's one Root (no route creates it: `npm start`'s demo seed, or an operator provisioning a
   * network, does), in a Root-kind transaction. False when a Root, or a tenant with that slug, exists.
   */
  async insertRoot(
    tx: TenantTx,
    id: string,
    root: TenantProfile & { readonly slug: string },
  ): Promise<boolean> {
    // No conflict target: the single-Root index and the slug's unique index both mean "already there".
    const rows = await tx.query(
      `INSERT INTO tenant (id, kind, slug, legal_name, name_fr, name_ar, name_en, status, region_code, city, host_organisation)
       VALUES ($1, 'root', $2, $3, $4, $5, $6, 'active', $7, $8, $9)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [
        id,
        root.slug,
        root.legalName,
        root.names.fr,
        root.names.ar,
        root.names.en,
        root.regionCode,
        root.city,
        root.hostOrganisation,
      ],
    );
    return rows.length === 1;
  }

  async updateProfile(tx: TenantTx, id: string, profile: TenantProfile): Promise<void> {
    await tx.query(
      `UPDATE tenant
          SET legal_name = $2, name_fr = $3, name_ar = $4, name_en = $5,
              region_code = $6, city = $7, host_organisation = $8, updated_at = now()
        WHERE id = $1`,
      [
        id,
        profile.legalName,
        profile.names.fr,
        profile.names.ar,
        profile.names.en,
        profile.regionCode,
        profile.city,
        profile.hostOrganisation,
      ],
    );
  }

  async updateStatus(tx: TenantTx, id: string, status: TenantStatus): Promise<void> {
    await tx.query(`UPDATE tenant SET status = $2, updated_at = now() WHERE id = $1`, [id, status]);
  }
}

function toTenant(row: TenantRow): Tenant {
  return {
    id: row.id,
    kind: row.kind,
    slug: row.slug,
    legalName: row.legal_name,
    names: { fr: row.name_fr, ar: row.name_ar, en: row.name_en },
    status: row.status,
    region: regionOfRow(row),
    city: row.city,
    hostOrganisation: row.host_organisation,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
