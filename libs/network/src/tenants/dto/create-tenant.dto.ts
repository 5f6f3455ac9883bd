import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CREATABLE_TENANT_KINDS,
  REGION_CODE_PATTERN,
  SLUG_PATTERN,
  type CreatableTenantKind,
} from '../../tenant.types.js';
import { TenantNamesDto } from './tenant-names.dto.js';
import { Trim } from '../../trim.js';

export const LEGAL_NAME_MAX_LENGTH = 300;
export const CITY_MAX_LENGTH = 120;
export const HOST_ORGANISATION_MAX_LENGTH = 300;

const instituteOrGiven = (dto: CreateTenantDto, value: unknown): boolean =>
  dto.kind === 'institute' || (value !== undefined && value !== null);

/**
 * A new institute or partner. Root is never created here (there is exactly one); `id`, `status` and
 * `tenantId` are not fields, so the validation pipe refuses them.
 */
export class CreateTenantDto {
  @ApiProperty({ enum: CREATABLE_TENANT_KINDS, example: 'institute' })
  @IsIn(CREATABLE_TENANT_KINDS, { message: 'kind must be institute or partner (there is exactly one Root)' })
  kind!: CreatableTenantKind;

  @ApiProperty({
    minLength: 3,
    maxLength: 63,
    pattern: SLUG_PATTERN.source,
    example: 'jazari-fes',
    description: 'Unique, lower-case kebab-case; cannot be changed later',
  })
  @IsString()
  @Length(3, 63)
  @Matches(SLUG_PATTERN, { message: 'slug must be lower-case letters and digits in dash-separated words' })
  slug!: string;

  @ApiProperty({ maxLength: LEGAL_NAME_MAX_LENGTH, example: 'Institut Jazari de Fès (IJF)' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LEGAL_NAME_MAX_LENGTH)
  legalName!: string;

  @ApiProperty({ type: TenantNamesDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => TenantNamesDto)
  names!: TenantNamesDto;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    pattern: REGION_CODE_PATTERN.source,
    example: 'MA-03',
    description: 'ISO 3166-2:MA region code (see `GET /regions`); required for an institute',
  })
  @ValidateIf(instituteOrGiven)
  @IsDefined({ message: 'regionCode is required for an institute' })
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a region code such as MA-03' })
  regionCode?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: CITY_MAX_LENGTH,
    example: 'Fès',
    description: 'Required for an institute',
  })
  @ValidateIf(instituteOrGiven)
  @IsDefined({ message: 'city is required for an institute' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(CITY_MAX_LENGTH)
  city?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: HOST_ORGANISATION_MAX_LENGTH,
    example: 'Université Sidi Mohamed Ben Abdellah',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(HOST_ORGANISATION_MAX_LENGTH)
  hostOrganisation?: string | null;
}
