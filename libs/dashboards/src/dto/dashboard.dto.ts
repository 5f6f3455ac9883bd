import { ApiProperty } from '@nestjs/swagger';
import type {
  DashboardFilters,
  InstituteDashboard,
  NationalDashboard,
  PartnerDashboard,
} from '../dashboard.types.js';

const FRESHNESS = 'When the roll-ups were last brought up to date (ISO 8601 UTC)';

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
    description: '{ active, awaitingSignature, expiringWithin90Days, byPartner[] }',
  })
  conventions!: NationalDashboard['conventions'];
  @ApiProperty({ type: Object, description: '{ byKind[], byInstitute[] }: capacity, allocated, used' })
  resources!: NationalDashboard['resources'];
  @ApiProperty({ type: Object, description: '{ held, participants, byKind[], byRegion[] } in the period' })
  workshops!: NationalDashboard['workshops'];
  @ApiProperty({ type: Object, description: '{ accepted, acceptedOnTime, onTimePercent } in the period' })
  deliverables!: NationalDashboard['deliverables'];
  @ApiProperty({ type: Object, description: 'National priority × region: { priorities, regions, cells }' })
  coverage!: NationalDashboard['coverage'];
  @ApiProperty({ type: [Object], description: 'One point per month of the period, oldest first' })
  series!: NationalDashboard['series'];
}

export class InstituteDashboardDto implements InstituteDashboard {
  @ApiProperty({ description: FRESHNESS }) asOf!: string;
  @ApiProperty({ format: 'uuid' }) tenantId!: string;
  @ApiProperty({ type: Object, description: '{ fr, ar, en }' }) name!: InstituteDashboard['name'];
  @ApiProperty({ type: Object }) projects!: InstituteDashboard['projects'];
  @ApiProperty({ type: [Object] }) lateMilestones!: InstituteDashboard['lateMilestones'];
  @ApiProperty({ type: [Object] }) overdueDeliverables!: InstituteDashboard['overdueDeliverables'];
  @ApiProperty({ type: [Object] }) kpis!: InstituteDashboard['kpis'];
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
  @ApiProperty({ type: [Object], description: 'One point per month of the period, oldest first' })
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
    type: [Object],
    description: '{ month, conventionsSigned, workshopsHeld } per month of the period, oldest first',
  })
  series!: PartnerDashboard['series'];
}
