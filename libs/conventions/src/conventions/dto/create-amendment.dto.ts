import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { MONEY_PATTERN, TITLE_MAX_LENGTH } from '../../convention.types.js';
import { IfPresent, IsDateOnly, IsMoney, Trim } from './convention-field.decorators.js';

/** An amendment: its own title and terms; the parties are the parent's. */
export class CreateAmendmentDto {
  @ApiProperty({ maxLength: TITLE_MAX_LENGTH, example: 'Avenant n° 1 — extension du périmètre' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TITLE_MAX_LENGTH)
  title!: string;

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

  @ApiPropertyOptional({ minimum: 1, maximum: 60, description: "Default: the parent's" })
  @IfPresent()
  @IsInt()
  @Min(1)
  @Max(60)
  reminderIntervalDays?: number;
}
