import { ApiProperty } from '@nestjs/swagger';
import type {
  DashboardFilters,
  DeclaredMonth,
  InstituteDashboard,
  MonthlyPoint,
  NationalDashboard,
  PartnerDashboard,
  PartnerMonthlyPoint,
} from '../../dashboard.types.js';

const FRESHNESS = 'When the roll-ups were last brought up to date (ISO 8601 UTC)';
const DECLARED =
  'Carried over from the reporting before Jazari, as the tenants declared it (`dashboard_history`): never ' +
  'included in the recorded figures of the month; null when nothing was declared for the month';

/** A month's carried-over figures, as declared (same names and meanings as the recorded ones). */
export class DeclaredMonthDto implements DeclaredMonth {
  @ApiProperty({ type: 'integer' }) projectsActive!: number;
  @ApiProperty({ type: 'integer' }) projectsStarted!: number;
  @ApiProperty({ description: 'Decimal MAD, as a string', example: '250000.00' }) budgetCommittedMad!: string;
  @ApiProperty({ type: 'integer' }) conventionsSigned!: number;
  @ApiProperty({ type: 'integer' }) workshopsHeld!: number;
  @ApiProperty({ type: 'integer' }) beneficiariesSupported!: number;
}

/** One month of the national or an institute's series: what Jazari recorded, and what was declared. */
export class MonthlyPointDto implements MonthlyPoint {
  @ApiProperty({ example: '2026-03', description: 'YYYY-MM' }) month!: string;
  @ApiProperty({ type: 'integer', description: 'Recorded projects running at some point of the month' })
  projectsActive!: number;
  @ApiProperty({ type: 'integer', description: 'Recorded projects whose start date falls in the month' })
  projectsStarted!: number;
  @ApiProperty({ description: 'Budget of those projects, decimal MAD as a string' })
  budgetCommittedMad!: string;
  @ApiProperty({ type: 'integer', description: 'Recorded conventions that became active in the month' })
  conventionsSigned!: number;
  @ApiProperty({ type: 'integer', description: 'Recorded workshops held in the month' })
  workshopsHeld!: number;
  @ApiProperty({ type: 'integer', description: 'Registry companies first linked to a project in the month' })
  beneficiariesSupported!: number;
  @ApiProperty({ type: DeclaredMonthDto, nullable: true, description: DECLARED })
  declared!: DeclaredMonth | null;
}

export class PartnerDeclaredMonthDto {
  @ApiProperty({ type: 'integer' }) conventionsSigned!: number;
  @ApiProperty({ type: 'integer' }) workshopsHeld!: number;
}

export class PartnerMonthlyPointDto implements PartnerMonthlyPoint {
  @ApiProperty({ example: '2026-03', description: 'YYYY-MM' }) month!: string;
  @ApiProperty({
    type: 'integer',
    description: 'Recorded conventions it is a party to, active from the month',
  })
  conventionsSigned!: number;
  @ApiProperty({ type: 'integer', description: 'Recorded workshops it organised, held in the month' })
  workshopsHeld!: number;
  @ApiProperty({ type: PartnerDeclaredMonthDto, nullable: true, description: DECLARED })
  declared!: PartnerDeclaredMonthDto | null;
}

/** The national dashboard (docs/dashboards.md has every figure's definition). */
export class NationalDashboardDto implements NationalDashboard {
  @ApiProperty({ description: FRESHNESS }) asOf!: string;
  @ApiProperty({ type: Object, description: 'The filters applied, with the period resolved' })
  filters!: DashboardFilters;
  @ApiProperty({ type: Object, description: '{ institutes, partners } (active tenants)' })
  network!: NationalDashboard['network'];
  @ApiProperty({
    type: Object,
    description: '{ total, byStatus, byType, byRegion, byPriority, budgetCommittedMad, budgetSpentMad }',
  })
  projects!: NationalDashboard['projects'];
  @ApiProperty({ type: Object, description: '{ total, startups, smes } (distinct registry companies)' })
  beneficiaries!: NationalDashboard['beneficiaries'];
  @ApiProperty({
    type: Object,
    description:
      "{ active, awaitingSignature, expiringWithin90Days, byPartner[], byRegion[] } (byRegion: by the owner tenant's region)",
  })
  conventions!: NationalDashboard['conventions'];
  @ApiProperty({
    type: Object,
    description:
      "{ byKind[], byInstitute[], byRegion[] }: capacity, allocated, used (byRegion: by the owner's region, per kind and unit)",
  })
  resources!: NationalDashboard['resources'];
  @ApiProperty({ type: Object, description: '{ held, participants, byKind[], byRegion[] } in the period' })
  workshops!: NationalDashboard['workshops'];
  @ApiProperty({ type: Object, description: '{ accepted, acceptedOnTime, onTimePercent } in the period' })
  deliverables!: NationalDashboard['deliverables'];
  @ApiProperty({ type: Object, description: 'National priority × region: { priorities, regions, cells }' })
  coverage!: NationalDashboard['coverage'];
  @ApiProperty({ type: [MonthlyPointDto], description: 'One point per month of the period, oldest first' })
  series!: NationalDashboard['series'];
}

export class InstituteDashboardDto implements InstituteDashboard {
  @ApiProperty({ description: FRESHNESS }) asOf!: string;
  @ApiProperty({ format: 'uuid' }) tenantId!: string;
  @ApiProperty({ type: Object, description: '{ fr, ar, en }' }) name!: InstituteDashboard['name'];
  @ApiProperty({ type: Object }) projects!: InstituteDashboard['projects'];
  @ApiProperty({ type: [Object] }) lateMilestones!: InstituteDashboard['lateMilestones'];
  @ApiProperty({ type: [Object] }) overdueDeliverables!: InstituteDashboard['overdueDeliverables'];
  @ApiProperty({
    type: [Object],
    description:
      '{ projectId, projectTitle, kpiId, name, unit, target, direction, latest, percent }: percent follows ' +
      'the direction (latest ÷ target, or target ÷ latest when lower is better; 100 or more: met)',
  })
  kpis!: InstituteDashboard['kpis'];
  @ApiProperty({ type: Object, description: '{ owned[], allocated[], pendingRequests }' })
  resources!: InstituteDashboard['resources'];
  @ApiProperty({ type: [Object] }) upcomingWorkshops!: InstituteDashboard['upcomingWorkshops'];
  @ApiProperty({ type: Object, description: 'What the institute owes: { open, met, overdue, waived }' })
  obligations!: InstituteDashboard['obligations'];
  @ApiProperty({ type: Object, description: '{ from, to }: the months the figures below cover' })
  period!: InstituteDashboard['period'];
  @ApiProperty({
    type: Object,
    description: '{ held, participants, byKind[], byRegion[] }: workshops it organised, held in the period',
  })
  workshops!: InstituteDashboard['workshops'];
  @ApiProperty({ type: Object, description: '{ accepted, acceptedOnTime, onTimePercent } in the period' })
  deliverables!: InstituteDashboard['deliverables'];
  @ApiProperty({ type: [MonthlyPointDto], description: 'One point per month of the period, oldest first' })
  series!: InstituteDashboard['series'];
}

export class PartnerDashboardDto implements PartnerDashboard {
  @ApiProperty({ description: FRESHNESS }) asOf!: string;
  @ApiProperty({ format: 'uuid' }) tenantId!: string;
  @ApiProperty({ type: Object, description: '{ fr, ar, en }' }) name!: PartnerDashboard['name'];
  @ApiProperty({ type: Object, description: '{ byStatus[], expiringWithin90Days }' })
  conventions!: PartnerDashboard['conventions'];
  @ApiProperty({ type: [Object] }) signaturesPending!: PartnerDashboard['signaturesPending'];
  @ApiProperty({ type: Object, description: '{ weOwe, owedToUs }' })
  obligations!: PartnerDashboard['obligations'];
  @ApiProperty({ type: [Object] }) upcomingWorkshops!: PartnerDashboard['upcomingWorkshops'];
  @ApiProperty({ description: 'Held workshops its people attended (checked in)' }) workshopsAttended!: number;
  @ApiProperty({ type: Object, description: '{ from, to }: the months the figures below cover' })
  period!: PartnerDashboard['period'];
  @ApiProperty({ description: 'Conventions it is a party to that became active in the period' })
  conventionsSigned!: number;
  @ApiProperty({
    type: Object,
    description: '{ held, participants, byKind[], byRegion[] }: workshops it organised, held in the period',
  })
  workshops!: PartnerDashboard['workshops'];
  @ApiProperty({
    type: [PartnerMonthlyPointDto],
    description: 'One point per month of the period, oldest first',
  })
  series!: PartnerDashboard['series'];
}
