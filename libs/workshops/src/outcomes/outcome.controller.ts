import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
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

  @Get('outcomes')
  @RequirePermission('workshops.read')
  @ApiOperation({ summary: 'Minutes, decisions, action items and produced deliverables' })
  @ApiOkResponse({ type: OutcomesDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<OutcomesDto> {
    return this.outcomes.get(actor, id);
  }

  @Put('minutes')
  @RequirePermission('workshops.manage')
  @ApiOperation({ summary: 'Write the minutes and decisions (organisers; published or held workshops)' })
  @ApiOkResponse({ type: OutcomesDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}workshop-read-only` })
  @ApiConflictResponse({ description: `${PROBLEM}workshop-locked` })
  minutes(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: MinutesDto,
  ): Promise<OutcomesDto> {
    return this.outcomes.writeMinutes(actor, id, body);
  }

  @Post('minutes/publish')
  @HttpCode(200)
  @RequirePermission('workshops.manage')
  @ApiOperation({ summary: 'Publish the minutes of a held workshop; the people registered are told' })
  @ApiOkResponse({ type: OutcomesDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}workshop-read-only` })
  @ApiConflictResponse({ description: `${PROBLEM}workshop-not-held, no-minutes` })
  publish(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<OutcomesDto> {
    return this.outcomes.publishMinutes(actor, id);
  }

  @Post('action-items')
  @RequirePermission('workshops.manage')
  @ApiOperation({ summary: 'Add an action item: title, assignee, due date, status (organisers)' })
  @ApiCreatedResponse({ type: ActionItemDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}workshop-read-only` })
  addActionItem(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: CreateActionItemDto,
  ): Promise<ActionItemDto> {
    return this.outcomes.addActionItem(actor, id, body);
  }

  @Patch('action-items/:itemId')
  @RequirePermission('workshops.manage')
  @ApiOperation({ summary: 'Change an action item (its status as it progresses)' })
  @ApiOkResponse({ type: ActionItemDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}workshop-read-only` })
  updateActionItem(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('itemId', uuidParam('itemId')) itemId: string,
    @Body() body: UpdateActionItemDto,
  ): Promise<ActionItemDto> {
    return this.outcomes.updateActionItem(actor, id, itemId, body);
  }

  @Post('deliverables')
  @HttpCode(200)
  @RequirePermission('workshops.manage')
  @ApiOperation({ summary: 'Link a project deliverable the workshop produced (one you can see)' })
  @ApiOkResponse({ type: OutcomesDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}workshop-read-only` })
  @ApiUnprocessableEntityResponse({ description: `${PROBLEM}invalid-reference` })
  linkDeliverable(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: LinkDeliverableDto,
  ): Promise<OutcomesDto> {
    return this.outcomes.linkDeliverable(actor, id, body);
  }
}
