import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
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

  @ReadRoute({
    path: 'obligations',
    permission: 'conventions.read',
    summary: 'Obligations across the caller’s conventions: what it owes (`we-owe`) or is owed (`owed-to-us`)',
    ok: ObligationPageDto,
    problems: { 400: `${PROBLEM}validation-failed` },
  })
  listMine(@CurrentActor() actor: Actor, @Query() query: ObligationListQuery): Promise<ObligationPageDto> {
    return this.obligations.listForParty(actor, query);
  }

  @ReadRoute({
    path: 'conventions/:id/obligations',
    permission: 'conventions.read',
    summary: "A convention's obligations, by due date",
    ok: ObligationPageDto,
    problems: { 404: `${PROBLEM}not-found: no convention the caller can see` },
  })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) conventionId: string,
    @Query() query: ConventionObligationsQuery,
  ): Promise<ObligationPageDto> {
    return this.obligations.listForConvention(actor, conventionId, query);
  }

  @ActionRoute({
    method: 'post',
    path: 'conventions/:id/obligations',
    permission: 'conventions.manage',
    summary: 'Add an obligation (the owner’s managers; draft to active conventions)',
    created: ObligationDto,
    problems: {
      403: `${PROBLEM}convention-read-only`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}convention-closed`,
      422: `${PROBLEM}not-a-party, evidence-not-found`,
    },
  })
  create(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) conventionId: string,
    @Body() body: CreateObligationDto,
  ): Promise<ObligationDto> {
    return this.obligations.create(actor, conventionId, body);
  }

  @ActionRoute({
    method: 'patch',
    path: 'conventions/:id/obligations/:obligationId',
    permission: 'conventions.manage',
    summary: 'Change an open obligation (the owner’s managers)',
    ok: ObligationDto,
    problems: { 404: `${PROBLEM}not-found`, 409: `${PROBLEM}convention-closed, obligation-closed` },
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) conventionId: string,
    @Param('obligationId', uuidParam('obligationId')) obligationId: string,
    @Body() body: UpdateObligationDto,
  ): Promise<ObligationDto> {
    return this.obligations.update(actor, conventionId, obligationId, body);
  }

  @ActionRoute({
    method: 'post',
    path: 'conventions/:id/obligations/:obligationId/met',
    status: 200,
    permission: 'obligations.update',
    summary: 'Mark an obligation met (the responsible party’s admins, or the owner)',
    description:
      'With evidence (given, or linked before), only once it is real: an accepted deliverable, a done ' +
      'milestone, a held workshop; else 409 evidence-not-ready with `evidenceKind` and `evidenceStatus`.',
    ok: ObligationDto,
    problems: {
      403: `${PROBLEM}obligation-not-yours`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}obligation-closed, evidence-not-ready`,
      422: `${PROBLEM}evidence-not-found`,
    },
  })
  met(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) conventionId: string,
    @Param('obligationId', uuidParam('obligationId')) obligationId: string,
    @Body() body: MarkObligationMetDto,
  ): Promise<ObligationDto> {
    return this.obligations.markMet(actor, conventionId, obligationId, body);
  }

  @ActionRoute({
    method: 'post',
    path: 'conventions/:id/obligations/:obligationId/waive',
    status: 200,
    permission: 'conventions.manage',
    summary: 'Waive an open obligation (the owner’s managers)',
    ok: ObligationDto,
    problems: { 404: `${PROBLEM}not-found`, 409: `${PROBLEM}obligation-closed` },
  })
  waive(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) conventionId: string,
    @Param('obligationId', uuidParam('obligationId')) obligationId: string,
    @Body() body: WaiveObligationDto,
  ): Promise<ObligationDto> {
    return this.obligations.waive(actor, conventionId, obligationId, body);
  }
}
