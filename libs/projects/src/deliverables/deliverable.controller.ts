import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
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
import {
  AcceptDeliverableDto,
  CreateDeliverableDto,
  DeliverableDto,
  DeliverablePageDto,
  ListDeliverablesQuery,
  RejectDeliverableDto,
  UpdateDeliverableDto,
} from './deliverable.dto.js';
import { DeliverableService } from './deliverable.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';
const TRANSITION = `${PROBLEM}illegal-transition (with from, to and allowed)`;

@ApiTags('deliverables')
@Controller('projects/:id/deliverables')
export class DeliverableController {
  constructor(private readonly deliverables: DeliverableService) {}

  @Get()
  @RequirePermission('projects.read')
  @ApiOperation({ summary: "A project's deliverables, by due date" })
  @ApiOkResponse({ type: DeliverablePageDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Query() query: ListDeliverablesQuery,
  ): Promise<DeliverablePageDto> {
    return this.deliverables.list(actor, projectId, query);
  }

  @Post()
  @RequirePermission('projects.update')
  @ApiOperation({ summary: 'Plan a deliverable (the project team and the institute managers)' })
  @ApiCreatedResponse({ type: DeliverableDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  create(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Body() body: CreateDeliverableDto,
  ): Promise<DeliverableDto> {
    return this.deliverables.create(actor, projectId, body);
  }

  @Get(':deliverableId')
  @RequirePermission('projects.read')
  @ApiOperation({ summary: 'One deliverable' })
  @ApiOkResponse({ type: DeliverableDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('deliverableId', uuidParam('deliverableId')) deliverableId: string,
  ): Promise<DeliverableDto> {
    return this.deliverables.get(actor, projectId, deliverableId);
  }

  @Patch(':deliverableId')
  @RequirePermission('projects.update')
  @ApiOperation({ summary: 'Change the title, description or due date (while planned or rejected)' })
  @ApiOkResponse({ type: DeliverableDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({ description: `${PROBLEM}deliverable-locked: submitted or accepted` })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('deliverableId', uuidParam('deliverableId')) deliverableId: string,
    @Body() body: UpdateDeliverableDto,
  ): Promise<DeliverableDto> {
    return this.deliverables.update(actor, projectId, deliverableId, body);
  }

  @Post(':deliverableId/submit')
  @HttpCode(200)
  @RequirePermission('projects.update')
  @ApiOperation({ summary: 'Submit for review: planned → submitted, or rejected → submitted (resubmission)' })
  @ApiOkResponse({ type: DeliverableDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({ description: TRANSITION })
  submit(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('deliverableId', uuidParam('deliverableId')) deliverableId: string,
  ): Promise<DeliverableDto> {
    return this.deliverables.submit(actor, projectId, deliverableId);
  }

  @Post(':deliverableId/accept')
  @HttpCode(200)
  @RequirePermission('deliverables.review')
  @ApiOperation({ summary: 'Accept a submitted deliverable (managers of the owning institute)' })
  @ApiOkResponse({ type: DeliverableDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({ description: TRANSITION })
  accept(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('deliverableId', uuidParam('deliverableId')) deliverableId: string,
    @Body() body: AcceptDeliverableDto,
  ): Promise<DeliverableDto> {
    return this.deliverables.review(actor, projectId, deliverableId, 'accept', body.comment || null);
  }

  @Post(':deliverableId/reject')
  @HttpCode(200)
  @RequirePermission('deliverables.review')
  @ApiOperation({
    summary: 'Send a submitted deliverable back to the team, or withdraw an acceptance, saying why',
  })
  @ApiOkResponse({ type: DeliverableDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({ description: TRANSITION })
  reject(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('deliverableId', uuidParam('deliverableId')) deliverableId: string,
    @Body() body: RejectDeliverableDto,
  ): Promise<DeliverableDto> {
    return this.deliverables.review(actor, projectId, deliverableId, 'reject', body.comment);
  }
}
