import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import {
  DOMAIN_CODE_PATTERN,
  MAX_DOMAINS,
  MAX_PARTNERS,
  MAX_PRIORITIES,
  MAX_TEAM,
  MONEY_PATTERN,
  PRIORITY_CODE_PATTERN,
  PROJECT_TYPES,
  REGION_CODE_PATTERN,
  SUMMARY_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  type ProjectType,
} from '../project.types.js';
import { IfPresent, IsDateOnly, IsMoney, LowerCase, Trim } from './project-field.decorators.js';

/**
 * A new project of the caller's institute. The institute, the status (`proposed`), the version and the
 * author come from the request's context, never from the body: the pipe refuses such fields.
 */
export class CreateProjectDto {
  @ApiProperty({ enum: PROJECT_TYPES })
  @IsIn(PROJECT_TYPES)
  type!: ProjectType;

  @ApiProperty({ maxLength: TITLE_MAX_LENGTH, example: 'Prédiction des récoltes par imagerie satellite' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TITLE_MAX_LENGTH)
  title!: string;

  @ApiProperty({ maxLength: SUMMARY_MAX_LENGTH })
  @Trim()
  @IsString()
  @MaxLength(SUMMARY_MAX_LENGTH)
  summary!: string;

  @ApiProperty({ format: 'date', example: '2026-01-01' })
  @IsDateOnly()
  startDate!: string;

  @ApiProperty({ format: 'date', example: '2027-12-31', description: 'On or after `startDate`' })
  @IsDateOnly()
  endDate!: string;

  @ApiProperty({ type: String, pattern: MONEY_PATTERN.source, example: '1250000.00', description: 'MAD' })
  @IsMoney()
  budgetMad!: string;

  @ApiPropertyOptional({ type: String, pattern: MONEY_PATTERN.source, example: '0.00', default: '0.00' })
  @IfPresent()
  @IsMoney()
  spentMad?: string;

  @ApiProperty({ format: 'uuid', description: 'A member of the institute' })
  @LowerCase()
  @IsUUID('all')
  leadUserId!: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: MAX_TEAM,
    description: 'Members of the institute',
  })
  @IfPresent()
  @LowerCase()
  @IsArray()
  @ArrayMaxSize(MAX_TEAM)
  @IsUUID('all', { each: true })
  team?: string[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: MAX_PARTNERS,
    description: 'Active partner tenants; they read the project',
  })
  @IfPresent()
  @LowerCase()
  @IsArray()
  @ArrayMaxSize(MAX_PARTNERS)
  @IsUUID('all', { each: true })
  partnerTenantIds?: string[];

  @ApiProperty({
    type: [String],
    minItems: 1,
    maxItems: MAX_PRIORITIES,
    example: ['research_innovation.applied_research'],
    description: 'Active national priority codes',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PRIORITIES)
  @IsString({ each: true })
  @Matches(PRIORITY_CODE_PATTERN, {
    each: true,
    message: 'each value in priorityCodes must be a priority code',
  })
  priorityCodes!: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 12, example: ['MA-03'], description: 'Region codes' })
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(12)
  @IsString({ each: true })
  @Matches(REGION_CODE_PATTERN, { each: true, message: 'each value in regionCodes must be MA-01 … MA-12' })
  regionCodes?: string[];

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_DOMAINS,
    example: ['agriculture'],
    description: 'Active thematic domain codes',
  })
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(MAX_DOMAINS)
  @IsString({ each: true })
  @Matches(DOMAIN_CODE_PATTERN, { each: true, message: 'each value in domainCodes must be a domain code' })
  domainCodes?: string[];
}
