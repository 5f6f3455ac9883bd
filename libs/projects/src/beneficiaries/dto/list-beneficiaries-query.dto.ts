import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageCursor, PageLimit } from '@jazari/http';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
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

  @PageCursor()
  cursor?: string;

  @PageLimit(MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE)
  limit?: number;
}
