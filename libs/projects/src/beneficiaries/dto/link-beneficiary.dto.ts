import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  BENEFICIARY_NAME_MAX_LENGTH,
  BENEFICIARY_SIZES,
  REGION_CODE_PATTERN,
  ICE_PATTERN,
  SECTOR_PATTERN,
  SUPPORT_KINDS,
  SUPPORT_NOTE_MAX_LENGTH,
  type BeneficiarySize,
  type SupportKind,
} from '../beneficiary.types.js';
import { Trim } from './trim.js';

const DATE_PATTERN = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/**
 * A company the project supports, and how. The company is looked up by ICE in the national registry;
 * a new ICE registers it with the name, size, sector and region given, a known one keeps the registry's
 * (Root corrects the registry).
 */
export class LinkBeneficiaryDto {
  @ApiProperty({ pattern: ICE_PATTERN.source, example: '001525368000087', description: 'ICE: 15 digits' })
  @IsString()
  @Matches(ICE_PATTERN, { message: 'ice must be the 15 digits of an ICE' })
  ice!: string;

  @ApiProperty({ maxLength: BENEFICIARY_NAME_MAX_LENGTH, example: 'Sahara Vision SARL' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(BENEFICIARY_NAME_MAX_LENGTH)
  name!: string;

  @ApiProperty({ enum: BENEFICIARY_SIZES })
  @IsIn(BENEFICIARY_SIZES)
  size!: BeneficiarySize;

  @ApiProperty({ example: 'health', description: 'An active thematic domain code (see `GET /domains`)' })
  @IsString()
  @MaxLength(100)
  @Matches(SECTOR_PATTERN, { message: 'sector must be a thematic domain code such as health' })
  sector!: string;

  @ApiProperty({ pattern: REGION_CODE_PATTERN.source, example: 'MA-06' })
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a region code such as MA-06' })
  regionCode!: string;

  @ApiProperty({ enum: SUPPORT_KINDS })
  @IsIn(SUPPORT_KINDS)
  supportKind!: SupportKind;

  @ApiProperty({ format: 'date', example: '2026-02-01' })
  @IsString()
  @Matches(DATE_PATTERN, { message: 'startedOn must be a date, YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'startedOn must be a date that exists' })
  startedOn!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: SUPPORT_NOTE_MAX_LENGTH })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(SUPPORT_NOTE_MAX_LENGTH)
  note?: string | null;
}
