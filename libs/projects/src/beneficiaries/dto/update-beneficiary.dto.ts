import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import {
  BENEFICIARY_NAME_MAX_LENGTH,
  BENEFICIARY_SIZES,
  REGION_CODE_PATTERN,
  SECTOR_PATTERN,
  type BeneficiarySize,
} from '../beneficiary.types.js';
import { Trim } from './trim.js';

const present = (_: object, value: unknown): boolean => value !== undefined;

/** Root's correction of a registry entry; absent fields are kept. The ICE is not a field: it never changes. */
export class UpdateBeneficiaryDto {
  @ApiPropertyOptional({ maxLength: BENEFICIARY_NAME_MAX_LENGTH })
  @ValidateIf(present)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(BENEFICIARY_NAME_MAX_LENGTH)
  name?: string;

  @ApiPropertyOptional({ enum: BENEFICIARY_SIZES })
  @ValidateIf(present)
  @IsIn(BENEFICIARY_SIZES)
  size?: BeneficiarySize;

  @ApiPropertyOptional({ example: 'health', description: 'An active thematic domain code' })
  @ValidateIf(present)
  @IsString()
  @MaxLength(100)
  @Matches(SECTOR_PATTERN, { message: 'sector must be a thematic domain code such as health' })
  sector?: string;

  @ApiPropertyOptional({ pattern: REGION_CODE_PATTERN.source, example: 'MA-06' })
  @ValidateIf(present)
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a region code such as MA-06' })
  regionCode?: string;
}
