import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
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

  @ReadRoute({
    permission: 'projects.read',
    summary: "A project's deliverables, by due date",
    ok: DeliverablePageDto,
    problems: { 404: `${PROBLEM}not-found` },
  })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Query() query: ListDeliverablesQuery,
  ): Promise<DeliverablePageDto> {
    return this.deliverables.list(actor, projectId, query);
  }

  @ActionRoute({
    method: 'post',
    permission: 'projects.update',
    summary: 'Plan a deliverable (the project team and the institute managers)',
    created: DeliverableDto,
    problems: { 400: `${PROBLEM}validation-failed`, 404: `${PROBLEM}not-found` },
  })
  create(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Body() body: CreateDeliverableDto,
  ): Promise<DeliverableDto> {
    return this.deliverables.create(actor, projectId, body);
  }

  @ReadRoute({
    path: ':deliverableId',
    permission: 'projects.read',
    summary: 'One deliverable',
    ok: DeliverableDto,
    problems: { 404: `${PROBLEM}not-found` },
  })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('deliverableId', uuidParam('deliverableId')) deliverableId: string,
  ): Promise<DeliverableDto> {
    return this.deliverables.get(actor, projectId, deliverableId);
  }

  @ActionRoute({
    method: 'patch',
    path: ':deliverableId',
    permission: 'projects.update',
    summary: 'Change the title, description or due date (while planned or rejected)',
    ok: DeliverableDto,
    problems: { 404: `${PROBLEM}not-found`, 409: `${PROBLEM}deliverable-locked: submitted or accepted` },
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('deliverableId', uuidParam('deliverableId')) deliverableId: string,
    @Body() body: UpdateDeliverableDto,
  ): Promise<DeliverableDto> {
    return this.deliverables.update(actor, projectId, deliverableId, body);
  }

  @ActionRoute({
    method: 'post',
    path: ':deliverableId/submit',
    status: 200,
    permission: 'projects.update',
    summary: 'Submit for review: planned → submitted, or rejected → submitted (resubmission)',
    ok: DeliverableDto,
    problems: { 404: `${PROBLEM}not-found`, 409: TRANSITION },
  })
  submit(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('deliverableId', uuidParam('deliverableId')) deliverableId: string,
  ): Promise<DeliverableDto> {
    return this.deliverables.submit(actor, projectId, deliverableId);
  }

  @ActionRoute({
    method: 'post',
    path: ':deliverableId/accept',
    status: 200,
    permission: 'deliverables.review',
    summary: 'Accept a submitted deliverable (managers of the owning institute)',
    ok: DeliverableDto,
    problems: { 404: `${PROBLEM}not-found`, 409: TRANSITION },
  })
  accept(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('deliverableId', uuidParam('deliverableId')) deliverableId: string,
    @Body() body: AcceptDeliverableDto,
  ): Promise<DeliverableDto> {
    return this.deliverables.review(actor, projectId, deliverableId, 'accept', body.comment || null);
  }

  @ActionRoute({
    method: 'post',
    path: ':deliverableId/reject',
    status: 200,
    permission: 'deliverables.review',
    summary: 'Send a submitted deliverable back to the team, or withdraw an acceptance, saying why',
    ok: DeliverableDto,
    problems: { 404: `${PROBLEM}not-found`, 409: TRANSITION },
  })
  reject(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('deliverableId', uuidParam('deliverableId')) deliverableId: string,
    @Body() body: RejectDeliverableDto,
  ): Promise<DeliverableDto> {
    return this.deliverables.review(actor, projectId, deliverableId, 'reject', body.comment);
  }
}
