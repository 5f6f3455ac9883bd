import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { MAX_POSITION } from '../../reference.types.js';
import { LocalizedLabelsPatchDto } from './localized-labels-patch.dto.js';

const present = (_: object, value: unknown): boolean => value !== undefined;

/**
 * A partial edit of a priority or a domain: relabel, reorder, deactivate (or reactivate). The code is in
 * the path and never changes; there is no delete, since projects reference the entry.
 */
export class UpdateReferenceEntryDto {
  @ApiPropertyOptional({ type: LocalizedLabelsPatchDto, description: 'Only the locales given change' })
  @ValidateIf(present)
  @ValidateNested()
  @Type(() => LocalizedLabelsPatchDto)
  labels?: LocalizedLabelsPatchDto;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_POSITION })
  @ValidateIf(present)
  @IsInt()
  @Min(0)
  @Max(MAX_POSITION)
  position?: number;

  @ApiPropertyOptional({ description: 'false hides it from new choices; what references it keeps it' })
  @ValidateIf(present)
  @IsBoolean()
  active?: boolean;
}
