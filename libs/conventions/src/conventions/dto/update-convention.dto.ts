import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
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
  MAX_PARTIES,
  MAX_PRIORITIES,
  MAX_PROJECTS,
  MONEY_PATTERN,
  PRIORITY_CODE_PATTERN,
  TITLE_MAX_LENGTH,
} from '../../convention.types.js';
import { IfPresent, IsDateOnly, IsMoney, LowerCase, Trim } from './convention-field.decorators.js';
import { ConventionPartyInputDto } from './convention-party.dto.js';

/** A partial edit of a draft: absent fields are kept, `null` is refused, lists replace the stored ones. */
export class UpdateConventionDto {
  @ApiPropertyOptional({ maxLength: TITLE_MAX_LENGTH })
  @IfPresent()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TITLE_MAX_LENGTH)
  title?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IfPresent()
  @IsDateOnly()
  effectiveDate?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IfPresent()
  @IsDateOnly()
  expiryDate?: string;

  @ApiPropertyOptional({ type: String, pattern: MONEY_PATTERN.source })
  @IfPresent()
  @IsMoney()
  valueMad?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IfPresent()
  @IsDateOnly()
  signingDeadline?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 60 })
  @IfPresent()
  @IsInt()
  @Min(1)
  @Max(60)
  reminderIntervalDays?: number;

  @ApiPropertyOptional({
    type: [ConventionPartyInputDto],
    maxItems: MAX_PARTIES,
    description: 'Replaces the parties',
  })
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(MAX_PARTIES)
  @ValidateNested({ each: true })
  @Type(() => ConventionPartyInputDto)
  parties?: ConventionPartyInputDto[];

  @ApiPropertyOptional({ type: [String], maxItems: MAX_PRIORITIES })
  @IfPresent()
  @IsArray()
  @ArrayMaxSize(MAX_PRIORITIES)
  @IsString({ each: true })
  @Matches(PRIORITY_CODE_PATTERN, {
    each: true,
    message: 'each value in priorityCodes must be a priority code',
  })
  priorityCodes?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: MAX_PROJECTS })
  @IfPresent()
  @LowerCase()
  @IsArray()
  @ArrayMaxSize(MAX_PROJECTS)
  @IsUUID('all', { each: true })
  projectIds?: string[];
}
