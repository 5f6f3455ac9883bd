import { Controller, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute } from '@jazari/access';
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

  @ReadRoute({
    path: 'national',
    permission: 'dashboards.national',
    summary: 'The national dashboard, from the roll-ups (see asOf)',
    description:
      'Period figures and the monthly series cover from..to (default: the last 24 months); region and ' +
      'priority narrow the project figures; institute narrows everything to one institute.',
    ok: NationalDashboardDto,
    problems: { 400: `${PROBLEM}validation-failed`, 403: `${PROBLEM}forbidden` },
  })
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

  @ReadRoute({
    path: 'me',
    permission: 'dashboards.read',
    summary: "Redirects to the caller's own dashboard",
    found: { description: 'Location: the national, institute or partner dashboard' },
  })
  me(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): void {
    void reply.status(302).header('location', `/api/v1/${this.dashboards.mine(actor)}`);
  }

  @ReadRoute({
    path: 'institutes/:id',
    permission: 'dashboards.read',
    summary: "An institute's dashboard (its own people, or Root's)",
    description: 'Period figures and the monthly series cover from..to (default: the last 24 months).',
    ok: InstituteDashboardDto,
    problems: { 400: `${PROBLEM}validation-failed`, 404: `${PROBLEM}not-found` },
  })
  institute(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Query() range: DashboardPeriodQueryDto,
  ): Promise<InstituteDashboardDto> {
    return this.dashboards.institute(actor, id, { ...range });
  }

  @ReadRoute({
    path: 'partners/:id',
    permission: 'dashboards.read',
    summary: "A partner's dashboard (its own people, or Root's)",
    description: 'Period figures and the monthly series cover from..to (default: the last 24 months).',
    ok: PartnerDashboardDto,
    problems: { 400: `${PROBLEM}validation-failed`, 404: `${PROBLEM}not-found` },
  })
  partner(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Query() range: DashboardPeriodQueryDto,
  ): Promise<PartnerDashboardDto> {
    return this.dashboards.partner(actor, id, { ...range });
  }
}
