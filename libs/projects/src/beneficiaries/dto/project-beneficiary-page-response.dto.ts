import { ApiProperty } from '@nestjs/swagger';
import type { Page, ProjectBeneficiary } from '../beneficiary.types.js';
import { ProjectBeneficiaryResponseDto } from './project-beneficiary-response.dto.js';

export class ProjectBeneficiaryPageResponseDto {
  @ApiProperty({ type: [ProjectBeneficiaryResponseDto] })
  data!: ProjectBeneficiaryResponseDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` to get the next page; null on the last page',
  })
  nextCursor!: string | null;

  static from(page: Page<ProjectBeneficiary>): ProjectBeneficiaryPageResponseDto {
    return { data: page.data.map((l) => ProjectBeneficiaryResponseDto.from(l)), nextCursor: page.nextCursor };
  }
}
