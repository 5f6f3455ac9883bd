import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CREATABLE_CONVENTION_TYPES,
  DEFAULT_REMINDER_INTERVAL_DAYS,
  MAX_PARTIES,
  MAX_PRIORITIES,
  MAX_PROJECTS,
  MONEY_PATTERN,
  PRIORITY_CODE_PATTERN,
  TITLE_MAX_LENGTH,
} from '../../convention.types.js';
import { IfPresent, IsDateOnly, IsMoney, LowerCase, Trim } from './convention-field.decorators.js';
import { ConventionPartyInputDto } from './convention-party.dto.js';

/**
 * A new convention of the caller's tenant. The owner, status, reference and version come from the
 * request's context, never from the body: the pipe refuses such fields.
 */
export class CreateConventionDto {
  @ApiProperty({ maxLength: TITLE_MAX_LENGTH, example: 'Convention de partenariat — vision par ordinateur' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TITLE_MAX_LENGTH)
  title!: string;

  @ApiProperty({ enum: CREATABLE_CONVENTION_TYPES, description: '`amendment` only through /amendments' })
  @IsIn(CREATABLE_CONVENTION_TYPES)
  type!: (typeof CREATABLE_CONVENTION_TYPES)[number];

  @ApiProperty({
    type: [ConventionPartyInputDto],
    maxItems: MAX_PARTIES,
    description: 'The owner is always a party: it is added first if missing',
  })
  @IsArray()
  @ArrayMaxSize(MAX_PARTIES)
  @ValidateNested({ each: true })
  @Type(() => ConventionPartyInputDto)
  parties!: ConventionPartyInputDto[];

  @ApiPropertyOptional({ format: 'date', example: '2026-03-01' })
  @IfPresent()
  @IsDateOnly()
  effectiveDate?: string;

  @ApiPropertyOptional({ format: 'date', example: '2029-02-28', description: 'On or after `effectiveDate`' })
  @IfPresent()
  @IsDateOnly()
  expiryDate?: string;

  @ApiPropertyOptional({
    type: String,
    pattern: MONEY_PATTERN.source,
    example: '2500000.00',
    description: 'MAD',
  })
  @IfPresent()
  @IsMoney()
  valueMad?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-02-15' })
  @IfPresent()
  @IsDateOnly()
  signingDeadline?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 60, default: DEFAULT_REMINDER_INTERVAL_DAYS })
  @IfPresent()
  @IsInt()
  @Min(1)
  @Max(60)
  reminderIntervalDays?: number;

  @ApiPropertyOptional({ type: [String], maxItems: MAX_PRIORITIES, example: ['research_innovation'] })
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(MAX_PRIORITIES)
  @IsString({ each: true })
  @Matches(PRIORITY_CODE_PATTERN, {
    each: true,
    message: 'each value in priorityCodes must be a priority code',
  })
  priorityCodes?: string[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: MAX_PROJECTS,
    description: 'Projects the caller can see',
  })
  @IfPresent()
  @LowerCase()
  @IsArray()
  @ArrayMaxSize(MAX_PROJECTS)
  @IsUUID('all', { each: true })
  projectIds?: string[];
}
