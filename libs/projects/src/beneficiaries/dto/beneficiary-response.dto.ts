import { ApiProperty } from '@nestjs/swagger';
import type { Beneficiary } from '../beneficiary.types.js';
import { BeneficiaryRecordResponseDto } from './beneficiary-record-response.dto.js';
import { BeneficiarySupportResponseDto } from './beneficiary-support-response.dto.js';

/** A registry entry with the supports the caller can see. */
export class BeneficiaryResponseDto extends BeneficiaryRecordResponseDto {
  @ApiProperty({
    type: [BeneficiarySupportResponseDto],
    description:
      "The supports the caller can see: its own institute's, those of the projects a partner takes part in, every one for Root",
  })
  supports!: BeneficiarySupportResponseDto[];

  static fromBeneficiary(beneficiary: Beneficiary): BeneficiaryResponseDto {
    return {
      ...BeneficiaryRecordResponseDto.from(beneficiary),
      supports: beneficiary.supports.map((s) => BeneficiarySupportResponseDto.from(s)),
    };
  }
}
