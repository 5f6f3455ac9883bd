import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { ProjectScope } from '../project-access.js';

export interface EvaluationFields {
  readonly modelName: string;
  readonly modelVersion: string;
  readonly benchmark: string;
  readonly metric: string;
  readonly score: string;
  readonly evaluatedOn: string;
  readonly evaluator: string;
}

export interface EvaluationRow extends EvaluationFields {
  readonly id: string;
  readonly deliverableId: string;
  readonly createdAt: Date;
}

type Scope = Pick<ProjectScope, 'tenantId' | 'projectId'>;

const COLUMNS = `id, deliverable_id, model_name, model_version, benchmark, metric, score::text AS score,
  evaluated_on::text AS evaluated_on, evaluator, created_at`;

type Row = {
  id: string;
  deliverable_id: string;
  model_name: string;
  model_version: string;
  benchmark: string;
  metric: string;
  score: string;
  evaluated_on: string;
  evaluator: string;
  created_at: Date;
};

const toEvaluation = (r: Row): EvaluationRow => ({
  id: r.id,
  deliverableId: r.deliverable_id,
  modelName: r.model_name,
  modelVersion: r.model_version,
  benchmark: r.benchmark,
  metric: r.metric,
  score: r.score,
  evaluatedOn: r.evaluated_on,
  evaluator: r.evaluator,
  createdAt: r.created_at,
});

@Injectable()
export class EvaluationRepository {
  async list(
    tx: TenantTx,
    scope: Scope,
    deliverableId: string,
    afterId: string | null,
    limit: number,
  ): Promise<EvaluationRow[]> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM evaluation_result
        WHERE tenant_id = $1 AND project_id = $2 AND deliverable_id = $3 AND ($4::uuid IS NULL OR id > $4::uuid)
        ORDER BY id LIMIT $5`,
      [scope.tenantId, scope.projectId, deliverableId, afterId, limit],
    );
    return rows.map(toEvaluation);
  }

  async insert(
    tx: TenantTx,
    scope: Scope,
    deliverableId: string,
    id: string,
    fields: EvaluationFields,
  ): Promise<EvaluationRow> {
    const rows = await tx.query<Row>(
      `INSERT INTO evaluation_result (tenant_id, id, deliverable_id, project_id, model_name, model_version,
         benchmark, metric, score, evaluated_on, evaluator)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${COLUMNS}`,
      [
        scope.tenantId,
        id,
        deliverableId,
        scope.projectId,
        fields.modelName,
        fields.modelVersion,
        fields.benchmark,
        fields.metric,
        fields.score,
        fields.evaluatedOn,
        fields.evaluator,
      ],
    );
    return toEvaluation(rows[0]);
  }
}
