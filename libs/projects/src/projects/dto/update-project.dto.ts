import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import {
  DOMAIN_CODE_PATTERN,
  MAX_DOMAINS,
  MAX_PRIORITIES,
  MONEY_PATTERN,
  PRIORITY_CODE_PATTERN,
  REGION_CODE_PATTERN,
  SUMMARY_MAX_LENGTH,
  TITLE_MAX_LENGTH,
} from '../project.types.js';
import { IfPresent, IsDateOnly, IsMoney, Trim } from './project-field.decorators.js';

/**
 * A partial edit of a project's content: absent fields are kept, `null` is refused, code lists replace
 * the stored sets. The type, status, team, lead and partners are not fields here.
 */
export class UpdateProjectDto {
  @ApiPropertyOptional({ maxLength: TITLE_MAX_LENGTH })
  @IfPresent()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TITLE_MAX_LENGTH)
  title?: string;

  @ApiPropertyOptional({ maxLength: SUMMARY_MAX_LENGTH })
  @IfPresent()
  @Trim()
  @IsString()
  @MaxLength(SUMMARY_MAX_LENGTH)
  summary?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IfPresent()
  @IsDateOnly()
  startDate?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IfPresent()
  @IsDateOnly()
  endDate?: string;

  @ApiPropertyOptional({ type: String, pattern: MONEY_PATTERN.source, example: '1250000.00' })
  @IfPresent()
  @IsMoney()
  budgetMad?: string;

  @ApiPropertyOptional({ type: String, pattern: MONEY_PATTERN.source, example: '310000.50' })
  @IfPresent()
  @IsMoney()
  spentMad?: string;

  @ApiPropertyOptional({ type: [String], minItems: 1, maxItems: MAX_PRIORITIES })
  @IfPresent()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PRIORITIES)
  @IsString({ each: true })
  @Matches(PRIORITY_CODE_PATTERN, {
    each: true,
    message: 'each value in priorityCodes must be a priority code',
  })
  priorityCodes?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 12 })
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(12)
  @IsString({ each: true })
  @Matches(REGION_CODE_PATTERN, { each: true, message: 'each value in regionCodes must be MA-01 … MA-12' })
  regionCodes?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: MAX_DOMAINS })
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(MAX_DOMAINS)
  @IsString({ each: true })
  @Matches(DOMAIN_CODE_PATTERN, { each: true, message: 'each value in domainCodes must be a domain code' })
  domainCodes?: string[];
}
