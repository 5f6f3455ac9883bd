import { ApiProperty } from '@nestjs/swagger';
import { BENEFICIARY_SIZES, type BeneficiaryRecord, type BeneficiarySize } from '../beneficiary.types.js';
import { BeneficiaryRegionResponseDto } from './beneficiary-region-response.dto.js';

/** A company of the national registry. */
export class BeneficiaryRecordResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '001525368000087', description: 'ICE: 15 digits, unique in the registry' })
  ice!: string;

  @ApiProperty({ example: 'Sahara Vision SARL' })
  name!: string;

  @ApiProperty({ enum: BENEFICIARY_SIZES })
  size!: BeneficiarySize;

  @ApiProperty({ example: 'health', description: 'A thematic domain code' })
  sector!: string;

  @ApiProperty({ type: BeneficiaryRegionResponseDto })
  region!: BeneficiaryRegionResponseDto;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  static from(record: BeneficiaryRecord): BeneficiaryRecordResponseDto {
    return {
      id: record.id,
      ice: record.ice,
      name: record.name,
      size: record.size,
      sector: record.sector,
      region: BeneficiaryRegionResponseDto.from(record.region),
      createdAt: record.createdAt.toISOString(),
      updatedAt: record.updatedAt.toISOString(),
    };
  }
}
