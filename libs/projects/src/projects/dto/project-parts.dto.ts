import { ApiProperty } from '@nestjs/swagger';
import type { CodeLabel, Labels, Person, TenantRef } from '../project.types.js';

export class LabelsDto {
  @ApiProperty() fr!: string;
  @ApiProperty() ar!: string;
  @ApiProperty() en!: string;

  static from(labels: Labels): LabelsDto {
    return { fr: labels.fr, ar: labels.ar, en: labels.en };
  }
}

export class CodeLabelDto {
  @ApiProperty({ example: 'research_innovation.applied_research' }) code!: string;
  @ApiProperty({ type: LabelsDto }) labels!: LabelsDto;

  static from(value: CodeLabel): CodeLabelDto {
    return { code: value.code, labels: LabelsDto.from(value.labels) };
  }
}

export class PersonDto {
  @ApiProperty({ format: 'uuid' }) id!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Null where the caller may not see the person (partners do not see institute staff)',
  })
  displayName!: string | null;

  static from(person: Person): PersonDto {
    return { id: person.id, displayName: person.displayName };
  }
}

export class TenantRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'jazari-fes' }) slug!: string;
  @ApiProperty({ description: 'Legal name' }) name!: string;

  static from(tenant: TenantRef): TenantRefDto {
    return { id: tenant.id, slug: tenant.slug, name: tenant.name };
  }
}

export class ProjectCountsDto {
  @ApiProperty() milestones!: number;
  @ApiProperty() deliverables!: number;
  @ApiProperty({ description: 'Milestones past due and not done' }) lateMilestones!: number;
  @ApiProperty({ description: 'Deliverables past due and still planned or rejected' })
  overdueDeliverables!: number;
}
