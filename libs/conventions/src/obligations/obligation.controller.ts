import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import {
  ConventionObligationsQuery,
  CreateObligationDto,
  MarkObligationMetDto,
  ObligationDto,
  ObligationListQuery,
  ObligationPageDto,
  UpdateObligationDto,
  WaiveObligationDto,
} from './obligation.dto.js';
import { ObligationService } from './obligation.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';

@ApiTags('obligations')
@Controller()
export class ObligationController {
  constructor(private readonly obligations: ObligationService) {}

  @Get('obligations')
  @RequirePermission('conventions.read')
  @ApiOperation({
    summary: 'Obligations across the caller’s conventions: what it owes (`we-owe`) or is owed (`owed-to-us`)',
  })
  @ApiOkResponse({ type: ObligationPageDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  listMine(@CurrentActor() actor: Actor, @Query() query: ObligationListQuery): Promise<ObligationPageDto> {
    return this.obligations.listForParty(actor, query);
  }

  @Get('conventions/:id/obligations')
  @RequirePermission('conventions.read')
  @ApiOperation({ summary: "A convention's obligations, by due date" })
  @ApiOkResponse({ type: ObligationPageDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found: no convention the caller can see` })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) conventionId: string,
    @Query() query: ConventionObligationsQuery,
  ): Promise<ObligationPageDto> {
    return this.obligations.listForConvention(actor, conventionId, query);
  }

  @Post('conventions/:id/obligations')
  @RequirePermission('conventions.manage')
  @ApiOperation({ summary: 'Add an obligation (the owner’s managers; draft to active conventions)' })
  @ApiCreatedResponse({ type: ObligationDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}convention-read-only` })
  @ApiConflictResponse({ description: `${PROBLEM}convention-closed` })
  @ApiUnprocessableEntityResponse({ description: `${PROBLEM}not-a-party, evidence-not-found` })
  create(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) conventionId: string,
    @Body() body: CreateObligationDto,
  ): Promise<ObligationDto> {
    return this.obligations.create(actor, conventionId, body);
  }

  @Patch('conventions/:id/obligations/:obligationId')
  @RequirePermission('conventions.manage')
  @ApiOperation({ summary: 'Change an open obligation (the owner’s managers)' })
  @ApiOkResponse({ type: ObligationDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({ description: `${PROBLEM}convention-closed, obligation-closed` })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) conventionId: string,
    @Param('obligationId', uuidParam('obligationId')) obligationId: string,
    @Body() body: UpdateObligationDto,
  ): Promise<ObligationDto> {
    return this.obligations.update(actor, conventionId, obligationId, body);
  }

  @Post('conventions/:id/obligations/:obligationId/met')
  @HttpCode(200)
  @RequirePermission('obligations.update')
  @ApiOperation({
    summary: 'Mark an obligation met (the responsible party’s admins, or the owner)',
    description:
      'With evidence (given, or linked before), only once it is real: an accepted deliverable, a done ' +
      'milestone, a held workshop; else 409 evidence-not-ready with `evidenceKind` and `evidenceStatus`.',
  })
  @ApiOkResponse({ type: ObligationDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}obligation-not-yours` })
  @ApiConflictResponse({ description: `${PROBLEM}obligation-closed, evidence-not-ready` })
  @ApiUnprocessableEntityResponse({ description: `${PROBLEM}evidence-not-found` })
  met(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) conventionId: string,
    @Param('obligationId', uuidParam('obligationId')) obligationId: string,
    @Body() body: MarkObligationMetDto,
  ): Promise<ObligationDto> {
    return this.obligations.markMet(actor, conventionId, obligationId, body);
  }

  @Post('conventions/:id/obligations/:obligationId/waive')
  @HttpCode(200)
  @RequirePermission('conventions.manage')
  @ApiOperation({ summary: 'Waive an open obligation (the owner’s managers)' })
  @ApiOkResponse({ type: ObligationDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({ description: `${PROBLEM}obligation-closed` })
  waive(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) conventionId: string,
    @Param('obligationId', uuidParam('obligationId')) obligationId: string,
    @Body() body: WaiveObligationDto,
  ): Promise<ObligationDto> {
    return this.obligations.waive(actor, conventionId, obligationId, body);
  }
}
