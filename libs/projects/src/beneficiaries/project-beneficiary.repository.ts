import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { ProjectScope } from '../project-access.js';
import { BENEFICIARY_COLUMNS, toRecord, type BeneficiaryRow } from './beneficiary.repository.js';
import type { NewSupport, ProjectBeneficiary, SupportKind } from './beneficiary.types.js';

type ProjectKey = Pick<ProjectScope, 'tenantId' | 'projectId'>;

interface LinkRow extends BeneficiaryRow {
  support_kind: SupportKind;
  started_on: string;
  note: string | null;
  linked_at: Date;
}

const SELECT_LINK = `
  SELECT ${BENEFICIARY_COLUMNS},
         pb.support_kind, pb.started_on::text AS started_on, pb.note, pb.created_at AS linked_at
    FROM project_beneficiary pb
    JOIN beneficiary b ON b.id = pb.beneficiary_id
    JOIN region r ON r.code = b.region_code`;

/** A project's beneficiaries (`project_beneficiary`, owned by the project's institute). */
@Injectable()
export class ProjectBeneficiaryRepository {
  /** One page ordered by beneficiary id, after `afterId`; asks for `limit` rows. */
  async list(
    tx: TenantTx,
    project: ProjectKey,
    afterId: string | null,
    limit: number,
  ): Promise<ProjectBeneficiary[]> {
    const rows = await tx.query<LinkRow>(
      `${SELECT_LINK}
        WHERE pb.tenant_id = $1 AND pb.project_id = $2 AND ($3::uuid IS NULL OR pb.beneficiary_id > $3::uuid)
        ORDER BY pb.beneficiary_id LIMIT $4`,
      [project.tenantId, project.projectId, afterId, limit],
    );
    return rows.map(toLink);
  }

  async find(
    tx: TenantTx,
    project: ProjectKey,
    beneficiaryId: string,
  ): Promise<ProjectBeneficiary | undefined> {
    const rows = await tx.query<LinkRow>(
      `${SELECT_LINK} WHERE pb.tenant_id = $1 AND pb.project_id = $2 AND pb.beneficiary_id = $3`,
      [project.tenantId, project.projectId, beneficiaryId],
    );
    return rows[0] ? toLink(rows[0]) : undefined;
  }

  /** False when the company is already linked to the project (nothing is written then). */
  async link(
    tx: TenantTx,
    project: ProjectKey,
    beneficiaryId: string,
    support: NewSupport,
  ): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO project_beneficiary (tenant_id, project_id, beneficiary_id, support_kind, started_on, note)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id, project_id, beneficiary_id) DO NOTHING
       RETURNING beneficiary_id`,
      [
        project.tenantId,
        project.projectId,
        beneficiaryId,
        support.supportKind,
        support.startedOn,
        support.note,
      ],
    );
    return rows.length === 1;
  }

  /** False when it was not linked. */
  async unlink(tx: TenantTx, project: ProjectKey, beneficiaryId: string): Promise<boolean> {
    const rows = await tx.query(
      `DELETE FROM project_beneficiary WHERE tenant_id = $1 AND project_id = $2 AND beneficiary_id = $3
       RETURNING beneficiary_id`,
      [project.tenantId, project.projectId, beneficiaryId],
    );
    return rows.length === 1;
  }
}

function toLink(row: LinkRow): ProjectBeneficiary {
  return {
    beneficiary: toRecord(row),
    supportKind: row.support_kind,
    startedOn: row.started_on,
    note: row.note,
    linkedAt: row.linked_at,
  };
}
