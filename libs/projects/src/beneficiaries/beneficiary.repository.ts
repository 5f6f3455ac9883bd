import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type {
  Beneficiary,
  BeneficiaryFilter,
  BeneficiaryRecord,
  BeneficiarySize,
  BeneficiarySupport,
  NewBeneficiary,
  Names,
  SupportKind,
  SupportViewer,
} from './beneficiary.types.js';

export interface BeneficiaryRow {
  id: string;
  ice: string;
  name: string;
  size: BeneficiarySize;
  sector: string;
  region_code: string;
  region_name_fr: string;
  region_name_ar: string;
  region_name_en: string;
  created_at: Date;
  updated_at: Date;
}

interface SupportJson {
  instituteId: string;
  instituteNames: Names;
  projectId: string;
  projectTitle: string;
  supportKind: SupportKind;
  startedOn: string;
  note: string | null;
  linkedAt: string;
}

/** The columns of a registry entry, `b` joined to its region `r`. */
export const BENEFICIARY_COLUMNS = `b.id, b.ice, b.name, b.size, b.sector, b.region_code,
  r.name_fr AS region_name_fr, r.name_ar AS region_name_ar, r.name_en AS region_name_en,
  b.created_at, b.updated_at`;

/**
 * Whether support row `pb` is one the viewer sees: Root every one; a partner those of projects it takes
 * part in; an institute its own. RLS filters the same way; naming the tenant keeps queries on one shard.
 */
function visibleSupport(kind: string, tenant: string): string {
  return `(CASE ${kind}::text
             WHEN 'root' THEN true
             WHEN 'partner' THEN EXISTS (
               SELECT 1 FROM project_partner pp
                WHERE pp.tenant_id = pb.tenant_id AND pp.project_id = pb.project_id
                  AND pp.partner_tenant_id = ${tenant}::uuid)
             ELSE pb.tenant_id = ${tenant}::uuid
           END)`;
}

/** An entry with the viewer's supports (`$1` kind, `$2` tenant). */
const SELECT_BENEFICIARY = `
  SELECT ${BENEFICIARY_COLUMNS},
         COALESCE((
           SELECT json_agg(json_build_object(
                    'instituteId', pb.tenant_id,
                    'instituteNames', json_build_object('fr', t.name_fr, 'ar', t.name_ar, 'en', t.name_en),
                    'projectId', pb.project_id,
                    'projectTitle', p.title,
                    'supportKind', pb.support_kind,
                    'startedOn', pb.started_on::text,
                    'note', pb.note,
                    'linkedAt', pb.created_at)
                  ORDER BY pb.started_on, pb.created_at, pb.project_id)
             FROM project_beneficiary pb
             JOIN project p ON p.tenant_id = pb.tenant_id AND p.id = pb.project_id
             JOIN tenant t ON t.id = pb.tenant_id
            WHERE pb.beneficiary_id = b.id AND ${visibleSupport('$1', '$2')}), '[]'::json) AS supports
    FROM beneficiary b
    JOIN region r ON r.code = b.region_code`;

/**
 * A non-Root caller sees the companies it supports (or that the projects it takes part in support):
 * which companies other institutes support is theirs to tell. Root sees the whole registry.
 */
const VISIBLE_BENEFICIARY = `($1::text = 'root' OR EXISTS (
  SELECT 1 FROM project_beneficiary pb WHERE pb.beneficiary_id = b.id AND ${visibleSupport('$1', '$2')}))`;

/** `q` with the LIKE wildcards (and the escape character) escaped, so it matches literally. */
export function escapeLike(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The national registry of beneficiaries (`beneficiary`, global, one row per ICE). Every tenant may
 * register a company (RLS `registry_insert`); only Root corrects one (`root_update`, and the runtime role
 * may update name, size, sector and region only — never the ICE).
 */
@Injectable()
export class BeneficiaryRepository {
  async list(
    tx: TenantTx,
    viewer: SupportViewer,
    filter: BeneficiaryFilter,
    afterId: string | null,
    limit: number,
  ): Promise<Beneficiary[]> {
    const params: unknown[] = [viewer.tenantKind, viewer.tenantId];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = [VISIBLE_BENEFICIARY];
    if (filter.q) {
      const q = param(escapeLike(filter.q));
      where.push(
        `(jazari_fold(b.name) LIKE '%' || jazari_fold(${q}) || '%' OR b.ice LIKE '%' || ${q} || '%')`,
      );
    }
    if (filter.size) where.push(`b.size = ${param(filter.size)}`);
    if (filter.sector) where.push(`b.sector = ${param(filter.sector)}`);
    if (filter.regionCode) where.push(`b.region_code = ${param(filter.regionCode)}`);
    if (afterId) where.push(`b.id > ${param(afterId)}::uuid`);
    const rows = await tx.query<BeneficiaryRow & { supports: SupportJson[] }>(
      `${SELECT_BENEFICIARY} WHERE ${where.join(' AND ')} ORDER BY b.id LIMIT ${param(limit)}`,
      params,
    );
    return rows.map(toBeneficiary);
  }

  /** The entry if the viewer may see it. */
  async findVisible(tx: TenantTx, viewer: SupportViewer, id: string): Promise<Beneficiary | undefined> {
    const rows = await tx.query<BeneficiaryRow & { supports: SupportJson[] }>(
      `${SELECT_BENEFICIARY} WHERE b.id = $3 AND ${VISIBLE_BENEFICIARY}`,
      [viewer.tenantKind, viewer.tenantId, id],
    );
    return rows[0] ? toBeneficiary(rows[0]) : undefined;
  }

  /** The stored entry, without supports; `lock` for a correction. */
  async findRecord(
    tx: TenantTx,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<BeneficiaryRecord | undefined> {
    const rows = await tx.query<BeneficiaryRow>(
      `SELECT ${BENEFICIARY_COLUMNS} FROM beneficiary b JOIN region r ON r.code = b.region_code
        WHERE b.id = $1${options.lock ? ' FOR UPDATE OF b' : ''}`,
      [id],
    );
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  /**
   * The registry entry of this ICE, registering the company first if it is new. Two institutes linking
   * the same new ICE at once: one insert wins, the other waits on the unique index and does nothing,
   * then reads the winner's row (each statement sees what committed before it started).
   */
  async register(tx: TenantTx, id: string, company: NewBeneficiary): Promise<BeneficiaryRecord> {
    await tx.query(
      `INSERT INTO beneficiary (id, ice, name, size, sector, region_code)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (ice) DO NOTHING`,
      [id, company.ice, company.name, company.size, company.sector, company.regionCode],
    );
    const rows = await tx.query<BeneficiaryRow>(
      `SELECT ${BENEFICIARY_COLUMNS} FROM beneficiary b JOIN region r ON r.code = b.region_code WHERE b.ice = $1`,
      [company.ice],
    );
    return toRecord(rows[0]);
  }

  async update(
    tx: TenantTx,
    id: string,
    values: { name: string; size: BeneficiarySize; sector: string; regionCode: string },
  ): Promise<void> {
    await tx.query(
      `UPDATE beneficiary SET name = $2, size = $3, sector = $4, region_code = $5, updated_at = now() WHERE id = $1`,
      [id, values.name, values.size, values.sector, values.regionCode],
    );
  }

  async regionExists(tx: TenantTx, code: string): Promise<boolean> {
    return (await tx.query(`SELECT 1 AS found FROM region WHERE code = $1`, [code])).length === 1;
  }

  /** Sectors are thematic domains; a new entry or a correction names an active one. */
  async sectorExists(tx: TenantTx, code: string): Promise<boolean> {
    return (
      (await tx.query(`SELECT 1 AS found FROM thematic_domain WHERE code = $1 AND active`, [code])).length ===
      1
    );
  }
}

export function toRecord(row: BeneficiaryRow): BeneficiaryRecord {
  return {
    id: row.id,
    ice: row.ice,
    name: row.name,
    size: row.size,
    sector: row.sector,
    region: {
      code: row.region_code,
      names: { fr: row.region_name_fr, ar: row.region_name_ar, en: row.region_name_en },
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toBeneficiary(row: BeneficiaryRow & { supports: SupportJson[] }): Beneficiary {
  return { ...toRecord(row), supports: row.supports.map(toSupport) };
}

function toSupport(s: SupportJson): BeneficiarySupport {
  return {
    institute: {
      id: s.instituteId,
      names: { fr: s.instituteNames.fr, ar: s.instituteNames.ar, en: s.instituteNames.en },
    },
    project: { id: s.projectId, title: s.projectTitle },
    supportKind: s.supportKind,
    startedOn: s.startedOn,
    note: s.note,
    linkedAt: new Date(s.linkedAt),
  };
}
