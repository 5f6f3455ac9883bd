import { ApiProperty } from '@nestjs/swagger';
import type { BeneficiaryMismatchReview, Page } from '../beneficiary.types.js';
import { BeneficiaryDifferenceResponseDto } from './beneficiary-mismatch-response.dto.js';
import { BeneficiaryRecordResponseDto } from './beneficiary-record-response.dto.js';
import { SupportInstituteResponseDto } from './support-institute-response.dto.js';
import { SupportProjectResponseDto } from './support-project-response.dto.js';

/** A link that described a company otherwise than the registry, for Root to review. */
export class BeneficiaryMismatchReviewResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: BeneficiaryRecordResponseDto, description: "The registry's entry as it is now" })
  beneficiary!: BeneficiaryRecordResponseDto;

  @ApiProperty({ type: SupportInstituteResponseDto, description: 'The institute that linked it' })
  institute!: SupportInstituteResponseDto;

  @ApiProperty({ type: SupportProjectResponseDto })
  project!: SupportProjectResponseDto;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Who linked it' })
  reportedBy!: string | null;

  @ApiProperty({
    type: [BeneficiaryDifferenceResponseDto],
    description: 'What differed when it was linked (the registry may have been corrected since)',
  })
  differences!: BeneficiaryDifferenceResponseDto[];

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  static from(m: BeneficiaryMismatchReview): BeneficiaryMismatchReviewResponseDto {
    return {
      id: m.id,
      beneficiary: BeneficiaryRecordResponseDto.from(m.beneficiary),
      institute: { id: m.institute.id, names: { ...m.institute.names } },
      project: { id: m.project.id, title: m.project.title },
      reportedBy: m.reportedBy,
      differences: m.differences.map((d) => BeneficiaryDifferenceResponseDto.from(d)),
      createdAt: m.createdAt.toISOString(),
    };
  }
}

export class BeneficiaryMismatchPageResponseDto {
  @ApiProperty({ type: [BeneficiaryMismatchReviewResponseDto] })
  data!: BeneficiaryMismatchReviewResponseDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` to get the next page; null on the last page',
  })
  nextCursor!: string | null;

  static from(page: Page<BeneficiaryMismatchReview>): BeneficiaryMismatchPageResponseDto {
    return {
      data: page.data.map((m) => BeneficiaryMismatchReviewResponseDto.from(m)),
      nextCursor: page.nextCursor,
    };
  }
}
