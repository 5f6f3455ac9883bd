import { ApiProperty } from '@nestjs/swagger';
import { SUPPORT_KINDS, type BeneficiarySupport, type SupportKind } from '../beneficiary.types.js';
import { NamesResponseDto } from './names-response.dto.js';
import { SupportInstituteResponseDto } from './support-institute-response.dto.js';
import { SupportProjectResponseDto } from './support-project-response.dto.js';

/** One project's support of a company. */
export class BeneficiarySupportResponseDto {
  @ApiProperty({ type: SupportInstituteResponseDto, description: 'The institute that gives the support' })
  institute!: SupportInstituteResponseDto;

  @ApiProperty({ type: SupportProjectResponseDto })
  project!: SupportProjectResponseDto;

  @ApiProperty({ enum: SUPPORT_KINDS })
  supportKind!: SupportKind;

  @ApiProperty({ format: 'date', example: '2026-02-01' })
  startedOn!: string;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ format: 'date-time' })
  linkedAt!: string;

  static from(support: BeneficiarySupport): BeneficiarySupportResponseDto {
    return {
      institute: { id: support.institute.id, names: NamesResponseDto.from(support.institute.names) },
      project: { id: support.project.id, title: support.project.title },
      supportKind: support.supportKind,
      startedOn: support.startedOn,
      note: support.note,
      linkedAt: support.linkedAt.toISOString(),
    };
  }
}
