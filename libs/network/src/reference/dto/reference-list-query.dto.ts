import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

/** `true`/`false` as a query string; anything else is left for `IsBoolean` to refuse. */
const booleanQuery = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ReferenceListQueryDto {
  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description: 'Also list deactivated entries (Root only; 403 `forbidden` otherwise)',
  })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean()
  includeInactive?: boolean;
}
