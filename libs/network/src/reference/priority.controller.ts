import { Body, Controller, Get, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
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

  @Get()
  @RequirePermission('reference.read')
  @ApiOperation({
    summary: 'The national priorities: pillars in display order, each with its sub-priorities',
  })
  @ApiOkResponse({ type: PriorityTreeResponseDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  async tree(
    @CurrentActor() actor: Actor,
    @Query() query: ReferenceListQueryDto,
  ): Promise<PriorityTreeResponseDto> {
    const pillars = await this.priorities.tree(actor, { includeInactive: query.includeInactive });
    return PriorityTreeResponseDto.from(pillars);
  }

  @Post()
  @RequirePermission('reference.manage')
  @ApiOperation({ summary: 'Add a pillar, or a sub-priority under an existing pillar (Root network admins)' })
  @ApiCreatedResponse({
    type: PriorityResponseDto,
    headers: { Location: { description: 'URL of the priority list', schema: { type: 'string' } } },
  })
  @ApiBadRequestResponse({
    description: `${PROBLEM}validation-failed: a bad field, a code of a third level, or a sub-priority of no pillar`,
  })
  @ApiConflictResponse({ description: `${PROBLEM}code-taken` })
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

  @Patch(':code')
  @RequirePermission('reference.manage')
  @ApiOperation({ summary: 'Relabel, reorder, deactivate or reactivate a priority (never deleted)' })
  @ApiParam({ name: 'code', example: 'startup_support.incubation' })
  @ApiOkResponse({ type: PriorityResponseDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
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
