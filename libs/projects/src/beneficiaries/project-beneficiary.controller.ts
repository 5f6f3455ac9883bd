import { Body, Controller, HttpStatus, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import { LinkBeneficiaryDto } from './dto/link-beneficiary.dto.js';
import { PageQueryDto } from './dto/page-query.dto.js';
import { ProjectBeneficiaryPageResponseDto } from './dto/project-beneficiary-page-response.dto.js';
import { LinkedBeneficiaryResponseDto } from './dto/linked-beneficiary-response.dto.js';
import { ProjectBeneficiaryService } from './project-beneficiary.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';
const PROJECT_PARAM = { name: 'id', format: 'uuid', description: 'Project id' } as const;

/** The companies a project supports. A project the caller cannot see is 404 on every route. */
@ApiTags('beneficiaries')
@Controller('projects/:id/beneficiaries')
export class ProjectBeneficiaryController {
  constructor(private readonly links: ProjectBeneficiaryService) {}

  @ReadRoute({
    permission: 'projects.read',
    summary: "The project's beneficiaries, by pages ordered by beneficiary id",
    params: [PROJECT_PARAM],
    ok: ProjectBeneficiaryPageResponseDto,
    problems: { 400: `${PROBLEM}validation-failed`, 404: `${PROBLEM}not-found` },
  })
  async list(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Query() query: PageQueryDto,
  ): Promise<ProjectBeneficiaryPageResponseDto> {
    const page = await this.links.list(actor, projectId, { cursor: query.cursor, limit: query.limit });
    return ProjectBeneficiaryPageResponseDto.from(page);
  }

  @ActionRoute({
    method: 'post',
    permission: 'projects.update',
    summary:
      'Link a company (by ICE; registered in the national registry if new) to the project, with the support given; ' +
      "a known ICE described otherwise keeps the registry's entry, and `mismatch` says what differs",
    params: [PROJECT_PARAM],
    created: LinkedBeneficiaryResponseDto,
    problems: {
      400: `${PROBLEM}validation-failed, also for an unknown region or sector`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}beneficiary-already-linked`,
    },
  })
  async link(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Body() body: LinkBeneficiaryDto,
  ): Promise<LinkedBeneficiaryResponseDto> {
    const link = await this.links.link(
      actor,
      projectId,
      { ice: body.ice, name: body.name, size: body.size, sector: body.sector, regionCode: body.regionCode },
      { supportKind: body.supportKind, startedOn: body.startedOn, note: body.note ?? null },
    );
    return LinkedBeneficiaryResponseDto.fromLink(link);
  }

  @ActionRoute({
    method: 'delete',
    path: ':beneficiaryId',
    status: HttpStatus.NO_CONTENT,
    permission: 'projects.update',
    summary: 'Unlink a company from the project (it stays in the registry)',
    params: [PROJECT_PARAM, { name: 'beneficiaryId', format: 'uuid' }],
    noContent: { description: 'Unlinked' },
    problems: { 404: `${PROBLEM}not-found: no such project, or the company is not linked to it` },
  })
  async unlink(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('beneficiaryId', uuidParam('beneficiaryId')) beneficiaryId: string,
  ): Promise<void> {
    await this.links.unlink(actor, projectId, beneficiaryId);
  }
}
