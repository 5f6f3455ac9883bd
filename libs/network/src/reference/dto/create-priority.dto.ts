import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CODE_MAX_LENGTH, MAX_POSITION, PRIORITY_CODE_PATTERN } from '../../reference.types.js';
import { LocalizedLabelsDto } from './localized-labels.dto.js';

/**
 * A new pillar (`code` without a dot) or sub-priority (`pillar.part`, under an existing pillar). The code
 * says where it sits, so there is no parent field; a third level is not a valid code.
 */
export class CreatePriorityDto {
  @ApiProperty({
    maxLength: CODE_MAX_LENGTH,
    pattern: PRIORITY_CODE_PATTERN.source,
    example: 'startup_support.seed_funding',
    description:
      "A pillar's code, or a sub-priority's: its pillar's code, a dot, its own part. Never changes.",
  })
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  @Matches(PRIORITY_CODE_PATTERN, {
    message:
      'code must be a pillar code (lower-case letters, digits, _) or pillar.sub-priority: there are two levels only',
  })
  code!: string;

  @ApiProperty({ type: LocalizedLabelsDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => LocalizedLabelsDto)
  labels!: LocalizedLabelsDto;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_POSITION,
    description: 'Display order among its siblings; by default after the last one',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_POSITION)
  position?: number;
}
