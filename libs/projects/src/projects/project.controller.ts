import { PassThrough } from 'node:stream';
import { Body, Controller, Headers, Logger, Param, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { networkToday } from '@jazari/config';
import { API_PREFIX, uuidParam } from '@jazari/http';
import type { FastifyReply } from 'fastify';
import { CreateProjectDto } from './dto/create-project.dto.js';
import { ProjectHistoryPageDto } from './dto/project-history.dto.js';
import { ProjectPageDto } from './dto/project-page.dto.js';
import { ProjectResponseDto } from './dto/project-response.dto.js';
import {
  ListProjectsQueryDto,
  ProjectFilterQueryDto,
  ProjectHistoryQueryDto,
} from './dto/list-projects-query.dto.js';
import { UpdateProjectDto } from './dto/update-project.dto.js';
import { CSV_BOM, csvLine, PROJECT_CSV_COLUMNS, projectCsvLine } from './project-csv.js';
import { ProjectQueryService } from './project-query.service.js';
import { ProjectService } from './project.service.js';
import { ETAG_HEADER, filterOf, ID_PARAM, IF_MATCH, PROBLEM, respond } from './project-http.js';

@ApiTags('projects')
@Controller('projects')
export class ProjectController {
  private readonly logger = new Logger(ProjectController.name);

  constructor(
    private readonly projects: ProjectService,
    private readonly queries: ProjectQueryService,
  ) {}

  @ReadRoute({
    permission: 'projects.read',
    summary: 'Projects the caller may see, newest first',
    description:
      'An institute sees its own, a partner those it takes part in, Root all. Filters narrow (AND).',
    ok: ProjectPageDto,
    problems: { 400: `${PROBLEM}validation-failed: a bad filter, limit or cursor` },
    readOnly: true,
  })
  async list(@CurrentActor() actor: Actor, @Query() query: ListProjectsQueryDto): Promise<ProjectPageDto> {
    const page = await this.queries.list(actor, filterOf(query), {
      cursor: query.cursor,
      limit: query.limit,
    });
    return ProjectPageDto.from(page);
  }

  // Declared before `:id`, which it would otherwise look like.
  @ReadRoute({
    path: 'export.csv',
    permission: 'projects.read',
    summary: 'The list as CSV (UTF-8 with BOM), same filters, newest first, at most 100,000 rows',
    ok: {
      description: `Columns: ${PROJECT_CSV_COLUMNS.join(', ')}`,
      schema: { type: 'string' },
      headers: {
        'Content-Disposition': {
          description: 'attachment; filename="projects-YYYY-MM-DD.csv"',
          schema: { type: 'string' },
        },
      },
    },
    problems: { 400: `${PROBLEM}validation-failed: a bad filter` },
  })
  @ApiProduces('text/csv')
  async exportCsv(
    @CurrentActor() actor: Actor,
    @Query() query: ProjectFilterQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const body = new PassThrough();
    let started = false;
    // Headers go out with the first batch: a failure before it is still an ordinary problem response.
    const start = () => {
      if (started) return;
      started = true;
      // The network's date (Morocco), as on every other date a person reads.
      const filename = `projects-${networkToday()}.csv`;
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(body);
      body.write(CSV_BOM + csvLine(PROJECT_CSV_COLUMNS));
    };
    try {
      await this.queries.export(actor, filterOf(query), async (rows) => {
        start();
        // Fastify destroys the body when the client goes away: stop reading then.
        if (body.destroyed) throw new Error('the client went away during the export');
        if (!body.write(rows.map(projectCsvLine).join(''))) await drained(body);
      });
      start();
      body.end();
    } catch (error) {
      if (!started) throw error;
      // Too late for a problem document: cut the download short so the client sees it failed.
      this.logger.warn({ err: error }, 'project export ended early');
      body.destroy();
    }
  }

  @ActionRoute({
    method: 'post',
    permission: 'projects.create',
    summary: "Create a project of the caller's institute (status proposed)",
    created: {
      type: ProjectResponseDto,
      headers: {
        Location: { description: 'URL of the new project', schema: { type: 'string' } },
        ...ETAG_HEADER,
      },
    },
    problems: {
      400: `${PROBLEM}validation-failed: a bad or unknown field, an end before the start, an unknown or inactive priority, region, domain or partner, a lead or team member who is not a member of the institute`,
    },
  })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateProjectDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProjectResponseDto> {
    const view = await this.projects.create(actor, {
      type: body.type,
      title: body.title,
      summary: body.summary,
      startDate: body.startDate,
      endDate: body.endDate,
      budgetMad: body.budgetMad,
      spentMad: body.spentMad ?? '0',
      leadUserId: body.leadUserId,
      team: body.team ?? [],
      partnerTenantIds: body.partnerTenantIds ?? [],
      priorityCodes: body.priorityCodes,
      regionCodes: body.regionCodes ?? [],
      domainCodes: body.domainCodes ?? [],
    });
    void reply.header('location', `/${API_PREFIX}/projects/${view.id}`);
    return respond(reply, view);
  }

  @ReadRoute({
    path: ':id',
    permission: 'projects.read',
    summary: 'One project, with what the caller may do with it',
    params: [ID_PARAM],
    ok: { type: ProjectResponseDto, headers: ETAG_HEADER },
    problems: { 404: `${PROBLEM}not-found` },
  })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProjectResponseDto> {
    return respond(reply, await this.projects.get(actor, id));
  }

  @ActionRoute({
    method: 'patch',
    path: ':id',
    permission: 'projects.update',
    summary: 'Edit the content: title, summary, dates, budget and spending, priorities, regions, domains',
    description: 'The institute managers and the members of the project team. Code lists replace the sets.',
    params: [ID_PARAM],
    ifMatch: IF_MATCH,
    ok: { type: ProjectResponseDto, headers: ETAG_HEADER },
    problems: {
      400: `${PROBLEM}validation-failed`,
      404: `${PROBLEM}not-found`,
      412: `${PROBLEM}precondition-failed`,
    },
  })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateProjectDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProjectResponseDto> {
    const view = await this.projects.update(
      actor,
      id,
      {
        title: body.title,
        summary: body.summary,
        startDate: body.startDate,
        endDate: body.endDate,
        budgetMad: body.budgetMad,
        spentMad: body.spentMad,
        priorityCodes: body.priorityCodes,
        regionCodes: body.regionCodes,
        domainCodes: body.domainCodes,
      },
      ifMatch,
    );
    return respond(reply, view);
  }

  @ReadRoute({
    path: ':id/history',
    permission: 'projects.read',
    summary: "The project's history, oldest first",
    params: [ID_PARAM],
    ok: ProjectHistoryPageDto,
    problems: { 404: `${PROBLEM}not-found` },
  })
  async history(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Query() query: ProjectHistoryQueryDto,
  ): Promise<ProjectHistoryPageDto> {
    const page = await this.queries.historyOf(actor, id, { cursor: query.cursor, limit: query.limit });
    return ProjectHistoryPageDto.from(page);
  }
}

/** Resolves when the stream wants more, or is gone (a client that disconnects never drains it). */
function drained(stream: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}
