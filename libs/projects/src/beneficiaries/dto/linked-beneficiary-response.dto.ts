import { ApiProperty } from '@nestjs/swagger';
import type { ProjectBeneficiaryLink } from '../beneficiary.types.js';
import { BeneficiaryMismatchResponseDto } from './beneficiary-mismatch-response.dto.js';
import { ProjectBeneficiaryResponseDto } from './project-beneficiary-response.dto.js';

/** What linking answers: the link, with the registry's entry, and whether the request described it otherwise. */
export class LinkedBeneficiaryResponseDto extends ProjectBeneficiaryResponseDto {
  @ApiProperty({
    type: BeneficiaryMismatchResponseDto,
    nullable: true,
    description:
      "Null when the request matches the registry's entry of this ICE; else what differs. The entry is " +
      'kept as it is (Root corrects it) and the mismatch is recorded for review',
  })
  mismatch!: BeneficiaryMismatchResponseDto | null;

  static fromLink(link: ProjectBeneficiaryLink): LinkedBeneficiaryResponseDto {
    return {
      ...ProjectBeneficiaryResponseDto.from(link),
      mismatch: link.mismatch ? BeneficiaryMismatchResponseDto.from(link.mismatch) : null,
    };
  }
}
