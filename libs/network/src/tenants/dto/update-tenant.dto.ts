import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { REGION_CODE_PATTERN } from '../../tenant.types.js';
import { CITY_MAX_LENGTH, HOST_ORGANISATION_MAX_LENGTH, LEGAL_NAME_MAX_LENGTH } from './create-tenant.dto.js';
import { TenantNamesPatchDto } from './tenant-names-patch.dto.js';
import { Trim } from '../../trim.js';

const present = (_: object, value: unknown): boolean => value !== undefined;

/**
 * A partial edit of a tenant's profile. Absent fields are kept; `null` clears `regionCode`, `city` or
 * `hostOrganisation` (an institute keeps its region and city). `slug`, `kind` and `status` are not
 * fields: the validation pipe refuses them.
 */
export class UpdateTenantDto {
  @ApiPropertyOptional({ maxLength: LEGAL_NAME_MAX_LENGTH })
  @ValidateIf(present)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LEGAL_NAME_MAX_LENGTH)
  legalName?: string;

  @ApiPropertyOptional({ type: TenantNamesPatchDto, description: 'Only the locales given change' })
  @ValidateIf(present)
  @ValidateNested()
  @Type(() => TenantNamesPatchDto)
  names?: TenantNamesPatchDto;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    pattern: REGION_CODE_PATTERN.source,
    example: 'MA-04',
  })
  @IsOptional()
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a region code such as MA-03' })
  regionCode?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: CITY_MAX_LENGTH })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(CITY_MAX_LENGTH)
  city?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: HOST_ORGANISATION_MAX_LENGTH })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(HOST_ORGANISATION_MAX_LENGTH)
  hostOrganisation?: string | null;
}
