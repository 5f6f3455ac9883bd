import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiFoundResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import type { FastifyReply } from 'fastify';
import { DashboardService } from './dashboard.service.js';
import { InstituteDashboardDto, NationalDashboardDto, PartnerDashboardDto } from './dto/dashboard.dto.js';
import { DashboardPeriodQueryDto, NationalDashboardQueryDto } from './dto/national-dashboard-query.dto.js';

const PROBLEM = 'Problem (application/problem+json), type ';

@ApiTags('dashboards')
@Controller('dashboards')
export class DashboardController {
  constructor(private readonly dashboards: DashboardService) {}

  @Get('national')
  @RequirePermission('dashboards.national')
  @ApiOperation({
    summary: 'The national dashboard, from the roll-ups (see asOf)',
    description:
      'Period figures and the monthly series cover from..to (default: the last 24 months); region and ' +
      'priority narrow the project figures; institute narrows everything to one institute.',
  })
  @ApiOkResponse({ type: NationalDashboardDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiForbiddenResponse({ description: `${PROBLEM}forbidden` })
  async national(
    @CurrentActor() actor: Actor,
    @Query() query: NationalDashboardQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<NationalDashboardDto | string> {
    const filters = { ...query };
    // Unfiltered: the rendering stored at the last refresh, sent as it is (no parse, no re-serialisation).
    const rendered = await this.dashboards.renderedNational(actor, filters);
    if (rendered !== undefined) {
      void reply.type('application/json; charset=utf-8');
      return rendered;
    }
    return this.dashboards.national(actor, filters);
  }

  @Get('me')
  @RequirePermission('dashboards.read')
  @ApiOperation({ summary: "Redirects to the caller's own dashboard" })
  @ApiFoundResponse({ description: 'Location: the national, institute or partner dashboard' })
  me(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): void {
    void reply.status(302).header('location', `/api/v1/${this.dashboards.mine(actor)}`);
  }

  @Get('institutes/:id')
  @RequirePermission('dashboards.read')
  @ApiOperation({
    summary: "An institute's dashboard (its own people, or Root's)",
    description: 'Period figures and the monthly series cover from..to (default: the last 24 months).',
  })
  @ApiOkResponse({ type: InstituteDashboardDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  institute(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Query() range: DashboardPeriodQueryDto,
  ): Promise<InstituteDashboardDto> {
    return this.dashboards.institute(actor, id, { ...range });
  }

  @Get('partners/:id')
  @RequirePermission('dashboards.read')
  @ApiOperation({
    summary: "A partner's dashboard (its own people, or Root's)",
    description: 'Period figures and the monthly series cover from..to (default: the last 24 months).',
  })
  @ApiOkResponse({ type: PartnerDashboardDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  partner(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Query() range: DashboardPeriodQueryDto,
  ): Promise<PartnerDashboardDto> {
    return this.dashboards.partner(actor, id, { ...range });
  }
}
