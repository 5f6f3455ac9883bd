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
import { CODE_MAX_LENGTH, DOMAIN_CODE_PATTERN, MAX_POSITION } from '../../reference.types.js';
import { LocalizedLabelsDto } from './localized-labels.dto.js';

export class CreateDomainDto {
  @ApiProperty({
    maxLength: CODE_MAX_LENGTH,
    pattern: DOMAIN_CODE_PATTERN.source,
    example: 'mining',
    description: 'Lower-case letters, digits and _; never changes',
  })
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  @Matches(DOMAIN_CODE_PATTERN, { message: 'code must be lower-case letters, digits and _' })
  code!: string;

  @ApiProperty({ type: LocalizedLabelsDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => LocalizedLabelsDto)
  labels!: LocalizedLabelsDto;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_POSITION,
    description: 'Display order; by default after the last domain',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_POSITION)
  position?: number;
}
