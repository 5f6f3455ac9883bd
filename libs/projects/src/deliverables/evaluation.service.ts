import { HttpStatus, Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { TransactionRunner, uuidv7 } from '@jazari/database';
import { ProblemException } from '@jazari/http';
import { idCursor } from '@jazari/http';
import { type Page, pageSize } from '../attention/work-list.js';
import { WorkProblems } from '../attention/work-problems.js';
import { ProjectAccess } from '../project-access.js';
import { ProjectHistory } from '../project-history.js';
import { deliverableLocked, type DeliverableKind, isOpenForChanges } from './deliverable-workflow.js';
import { DeliverableRepository } from './deliverable.repository.js';
import type { CreateEvaluationDto, EvaluationDto } from './evaluation.dto.js';
import { EvaluationRepository, type EvaluationRow } from './evaluation.repository.js';

function notAModelEvaluation(kind: DeliverableKind): ProblemException {
  return new ProblemException(
    HttpStatus.CONFLICT,
    'not-a-model-evaluation',
    'Only a model evaluation has evaluation results',
    `This deliverable is a ${kind}; evaluation results belong to model_evaluation deliverables.`,
    { kind },
  );
}

/** The structured results of a `model_evaluation` deliverable. */
@Injectable()
export class EvaluationService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: ProjectAccess,
    private readonly history: ProjectHistory,
    private readonly deliverables: DeliverableRepository,
    private readonly evaluations: EvaluationRepository,
  ) {}

  list(
    actor: Actor,
    projectId: string,
    deliverableId: string,
    query: { cursor?: string; limit?: number },
  ): Promise<Page<EvaluationDto>> {
    const after = idCursor.decodeOptional(query.cursor);
    const limit = pageSize(query.limit);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, projectId);
      if (!(await this.deliverables.find(tx, scope, deliverableId))) {
        throw WorkProblems.notFound('deliverable');
      }
      const rows = await this.evaluations.list(tx, scope, deliverableId, after?.[0] ?? null, limit + 1);
      const page = idCursor.page(rows, limit, (e) => [e.id]);
      return { data: page.data.map(toDto), nextCursor: page.nextCursor };
    });
  }

  add(
    actor: Actor,
    projectId: string,
    deliverableId: string,
    input: CreateEvaluationDto,
  ): Promise<EvaluationDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.edit(tx, actor, projectId);
      const deliverable = await this.deliverables.findForUpdate(tx, scope, deliverableId);
      if (!deliverable) throw WorkProblems.notFound('deliverable');
      if (deliverable.kind !== 'model_evaluation') throw notAModelEvaluation(deliverable.kind);
      if (!isOpenForChanges(deliverable.status)) throw deliverableLocked(deliverable.status);
      const row = await this.evaluations.insert(tx, scope, deliverableId, uuidv7(), {
        modelName: input.modelName,
        modelVersion: input.modelVersion,
        benchmark: input.benchmark,
        metric: input.metric,
        score: input.score,
        evaluatedOn: input.evaluatedOn,
        evaluator: input.evaluator,
      });
      await this.history.record(tx, scope, actor, 'evaluation.added', {
        deliverableId,
        evaluationId: row.id,
        modelName: row.modelName,
        modelVersion: row.modelVersion,
        benchmark: row.benchmark,
        metric: row.metric,
        score: row.score,
      });
      return toDto(row);
    });
  }
}

function toDto(e: EvaluationRow): EvaluationDto {
  return {
    id: e.id,
    deliverableId: e.deliverableId,
    modelName: e.modelName,
    modelVersion: e.modelVersion,
    benchmark: e.benchmark,
    metric: e.metric,
    score: e.score,
    evaluatedOn: e.evaluatedOn,
    evaluator: e.evaluator,
    createdAt: e.createdAt.toISOString(),
  };
}
