import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDateString,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { MAX_PAGE_SIZE } from '../resource.types.js';
import type { BookingRecord } from './booking.repository.js';

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export class CreateBookingDto {
  @ApiProperty({ format: 'date-time', example: '2026-12-03T08:00:00Z' })
  @IsDateString({ strict: true })
  startsAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-03T12:00:00Z', description: 'Exclusive end' })
  @IsDateString({ strict: true })
  endsAt!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "An approved allocation of the caller's tenant (required unless the resource allows direct booking)",
  })
  @IsOptional()
  @IsUUID()
  allocationId?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @trim
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class ListBookingsQueryDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'Default: 30 days ago' })
  @IsOptional()
  @IsDateString({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Default: in a year' })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeCancelled?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsUUID()
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, description: `Default ${MAX_PAGE_SIZE}` })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;
}

export class BookingResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) resourceId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) allocationId!: string | null;
  @ApiProperty({ format: 'uuid' }) bookerTenantId!: string;
  @ApiProperty() bookerName!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) bookedBy!: string | null;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ enum: ['confirmed', 'cancelled'] }) status!: 'confirmed' | 'cancelled';
  @ApiProperty({ nullable: true, type: String }) cancelledAt!: string | null;
  @ApiProperty() createdAt!: string;

  static from(b: BookingRecord): BookingResponseDto {
    return {
      id: b.id,
      resourceId: b.resourceId,
      allocationId: b.allocationId,
      bookerTenantId: b.bookerTenantId,
      bookerName: b.bookerName,
      bookedBy: b.bookedBy,
      startsAt: b.startsAt.toISOString(),
      endsAt: b.endsAt.toISOString(),
      note: b.note,
      status: b.status,
      cancelledAt: b.cancelledAt?.toISOString() ?? null,
      createdAt: b.createdAt.toISOString(),
    };
  }
}

export class BookingPageDto {
  @ApiProperty({ type: [BookingResponseDto] }) data!: BookingResponseDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}
