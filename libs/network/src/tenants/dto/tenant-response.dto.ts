import { ApiProperty } from '@nestjs/swagger';
import { TENANT_KINDS, type TenantKind } from '@jazari/database';
import { TENANT_STATUSES, type Tenant, type TenantStatus } from '../../tenant.types.js';
import { LocalizedNamesResponseDto } from '../../regions/dto/localized-names-response.dto.js';
import { RegionResponseDto } from '../../regions/dto/region-response.dto.js';

export class TenantResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: TENANT_KINDS })
  kind!: TenantKind;

  @ApiProperty({ example: 'jazari-fes' })
  slug!: string;

  @ApiProperty({ example: 'Institut Jazari de Fès (IJF)' })
  legalName!: string;

  @ApiProperty({ type: LocalizedNamesResponseDto })
  names!: LocalizedNamesResponseDto;

  @ApiProperty({
    enum: TENANT_STATUSES,
    description: "A suspended tenant's access tokens and API keys are refused on every request",
  })
  status!: TenantStatus;

  @ApiProperty({ type: RegionResponseDto, nullable: true, description: 'Always set for an institute' })
  region!: RegionResponseDto | null;

  @ApiProperty({ type: String, nullable: true, description: 'Always set for an institute' })
  city!: string | null;

  @ApiProperty({ type: String, nullable: true })
  hostOrganisation!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-01-15T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-15T09:30:00.000Z' })
  updatedAt!: string;

  static from(tenant: Tenant): TenantResponseDto {
    return {
      id: tenant.id,
      kind: tenant.kind,
      slug: tenant.slug,
      legalName: tenant.legalName,
      names: LocalizedNamesResponseDto.from(tenant.names),
      status: tenant.status,
      region: tenant.region ? RegionResponseDto.from(tenant.region) : null,
      city: tenant.city,
      hostOrganisation: tenant.hostOrganisation,
      createdAt: tenant.createdAt.toISOString(),
      updatedAt: tenant.updatedAt.toISOString(),
    };
  }
}
