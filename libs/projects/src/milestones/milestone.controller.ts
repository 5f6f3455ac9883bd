import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import { WorkPageQuery } from '../attention/work-list.js';
import { CreateMilestoneDto, MilestoneDto, MilestonePageDto, UpdateMilestoneDto } from './milestone.dto.js';
import { MilestoneService } from './milestone.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';

@ApiTags('milestones')
@Controller('projects/:id/milestones')
export class MilestoneController {
  constructor(private readonly milestones: MilestoneService) {}

  @Get()
  @RequirePermission('projects.read')
  @ApiOperation({ summary: "A project's milestones, by due date" })
  @ApiOkResponse({ type: MilestonePageDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found: no project the caller can see` })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Query() query: WorkPageQuery,
  ): Promise<MilestonePageDto> {
    return this.milestones.list(actor, projectId, query);
  }

  @Post()
  @RequirePermission('projects.update')
  @ApiOperation({ summary: 'Add a milestone (the project team and the institute managers)' })
  @ApiCreatedResponse({ type: MilestoneDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  create(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Body() body: CreateMilestoneDto,
  ): Promise<MilestoneDto> {
    return this.milestones.create(actor, projectId, body);
  }

  @Patch(':milestoneId')
  @RequirePermission('projects.update')
  @ApiOperation({ summary: 'Change a milestone; `doneDate` marks it reached, `null` reopens it' })
  @ApiOkResponse({ type: MilestoneDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('milestoneId', uuidParam('milestoneId')) milestoneId: string,
    @Body() body: UpdateMilestoneDto,
  ): Promise<MilestoneDto> {
    return this.milestones.update(actor, projectId, milestoneId, body);
  }

  @Delete(':milestoneId')
  @HttpCode(204)
  @RequirePermission('projects.update')
  @ApiOperation({ summary: 'Remove a milestone' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  remove(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('milestoneId', uuidParam('milestoneId')) milestoneId: string,
  ): Promise<void> {
    return this.milestones.remove(actor, projectId, milestoneId);
  }
}
