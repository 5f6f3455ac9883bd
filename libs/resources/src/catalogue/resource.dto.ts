import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  MAX_PAGE_SIZE,
  QUANTITY,
  RESOURCE_KINDS,
  RESOURCE_PERIODS,
  RESOURCE_STATUSES,
  RESOURCE_UNITS,
  RESOURCE_VISIBILITIES,
  type ResourceKind,
  type ResourcePeriod,
  type ResourceStatus,
  type ResourceUnit,
  type ResourceVisibility,
} from '../resource.types.js';
import type { ResourceRecord } from './resource.repository.js';
import type { ResourceDetail } from './resource.service.js';

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const present = (_: object, value: unknown): boolean => value !== undefined;
const QTY_MESSAGE = (field: string) => ({
  message: `${field} must be a decimal string such as "120" or "12.5" (at most 3 decimals)`,
});
const REGION = /^MA-\d{2}$/;

export class CreateResourceDto {
  @ApiProperty({ enum: RESOURCE_KINDS })
  @IsIn(RESOURCE_KINDS)
  kind!: ResourceKind;

  @ApiProperty({ maxLength: 200, example: 'GPU pool — 8 × H100' })
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @trim
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiProperty({ enum: RESOURCE_UNITS })
  @IsIn(RESOURCE_UNITS)
  unit!: ResourceUnit;

  @ApiProperty({ example: '2000', description: 'Units available per period (decimal string)' })
  @IsString()
  @Matches(QUANTITY, QTY_MESSAGE('capacity'))
  capacity!: string;

  @ApiProperty({
    enum: RESOURCE_PERIODS,
    description: 'The quota period: capacity and shares count per period',
  })
  @IsIn(RESOURCE_PERIODS)
  period!: ResourcePeriod;

  @ApiPropertyOptional({ example: 'MA-06', description: "Defaults to the owner's region" })
  @IsOptional()
  @Matches(REGION, { message: 'regionCode must look like MA-06' })
  regionCode?: string;

  @ApiPropertyOptional({ enum: RESOURCE_VISIBILITIES, default: 'network' })
  @IsOptional()
  @IsIn(RESOURCE_VISIBILITIES)
  visibility?: ResourceVisibility;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'The tenants that see a `listed` resource',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  visibleTo?: string[];

  @ApiPropertyOptional({ enum: RESOURCE_STATUSES, default: 'available' })
  @IsOptional()
  @IsIn(RESOURCE_STATUSES)
  status?: ResourceStatus;

  @ApiPropertyOptional({ maxLength: 20000, description: 'Terms of use a requester accepts (versioned)' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  terms?: string;

  @ApiPropertyOptional({ example: '500', nullable: true, description: 'Fair share per tenant per period' })
  @IsOptional()
  @IsString()
  @Matches(QUANTITY, QTY_MESSAGE('defaultShare'))
  defaultShare?: string | null;

  @ApiPropertyOptional({ example: '400', nullable: true, description: "Approvals above it also need Root's" })
  @IsOptional()
  @IsString()
  @Matches(QUANTITY, QTY_MESSAGE('largeRequestThreshold'))
  largeRequestThreshold?: string | null;

  @ApiPropertyOptional({ default: false, description: 'Booked by time slot (labs, equipment, nodes)' })
  @IsOptional()
  @IsBoolean()
  bookable?: boolean;

  @ApiPropertyOptional({ default: false, description: 'Bookable without an allocation' })
  @IsOptional()
  @IsBoolean()
  directBooking?: boolean;
}

/** Absent fields are kept; kind, unit and period never change. `null` clears a share or threshold. */
export class UpdateResourceDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @ValidateIf(present)
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @ValidateIf(present)
  @trim
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({ example: '2000' })
  @ValidateIf(present)
  @IsString()
  @Matches(QUANTITY, QTY_MESSAGE('capacity'))
  capacity?: string;

  @ApiPropertyOptional({ example: 'MA-06' })
  @ValidateIf(present)
  @Matches(REGION, { message: 'regionCode must look like MA-06' })
  regionCode?: string;

  @ApiPropertyOptional({ enum: RESOURCE_VISIBILITIES })
  @ValidateIf(present)
  @IsIn(RESOURCE_VISIBILITIES)
  visibility?: ResourceVisibility;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @ValidateIf(present)
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  visibleTo?: string[];

  @ApiPropertyOptional({ enum: RESOURCE_STATUSES })
  @ValidateIf(present)
  @IsIn(RESOURCE_STATUSES)
  status?: ResourceStatus;

  @ApiPropertyOptional({ maxLength: 20000, description: 'Changing the terms makes a new terms version' })
  @ValidateIf(present)
  @IsString()
  @MaxLength(20000)
  terms?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(QUANTITY, QTY_MESSAGE('defaultShare'))
  defaultShare?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(QUANTITY, QTY_MESSAGE('largeRequestThreshold'))
  largeRequestThreshold?: string | null;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @IsBoolean()
  bookable?: boolean;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @IsBoolean()
  directBooking?: boolean;
}

export class ListResourcesQueryDto {
  @ApiPropertyOptional({ enum: RESOURCE_KINDS })
  @IsOptional()
  @IsIn(RESOURCE_KINDS)
  kind?: ResourceKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'The owning tenant' })
  @IsOptional()
  @IsUUID()
  owner?: string;

  @ApiPropertyOptional({ example: 'MA-06' })
  @IsOptional()
  @Matches(REGION, { message: 'region must look like MA-06' })
  region?: string;

  @ApiPropertyOptional({ enum: RESOURCE_UNITS })
  @IsOptional()
  @IsIn(RESOURCE_UNITS)
  unit?: ResourceUnit;

  @ApiPropertyOptional({ enum: RESOURCE_STATUSES })
  @IsOptional()
  @IsIn(RESOURCE_STATUSES)
  status?: ResourceStatus;

  @ApiPropertyOptional({ maxLength: 100, description: 'Words of the name or description (accents ignored)' })
  @IsOptional()
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsUUID()
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;
}

export class ShareDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  tenantId!: string;

  @ApiProperty({ example: '300' })
  @IsString()
  @Matches(QUANTITY, QTY_MESSAGE('quantity'))
  quantity!: string;
}

export class SetSharesDto {
  @ApiProperty({ type: [ShareDto], description: "Replaces every tenant's share override" })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ShareDto)
  shares!: ShareDto[];
}

export class ShareResponseDto {
  @ApiProperty({ format: 'uuid' }) tenantId!: string;
  @ApiProperty() tenantName!: string;
  @ApiProperty({ example: '300' }) quantity!: string;
}

export class SharePageDto {
  @ApiProperty({ type: [ShareResponseDto] }) data!: ShareResponseDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Always null: the list comes whole' })
  nextCursor!: string | null;
}

export class UtilisationQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'A day in the period (default: today)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be written YYYY-MM-DD' })
  date?: string;
}

export class TenantUtilisationDto {
  @ApiProperty({ format: 'uuid' }) tenantId!: string;
  @ApiProperty() tenantName!: string;
  @ApiProperty() approved!: string;
  @ApiProperty() used!: string;
  @ApiProperty() pending!: string;
}

export class UtilisationResponseDto {
  @ApiProperty({ format: 'uuid' }) resourceId!: string;
  @ApiProperty() unit!: string;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty() capacity!: string;
  @ApiProperty() allocated!: string;
  @ApiProperty() remaining!: string;
  @ApiProperty({ nullable: true, type: String }) yourShare!: string | null;
  @ApiProperty() yourAllocated!: string;
  @ApiProperty({ nullable: true, type: String }) yourRemaining!: string | null;
  @ApiProperty({ type: [TenantUtilisationDto] }) tenants!: TenantUtilisationDto[];
}

export class ResourceResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) ownerTenantId!: string;
  @ApiProperty() ownerName!: string;
  @ApiProperty({ enum: RESOURCE_KINDS }) kind!: ResourceKind;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: RESOURCE_UNITS }) unit!: ResourceUnit;
  @ApiProperty({ example: '2000' }) capacity!: string;
  @ApiProperty({ enum: RESOURCE_PERIODS }) period!: ResourcePeriod;
  @ApiProperty() regionCode!: string;
  @ApiProperty({ enum: RESOURCE_VISIBILITIES }) visibility!: ResourceVisibility;
  @ApiProperty({ type: [String], description: 'Listed viewers (shown to the owner and Root)' })
  visibleTo!: string[];
  @ApiProperty({ enum: RESOURCE_STATUSES }) status!: ResourceStatus;
  @ApiProperty() terms!: string;
  @ApiProperty() termsVersion!: number;
  @ApiProperty({ nullable: true, type: String }) defaultShare!: string | null;
  @ApiProperty({ nullable: true, type: String }) largeRequestThreshold!: string | null;
  @ApiProperty() bookable!: boolean;
  @ApiProperty() directBooking!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty() canManage!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;

  static from(r: ResourceRecord | ResourceDetail): ResourceResponseDto {
    const detail = r as Partial<ResourceDetail>;
    return {
      id: r.id,
      ownerTenantId: r.ownerTenantId,
      ownerName: r.ownerName,
      kind: r.kind,
      name: r.name,
      description: r.description,
      unit: r.unit,
      capacity: r.capacity,
      period: r.period,
      regionCode: r.regionCode,
      visibility: r.visibility,
      visibleTo: [...(detail.visibleTo ?? [])],
      status: r.status,
      terms: r.terms,
      termsVersion: r.termsVersion,
      defaultShare: r.defaultShare,
      largeRequestThreshold: r.largeRequestThreshold,
      bookable: r.bookable,
      directBooking: r.directBooking,
      version: r.version,
      canManage: detail.canManage ?? false,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  }
}

export class ResourcePageDto {
  @ApiProperty({ type: [ResourceResponseDto] }) data!: ResourceResponseDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
