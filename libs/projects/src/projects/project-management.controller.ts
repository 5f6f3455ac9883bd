import { Body, Controller, Headers, HttpStatus, Param, Res } from '@nestjs/common';
import {
  ApiHeader,
  ApiNotFoundResponse,
  ApiParam,
  ApiPreconditionFailedResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, type Actor, ActionRoute } from '@jazari/access';
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

  @ActionRoute({
    method: 'put',
    path: 'team',
    permission: 'projects.manage',
    summary: 'Replace the team, and the lead if given',
    ok: { type: ProjectResponseDto, headers: ETAG_HEADER },
    problems: { 400: `${PROBLEM}validation-failed: someone who is not a member of the institute` },
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

  @ActionRoute({
    method: 'put',
    path: 'partners',
    permission: 'projects.manage',
    summary: 'Replace the partners (a partner removed no longer sees the project)',
    ok: { type: ProjectResponseDto, headers: ETAG_HEADER },
    problems: { 400: `${PROBLEM}validation-failed: a tenant that is not an active partner` },
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

  @ActionRoute({
    method: 'post',
    path: 'activate',
    status: HttpStatus.OK,
    permission: 'projects.manage',
    summary: 'proposed → active, or on_hold → active',
    ok: { type: ProjectResponseDto, headers: ETAG_HEADER },
    problems: { 409: ILLEGAL },
  })
  activate(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProjectResponseDto> {
    return this.move(actor, id, 'activate', ifMatch, reply);
  }

  @ActionRoute({
    method: 'post',
    path: 'hold',
    status: HttpStatus.OK,
    permission: 'projects.manage',
    summary: 'active → on_hold',
    ok: { type: ProjectResponseDto, headers: ETAG_HEADER },
    problems: { 409: ILLEGAL },
  })
  hold(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProjectResponseDto> {
    return this.move(actor, id, 'hold', ifMatch, reply);
  }

  @ActionRoute({
    method: 'post',
    path: 'complete',
    status: HttpStatus.OK,
    permission: 'projects.manage',
    summary: 'active → completed (final)',
    ok: { type: ProjectResponseDto, headers: ETAG_HEADER },
    problems: { 409: ILLEGAL },
  })
  complete(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProjectResponseDto> {
    return this.move(actor, id, 'complete', ifMatch, reply);
  }

  @ActionRoute({
    method: 'post',
    path: 'cancel',
    status: HttpStatus.OK,
    permission: 'projects.manage',
    summary: 'proposed, active or on_hold → cancelled (final)',
    ok: { type: ProjectResponseDto, headers: ETAG_HEADER },
    problems: { 409: ILLEGAL },
  })
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
