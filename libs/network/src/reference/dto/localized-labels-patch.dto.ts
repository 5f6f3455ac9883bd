import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { LABEL_MAX_LENGTH } from '../../reference.types.js';
import { Trim } from '../../trim.js';

const present = (_: object, value: unknown): boolean => value !== undefined;

/** Labels to change; a locale left out keeps its label. A label cannot be cleared (`null` is refused). */
export class LocalizedLabelsPatchDto {
  @ApiPropertyOptional({ maxLength: LABEL_MAX_LENGTH })
  @ValidateIf(present)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LABEL_MAX_LENGTH)
  fr?: string;

  @ApiPropertyOptional({ maxLength: LABEL_MAX_LENGTH })
  @ValidateIf(present)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LABEL_MAX_LENGTH)
  ar?: string;

  @ApiPropertyOptional({ maxLength: LABEL_MAX_LENGTH })
  @ValidateIf(present)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LABEL_MAX_LENGTH)
  en?: string;
}
