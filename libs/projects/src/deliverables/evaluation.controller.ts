import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import { WorkPageQuery } from '../attention/work-list.js';
import { CreateEvaluationDto, EvaluationDto, EvaluationPageDto } from './evaluation.dto.js';
import { EvaluationService } from './evaluation.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';

@ApiTags('deliverables')
@Controller('projects/:id/deliverables/:deliverableId/evaluations')
export class EvaluationController {
  constructor(private readonly evaluations: EvaluationService) {}

  @Get()
  @RequirePermission('projects.read')
  @ApiOperation({ summary: 'The evaluation results of a model_evaluation deliverable' })
  @ApiOkResponse({ type: EvaluationPageDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('deliverableId', uuidParam('deliverableId')) deliverableId: string,
    @Query() query: WorkPageQuery,
  ): Promise<EvaluationPageDto> {
    return this.evaluations.list(actor, projectId, deliverableId, query);
  }

  @Post()
  @RequirePermission('projects.update')
  @ApiOperation({
    summary: 'Record an evaluation result (model_evaluation deliverables, planned or rejected)',
  })
  @ApiCreatedResponse({ type: EvaluationDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({
    description: `${PROBLEM}not-a-model-evaluation (another kind of deliverable), deliverable-locked`,
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
