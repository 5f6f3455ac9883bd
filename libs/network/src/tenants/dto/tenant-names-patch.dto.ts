import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { NAME_MAX_LENGTH } from './tenant-names.dto.js';
import { Trim } from '../../trim.js';

const present = (_: object, value: unknown): boolean => value !== undefined;

/** Names to change; a locale left out keeps its name. A name cannot be cleared (`null` is refused). */
export class TenantNamesPatchDto {
  @ApiPropertyOptional({ maxLength: NAME_MAX_LENGTH })
  @ValidateIf(present)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  fr?: string;

  @ApiPropertyOptional({ maxLength: NAME_MAX_LENGTH })
  @ValidateIf(present)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  ar?: string;

  @ApiPropertyOptional({ maxLength: NAME_MAX_LENGTH })
  @ValidateIf(present)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  en?: string;
}
