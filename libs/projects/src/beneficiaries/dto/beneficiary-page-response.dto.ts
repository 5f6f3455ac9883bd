import { ApiProperty } from '@nestjs/swagger';
import type { Beneficiary, Page } from '../beneficiary.types.js';
import { BeneficiaryResponseDto } from './beneficiary-response.dto.js';

export class BeneficiaryPageResponseDto {
  @ApiProperty({ type: [BeneficiaryResponseDto] })
  data!: BeneficiaryResponseDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` to get the next page; null on the last page',
  })
  nextCursor!: string | null;

  static from(page: Page<Beneficiary>): BeneficiaryPageResponseDto {
    return {
      data: page.data.map((b) => BeneficiaryResponseDto.fromBeneficiary(b)),
      nextCursor: page.nextCursor,
    };
  }
}
