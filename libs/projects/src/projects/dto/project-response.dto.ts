import { ApiProperty } from '@nestjs/swagger';
import { PROJECT_STATUSES, type ProjectStatus } from '../../project-access.js';
import { CURRENCY, PROJECT_TYPES, type ProjectType, type ProjectView } from '../project.types.js';
import { CodeLabelDto, PersonDto, ProjectCountsDto, TenantRefDto } from './project-parts.dto.js';

/** A project as the caller sees it. Its version is also the response's `ETag`. */
export class ProjectResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: TenantRefDto, description: 'The institute that owns it' }) institute!: TenantRefDto;
  @ApiProperty({ enum: PROJECT_TYPES }) type!: ProjectType;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startDate!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endDate!: string | null;
  @ApiProperty({ example: '1250000.00', description: 'Decimal string' }) budgetMad!: string;
  @ApiProperty({ example: '0.00', description: 'Decimal string' }) spentMad!: string;
  @ApiProperty({ enum: [CURRENCY] }) currency!: typeof CURRENCY;
  @ApiProperty({ enum: PROJECT_STATUSES }) status!: ProjectStatus;

  @ApiProperty({
    enum: PROJECT_STATUSES,
    isArray: true,
    description:
      'Statuses the workflow allows from the current one (managers move it with the action routes)',
  })
  allowedTransitions!: ProjectStatus[];

  @ApiProperty({ description: 'Bumped by every change; the ETag is `"<version>"`' }) version!: number;
  @ApiProperty({ type: PersonDto }) lead!: PersonDto;
  @ApiProperty({ type: [PersonDto] }) team!: PersonDto[];
  @ApiProperty({ type: [TenantRefDto], description: 'A partner sees itself only' }) partners!: TenantRefDto[];
  @ApiProperty({ type: [CodeLabelDto] }) priorities!: CodeLabelDto[];
  @ApiProperty({ type: [CodeLabelDto] }) regions!: CodeLabelDto[];
  @ApiProperty({ type: [CodeLabelDto] }) domains!: CodeLabelDto[];
  @ApiProperty({ type: ProjectCountsDto }) counts!: ProjectCountsDto;
  @ApiProperty({ description: 'The caller may edit the content (PATCH)' }) canEdit!: boolean;
  @ApiProperty({ description: 'The caller may change status, team and partners' }) canManage!: boolean;
  @ApiProperty({ format: 'uuid' }) createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static from(view: ProjectView): ProjectResponseDto {
    return {
      id: view.id,
      institute: TenantRefDto.from(view.institute),
      type: view.type,
      title: view.title,
      summary: view.summary,
      startDate: view.startDate,
      endDate: view.endDate,
      budgetMad: view.budgetMad,
      spentMad: view.spentMad,
      currency: CURRENCY,
      status: view.status,
      allowedTransitions: [...view.allowedTransitions],
      version: view.version,
      lead: PersonDto.from(view.lead),
      team: view.team.map((p) => PersonDto.from(p)),
      partners: view.partners.map((t) => TenantRefDto.from(t)),
      priorities: view.priorities.map((c) => CodeLabelDto.from(c)),
      regions: view.regions.map((c) => CodeLabelDto.from(c)),
      domains: view.domains.map((c) => CodeLabelDto.from(c)),
      counts: { ...view.counts },
      canEdit: view.canEdit,
      canManage: view.canManage,
      createdBy: view.createdBy,
      createdAt: view.createdAt.toISOString(),
      updatedAt: view.updatedAt.toISOString(),
    };
  }
}
