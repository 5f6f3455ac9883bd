import { ApiProperty } from '@nestjs/swagger';
import { TENANT_KINDS, type TenantKind } from '@jazari/database';
import type { DirectoryEntry } from '../directory.types.js';
import { TENANT_STATUSES, type TenantStatus } from '../../tenant.types.js';
import { DirectoryContactResponseDto } from './directory-contact-response.dto.js';
import { DirectoryDomainResponseDto } from './directory-domain-response.dto.js';
import { LocalizedNamesResponseDto } from '../../regions/dto/localized-names-response.dto.js';
import { RegionResponseDto } from '../../regions/dto/region-response.dto.js';

export class DirectoryEntryResponseDto {
  @ApiProperty({ format: 'uuid', description: 'The tenant id' })
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
    description: 'Always active, except for Root, who also sees suspended tenants',
  })
  status!: TenantStatus;

  @ApiProperty({ type: RegionResponseDto, nullable: true })
  region!: RegionResponseDto | null;

  @ApiProperty({ type: String, nullable: true })
  city!: string | null;

  @ApiProperty({ type: String, nullable: true })
  hostOrganisation!: string | null;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ type: DirectoryContactResponseDto })
  contact!: DirectoryContactResponseDto;

  @ApiProperty({ type: [DirectoryDomainResponseDto], description: 'Its thematic domains, in display order' })
  domains!: DirectoryDomainResponseDto[];

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the tenant last saved its profile; null if it never did',
  })
  profileUpdatedAt!: string | null;

  static from(entry: DirectoryEntry): DirectoryEntryResponseDto {
    return {
      id: entry.id,
      kind: entry.kind,
      slug: entry.slug,
      legalName: entry.legalName,
      names: LocalizedNamesResponseDto.from(entry.names),
      status: entry.status,
      region: entry.region ? RegionResponseDto.from(entry.region) : null,
      city: entry.city,
      hostOrganisation: entry.hostOrganisation,
      description: entry.description,
      contact: { email: entry.contact.email, phone: entry.contact.phone, website: entry.contact.website },
      domains: entry.domains.map((d) => DirectoryDomainResponseDto.from(d)),
      profileUpdatedAt: entry.profileUpdatedAt?.toISOString() ?? null,
    };
  }
}
