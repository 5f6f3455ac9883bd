import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import { WorkPageQuery } from '../attention/work-list.js';
import { CreateEvaluationDto, EvaluationDto, EvaluationPageDto } from './evaluation.dto.js';
import { EvaluationService } from './evaluation.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';

@ApiTags('deliverables')
@Controller('projects/:id/deliverables/:deliverableId/evaluations')
export class EvaluationController {
  constructor(private readonly evaluations: EvaluationService) {}

  @ReadRoute({
    permission: 'projects.read',
    summary: 'The evaluation results of a model_evaluation deliverable',
    ok: EvaluationPageDto,
    problems: { 404: `${PROBLEM}not-found` },
  })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('deliverableId', uuidParam('deliverableId')) deliverableId: string,
    @Query() query: WorkPageQuery,
  ): Promise<EvaluationPageDto> {
    return this.evaluations.list(actor, projectId, deliverableId, query);
  }

  @ActionRoute({
    method: 'post',
    permission: 'projects.update',
    summary: 'Record an evaluation result (model_evaluation deliverables, planned or rejected)',
    created: EvaluationDto,
    problems: {
      400: `${PROBLEM}validation-failed`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}not-a-model-evaluation (another kind of deliverable), deliverable-locked`,
    },
  })
  add(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('deliverableId', uuidParam('deliverableId')) deliverableId: string,
    @Body() body: CreateEvaluationDto,
  ): Promise<EvaluationDto> {
    return this.evaluations.add(actor, projectId, deliverableId, body);
  }
}
