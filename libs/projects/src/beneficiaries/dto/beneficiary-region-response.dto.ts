import { ApiProperty } from '@nestjs/swagger';
import type { BeneficiaryRecord } from '../beneficiary.types.js';
import { NamesResponseDto } from './names-response.dto.js';

export class BeneficiaryRegionResponseDto {
  @ApiProperty({ example: 'MA-06' })
  code!: string;

  @ApiProperty({ type: NamesResponseDto })
  names!: NamesResponseDto;

  static from(region: BeneficiaryRecord['region']): BeneficiaryRegionResponseDto {
    return { code: region.code, names: NamesResponseDto.from(region.names) };
  }
}
