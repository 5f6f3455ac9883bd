import { ApiProperty } from '@nestjs/swagger';
import { PROJECT_STATUSES, type ProjectStatus } from '../../project-access.js';
import {
  CURRENCY,
  PROJECT_TYPES,
  type Page,
  type ProjectListRow,
  type ProjectType,
} from '../project.types.js';
import { PersonDto, TenantRefDto } from './project-parts.dto.js';

export class ProjectListItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: TenantRefDto }) institute!: TenantRefDto;
  @ApiProperty({ enum: PROJECT_TYPES }) type!: ProjectType;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: PROJECT_STATUSES }) status!: ProjectStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startDate!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endDate!: string | null;
  @ApiProperty({ example: '1250000.00' }) budgetMad!: string;
  @ApiProperty({ example: '0.00' }) spentMad!: string;
  @ApiProperty({ enum: [CURRENCY] }) currency!: typeof CURRENCY;
  @ApiProperty({ type: PersonDto }) lead!: PersonDto;
  @ApiProperty({ type: [String] }) priorityCodes!: string[];
  @ApiProperty({ type: [String] }) regionCodes!: string[];
  @ApiProperty({ type: [String] }) domainCodes!: string[];
  @ApiProperty() lateMilestones!: number;
  @ApiProperty() overdueDeliverables!: number;

  static from(row: ProjectListRow): ProjectListItemDto {
    return {
      id: row.id,
      institute: TenantRefDto.from(row.institute),
      type: row.type,
      title: row.title,
      status: row.status,
      startDate: row.startDate,
      endDate: row.endDate,
      budgetMad: row.budgetMad,
      spentMad: row.spentMad,
      currency: CURRENCY,
      lead: PersonDto.from(row.lead),
      priorityCodes: [...row.priorityCodes],
      regionCodes: [...row.regionCodes],
      domainCodes: [...row.domainCodes],
      lateMilestones: row.lateMilestones,
      overdueDeliverables: row.overdueDeliverables,
    };
  }
}

export class ProjectPageDto {
  @ApiProperty({ type: [ProjectListItemDto] }) data!: ProjectListItemDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` to get the next page; null on the last page',
  })
  nextCursor!: string | null;

  static from(page: Page<ProjectListRow>): ProjectPageDto {
    return { data: page.data.map((row) => ProjectListItemDto.from(row)), nextCursor: page.nextCursor };
  }
}
