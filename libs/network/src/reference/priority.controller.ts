import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { API_PREFIX } from '@jazari/http';
import type { FastifyReply } from 'fastify';
import { CodeParamPipe } from './code-param.pipe.js';
import { CreatePriorityDto } from './dto/create-priority.dto.js';
import { PriorityResponseDto } from './dto/priority-response.dto.js';
import { PriorityTreeResponseDto } from './dto/priority-tree-response.dto.js';
import { ReferenceListQueryDto } from './dto/reference-list-query.dto.js';
import { UpdateReferenceEntryDto } from './dto/update-reference-entry.dto.js';
import { PriorityService } from './priority.service.js';
import { PRIORITY_CODE_PATTERN } from '../reference.types.js';

const PROBLEM = 'Problem (application/problem+json), type ';

/** The national priorities: everyone reads them, Root's network admins manage them. */
@ApiTags('reference')
@Controller('priorities')
export class PriorityController {
  constructor(private readonly priorities: PriorityService) {}

  @ReadRoute({
    permission: 'reference.read',
    summary: 'The national priorities: pillars in display order, each with its sub-priorities',
    ok: PriorityTreeResponseDto,
    problems: { 400: `${PROBLEM}validation-failed` },
  })
  async tree(
    @CurrentActor() actor: Actor,
    @Query() query: ReferenceListQueryDto,
  ): Promise<PriorityTreeResponseDto> {
    const pillars = await this.priorities.tree(actor, { includeInactive: query.includeInactive });
    return PriorityTreeResponseDto.from(pillars);
  }

  @ActionRoute({
    method: 'post',
    permission: 'reference.manage',
    summary: 'Add a pillar, or a sub-priority under an existing pillar (Root network admins)',
    created: {
      type: PriorityResponseDto,
      headers: { Location: { description: 'URL of the priority list', schema: { type: 'string' } } },
    },
    problems: {
      400: `${PROBLEM}validation-failed: a bad field, a code of a third level, or a sub-priority of no pillar`,
      409: `${PROBLEM}code-taken`,
    },
  })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreatePriorityDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PriorityResponseDto> {
    const priority = await this.priorities.create(actor, {
      code: body.code,
      labels: { fr: body.labels.fr, ar: body.labels.ar, en: body.labels.en },
      position: body.position ?? null,
    });
    void reply.header('location', `/${API_PREFIX}/priorities`);
    return PriorityResponseDto.from(priority);
  }

  @ActionRoute({
    method: 'patch',
    path: ':code',
    permission: 'reference.manage',
    summary: 'Relabel, reorder, deactivate or reactivate a priority (never deleted)',
    params: [{ name: 'code', example: 'startup_support.incubation' }],
    ok: PriorityResponseDto,
    problems: { 400: `${PROBLEM}validation-failed`, 404: `${PROBLEM}not-found` },
  })
  async update(
    @CurrentActor() actor: Actor,
    @Param('code', new CodeParamPipe(PRIORITY_CODE_PATTERN)) code: string,
    @Body() body: UpdateReferenceEntryDto,
  ): Promise<PriorityResponseDto> {
    const priority = await this.priorities.update(actor, code, {
      labels: body.labels && { fr: body.labels.fr, ar: body.labels.ar, en: body.labels.en },
      position: body.position,
      active: body.active,
    });
    return PriorityResponseDto.from(priority);
  }
}
