import { ApiProperty } from '@nestjs/swagger';
import { SUPPORT_KINDS, type ProjectBeneficiary, type SupportKind } from '../beneficiary.types.js';
import { BeneficiaryRecordResponseDto } from './beneficiary-record-response.dto.js';

/** A company the project supports, and how. */
export class ProjectBeneficiaryResponseDto {
  @ApiProperty({
    type: BeneficiaryRecordResponseDto,
    description: 'The registry entry (shared by every project)',
  })
  beneficiary!: BeneficiaryRecordResponseDto;

  @ApiProperty({ enum: SUPPORT_KINDS })
  supportKind!: SupportKind;

  @ApiProperty({ format: 'date', example: '2026-02-01' })
  startedOn!: string;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ format: 'date-time' })
  linkedAt!: string;

  static from(link: ProjectBeneficiary): ProjectBeneficiaryResponseDto {
    return {
      beneficiary: BeneficiaryRecordResponseDto.from(link.beneficiary),
      supportKind: link.supportKind,
      startedOn: link.startedOn,
      note: link.note,
      linkedAt: link.linkedAt.toISOString(),
    };
  }
}
