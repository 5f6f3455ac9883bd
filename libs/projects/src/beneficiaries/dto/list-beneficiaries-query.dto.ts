import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  BENEFICIARY_SIZES,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  REGION_CODE_PATTERN,
  SECTOR_PATTERN,
  type BeneficiarySize,
} from '../beneficiary.types.js';
import { Trim } from './trim.js';

export class ListBeneficiariesQueryDto {
  @ApiPropertyOptional({
    maxLength: 100,
    description: 'Searched in the name (ignoring case, accents and Arabic diacritics) and in the ICE',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: BENEFICIARY_SIZES })
  @IsOptional()
  @IsIn(BENEFICIARY_SIZES)
  size?: BeneficiarySize;

  @ApiPropertyOptional({ example: 'health', description: 'A thematic domain code' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(SECTOR_PATTERN, { message: 'sector must be a thematic domain code such as health' })
  sector?: string;

  @ApiPropertyOptional({ pattern: REGION_CODE_PATTERN.source, example: 'MA-06' })
  @IsOptional()
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'region must be a region code such as MA-06' })
  region?: string;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor is not a cursor this API issued' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;
}
