import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { ProjectScope } from '../project-access.js';
import { BENEFICIARY_COLUMNS, toRecord, type BeneficiaryRow } from './beneficiary.repository.js';
import type { BeneficiaryDifference, BeneficiaryMismatchReview, Names } from './beneficiary.types.js';

type ProjectKey = Pick<ProjectScope, 'tenantId' | 'projectId'>;

interface ReviewRow extends BeneficiaryRow {
  mismatch_id: string;
  institute_id: string;
  institute_fr: string;
  institute_ar: string;
  institute_en: string;
  project_id: string;
  project_title: string;
  reported_by: string | null;
  differences: BeneficiaryDifference[];
  mismatch_at: Date;
}

/**
 * Links whose description of a company differed from the registry's (`beneficiary_mismatch`, owned by
 * the linking institute; Root reads every one through `root_read`).
 */
@Injectable()
export class BeneficiaryMismatchRepository {
  async insert(
    tx: TenantTx,
    project: ProjectKey,
    row: {
      id: string;
      beneficiaryId: string;
      reportedBy: string | null;
      differences: readonly BeneficiaryDifference[];
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO beneficiary_mismatch (tenant_id, id, beneficiary_id, project_id, reported_by, differences)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
      [
        project.tenantId,
        row.id,
        row.beneficiaryId,
        project.projectId,
        row.reportedBy,
        JSON.stringify(row.differences),
      ],
    );
  }

  /** Newest first, before `beforeId`; asks for `limit` rows; every institute's (RLS: Root's scope). */
  async list(
    tx: TenantTx,
    filter: { beneficiaryId?: string },
    beforeId: string | null,
    limit: number,
  ): Promise<BeneficiaryMismatchReview[]> {
    const rows = await tx.query<ReviewRow>(
      `SELECT m.id AS mismatch_id, m.tenant_id AS institute_id, t.name_fr AS institute_fr,
              t.name_ar AS institute_ar, t.name_en AS institute_en, m.project_id, p.title AS project_title,
              m.reported_by, m.differences, m.created_at AS mismatch_at, ${BENEFICIARY_COLUMNS}
         FROM beneficiary_mismatch m
         JOIN beneficiary b ON b.id = m.beneficiary_id
         JOIN region r ON r.code = b.region_code
         JOIN project p ON p.tenant_id = m.tenant_id AND p.id = m.project_id
         JOIN tenant t ON t.id = m.tenant_id
        WHERE ($1::uuid IS NULL OR m.beneficiary_id = $1::uuid) AND ($2::uuid IS NULL OR m.id < $2::uuid)
        ORDER BY m.id DESC LIMIT $3`,
      [filter.beneficiaryId ?? null, beforeId, limit],
    );
    return rows.map(toReview);
  }
}

function toReview(row: ReviewRow): BeneficiaryMismatchReview {
  const names: Names = { fr: row.institute_fr, ar: row.institute_ar, en: row.institute_en };
  return {
    id: row.mismatch_id,
    differences: row.differences,
    beneficiary: toRecord(row),
    institute: { id: row.institute_id, names },
    project: { id: row.project_id, title: row.project_title },
    reportedBy: row.reported_by,
    createdAt: row.mismatch_at,
  };
}
