import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import {
  ActionItemDto,
  CreateActionItemDto,
  LinkDeliverableDto,
  MinutesDto,
  OutcomesDto,
  UpdateActionItemDto,
} from './outcome.dto.js';
import { OutcomeService } from './outcome.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';

@ApiTags('workshops')
@Controller('workshops/:id')
export class OutcomeController {
  constructor(private readonly outcomes: OutcomeService) {}

  @ReadRoute({
    path: 'outcomes',
    permission: 'workshops.read',
    summary: 'Minutes, decisions, action items and produced deliverables',
    ok: OutcomesDto,
    problems: { 404: `${PROBLEM}not-found` },
  })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<OutcomesDto> {
    return this.outcomes.get(actor, id);
  }

  @ActionRoute({
    method: 'put',
    path: 'minutes',
    permission: 'workshops.manage',
    summary: 'Write the minutes and decisions (organisers; published or held workshops)',
    ok: OutcomesDto,
    problems: {
      400: `${PROBLEM}validation-failed`,
      403: `${PROBLEM}workshop-read-only`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}workshop-locked`,
    },
  })
  minutes(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: MinutesDto,
  ): Promise<OutcomesDto> {
    return this.outcomes.writeMinutes(actor, id, body);
  }

  @ActionRoute({
    method: 'post',
    path: 'minutes/publish',
    status: 200,
    permission: 'workshops.manage',
    summary: 'Publish the minutes of a held workshop; the people registered are told',
    ok: OutcomesDto,
    problems: {
      403: `${PROBLEM}workshop-read-only`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}workshop-not-held, no-minutes`,
    },
  })
  publish(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<OutcomesDto> {
    return this.outcomes.publishMinutes(actor, id);
  }

  @ActionRoute({
    method: 'post',
    path: 'action-items',
    permission: 'workshops.manage',
    summary: 'Add an action item: title, assignee, due date, status (organisers)',
    created: ActionItemDto,
    problems: {
      400: `${PROBLEM}validation-failed`,
      403: `${PROBLEM}workshop-read-only`,
      404: `${PROBLEM}not-found`,
    },
  })
  addActionItem(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: CreateActionItemDto,
  ): Promise<ActionItemDto> {
    return this.outcomes.addActionItem(actor, id, body);
  }

  @ActionRoute({
    method: 'patch',
    path: 'action-items/:itemId',
    permission: 'workshops.manage',
    summary: 'Change an action item (its status as it progresses)',
    ok: ActionItemDto,
    problems: {
      400: `${PROBLEM}validation-failed`,
      403: `${PROBLEM}workshop-read-only`,
      404: `${PROBLEM}not-found`,
    },
  })
  updateActionItem(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('itemId', uuidParam('itemId')) itemId: string,
    @Body() body: UpdateActionItemDto,
  ): Promise<ActionItemDto> {
    return this.outcomes.updateActionItem(actor, id, itemId, body);
  }

  @ActionRoute({
    method: 'post',
    path: 'deliverables',
    status: 200,
    permission: 'workshops.manage',
    summary: 'Link a project deliverable the workshop produced (one you can see)',
    ok: OutcomesDto,
    problems: {
      403: `${PROBLEM}workshop-read-only`,
      404: `${PROBLEM}not-found`,
      422: `${PROBLEM}invalid-reference`,
    },
  })
  linkDeliverable(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: LinkDeliverableDto,
  ): Promise<OutcomesDto> {
    return this.outcomes.linkDeliverable(actor, id, body);
  }
}
