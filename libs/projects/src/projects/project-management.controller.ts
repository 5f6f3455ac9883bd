import { Body, Controller, Headers, HttpCode, HttpStatus, Param, Post, Put, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPreconditionFailedResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import type { FastifyReply } from 'fastify';
import { ProjectPartnersDto } from './dto/project-partners.dto.js';
import { ProjectResponseDto } from './dto/project-response.dto.js';
import { ProjectTeamDto } from './dto/project-team.dto.js';
import { ETAG_HEADER, ID_PARAM, IF_MATCH, PROBLEM, respond } from './project-http.js';
import { ProjectManagementService } from './project-management.service.js';
import type { StatusAction } from './project-workflow.js';

const ILLEGAL = `${PROBLEM}illegal-transition, with \`from\`, \`to\` and \`allowed\` (the statuses allowed from the current one)`;

/** The owning institute's managers: status workflow, team and lead, partners. */
@ApiTags('projects')
@Controller('projects/:id')
@ApiParam(ID_PARAM)
@ApiHeader(IF_MATCH)
@ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
@ApiPreconditionFailedResponse({ description: `${PROBLEM}precondition-failed` })
export class ProjectManagementController {
  constructor(private readonly management: ProjectManagementService) {}

  @Put('team')
  @RequirePermission('projects.manage')
  @ApiOperation({ summary: 'Replace the team, and the lead if given' })
  @ApiOkResponse({ type: ProjectResponseDto, headers: ETAG_HEADER })
  @ApiBadRequestResponse({
    description: `${PROBLEM}validation-failed: someone who is not a member of the institute`,
  })
  async setTeam(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: ProjectTeamDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProjectResponseDto> {
    const view = await this.management.setTeam(
      actor,
      id,
      { leadUserId: body.leadUserId, team: body.team },
      ifMatch,
    );
    return respond(reply, view);
  }

  @Put('partners')
  @RequirePermission('projects.manage')
  @ApiOperation({ summary: 'Replace the partners (a partner removed no longer sees the project)' })
  @ApiOkResponse({ type: ProjectResponseDto, headers: ETAG_HEADER })
  @ApiBadRequestResponse({
    description: `${PROBLEM}validation-failed: a tenant that is not an active partner`,
  })
  async setPartners(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: ProjectPartnersDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProjectResponseDto> {
    return respond(reply, await this.management.setPartners(actor, id, body.partnerTenantIds, ifMatch));
  }

  @Post('activate')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('projects.manage')
  @ApiOperation({ summary: 'proposed → active, or on_hold → active' })
  @ApiOkResponse({ type: ProjectResponseDto, headers: ETAG_HEADER })
  @ApiConflictResponse({ description: ILLEGAL })
  activate(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProjectResponseDto> {
    return this.move(actor, id, 'activate', ifMatch, reply);
  }

  @Post('hold')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('projects.manage')
  @ApiOperation({ summary: 'active → on_hold' })
  @ApiOkResponse({ type: ProjectResponseDto, headers: ETAG_HEADER })
  @ApiConflictResponse({ description: ILLEGAL })
  hold(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProjectResponseDto> {
    return this.move(actor, id, 'hold', ifMatch, reply);
  }

  @Post('complete')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('projects.manage')
  @ApiOperation({ summary: 'active → completed (final)' })
  @ApiOkResponse({ type: ProjectResponseDto, headers: ETAG_HEADER })
  @ApiConflictResponse({ description: ILLEGAL })
  complete(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProjectResponseDto> {
    return this.move(actor, id, 'complete', ifMatch, reply);
  }

  @Post('cancel')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('projects.manage')
  @ApiOperation({ summary: 'proposed, active or on_hold → cancelled (final)' })
  @ApiOkResponse({ type: ProjectResponseDto, headers: ETAG_HEADER })
  @ApiConflictResponse({ description: ILLEGAL })
  cancel(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProjectResponseDto> {
    return this.move(actor, id, 'cancel', ifMatch, reply);
  }

  private async move(
    actor: Actor,
    id: string,
    action: StatusAction,
    ifMatch: string | undefined,
    reply: FastifyReply,
  ): Promise<ProjectResponseDto> {
    return respond(reply, await this.management.move(actor, id, action, ifMatch));
  }
}
