import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import { WorkPageQuery } from '../attention/work-list.js';
import { CreateMilestoneDto, MilestoneDto, MilestonePageDto, UpdateMilestoneDto } from './milestone.dto.js';
import { MilestoneService } from './milestone.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';

@ApiTags('milestones')
@Controller('projects/:id/milestones')
export class MilestoneController {
  constructor(private readonly milestones: MilestoneService) {}

  @ReadRoute({
    permission: 'projects.read',
    summary: "A project's milestones, by due date",
    ok: MilestonePageDto,
    problems: { 404: `${PROBLEM}not-found: no project the caller can see` },
  })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Query() query: WorkPageQuery,
  ): Promise<MilestonePageDto> {
    return this.milestones.list(actor, projectId, query);
  }

  @ActionRoute({
    method: 'post',
    permission: 'projects.update',
    summary: 'Add a milestone (the project team and the institute managers)',
    created: MilestoneDto,
    problems: { 400: `${PROBLEM}validation-failed`, 404: `${PROBLEM}not-found` },
  })
  create(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Body() body: CreateMilestoneDto,
  ): Promise<MilestoneDto> {
    return this.milestones.create(actor, projectId, body);
  }

  @ActionRoute({
    method: 'patch',
    path: ':milestoneId',
    permission: 'projects.update',
    summary: 'Change a milestone; `doneDate` marks it reached, `null` reopens it',
    ok: MilestoneDto,
    problems: { 404: `${PROBLEM}not-found` },
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('milestoneId', uuidParam('milestoneId')) milestoneId: string,
    @Body() body: UpdateMilestoneDto,
  ): Promise<MilestoneDto> {
    return this.milestones.update(actor, projectId, milestoneId, body);
  }

  @ActionRoute({
    method: 'delete',
    path: ':milestoneId',
    status: 204,
    permission: 'projects.update',
    summary: 'Remove a milestone',
    noContent: { description: 'Removed' },
    problems: { 404: `${PROBLEM}not-found` },
  })
  remove(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('milestoneId', uuidParam('milestoneId')) milestoneId: string,
  ): Promise<void> {
    return this.milestones.remove(actor, projectId, milestoneId);
  }
}
