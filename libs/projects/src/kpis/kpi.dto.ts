import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../attention/calendar.js';
import { present, Trim } from '../attention/work-list.js';
import {
  IsDecimalString,
  KPI_DIRECTIONS,
  KPI_STATUSES,
  ToDecimalString,
  type KpiDirection,
  type KpiStatus,
} from './decimal.js';

const NAME_MAX = 200;
const UNIT_MAX = 50;
const NOTE_MAX = 2_000;
const DECIMAL = {
  oneOf: [{ type: 'string' }, { type: 'number' }],
  description: 'A decimal string (kept exactly) or a number',
};

export class CreateKpiDto {
  @ApiProperty({ maxLength: NAME_MAX, example: 'SMEs trained' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX)
  name!: string;

  @ApiProperty({ maxLength: UNIT_MAX, example: 'companies' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(UNIT_MAX)
  unit!: string;

  @ApiProperty({ ...DECIMAL, example: '40', description: 'What it should reach (0 or more)' })
  @ToDecimalString()
  @IsDecimalString({ min: 0 })
  target!: string;

  @ApiPropertyOptional({
    enum: KPI_DIRECTIONS,
    default: 'higher',
    description: 'Which way the KPI improves: `higher` (companies trained) or `lower` (a word error rate)',
  })
  @IsOptional()
  @IsIn(KPI_DIRECTIONS)
  direction?: KpiDirection;
}

/** Absent fields are kept. */
export class UpdateKpiDto {
  @ApiPropertyOptional({ maxLength: NAME_MAX })
  @ValidateIf(present)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX)
  name?: string;

  @ApiPropertyOptional({ maxLength: UNIT_MAX })
  @ValidateIf(present)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(UNIT_MAX)
  unit?: string;

  @ApiPropertyOptional({ ...DECIMAL })
  @ValidateIf(present)
  @ToDecimalString()
  @IsDecimalString({ min: 0 })
  target?: string;

  @ApiPropertyOptional({ enum: KPI_DIRECTIONS })
  @ValidateIf(present)
  @IsIn(KPI_DIRECTIONS)
  direction?: KpiDirection;
}

export class CreateMeasurementDto {
  @ApiProperty({ format: 'date', example: '2026-03-31' })
  @IsCalendarDate()
  measuredOn!: string;

  @ApiProperty({ ...DECIMAL, example: '35' })
  @ToDecimalString()
  @IsDecimalString()
  value!: string;

  @ApiPropertyOptional({ maxLength: NOTE_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  note?: string;
}

export class KpiLatestDto {
  @ApiProperty({ format: 'date' }) measuredOn!: string;
  @ApiProperty({ description: 'Decimal, as a string' }) value!: string;
}

export class KpiDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unit!: string;
  @ApiProperty({ description: 'Decimal, as a string', example: '40' }) target!: string;
  @ApiProperty({ enum: KPI_DIRECTIONS, description: 'Which way the KPI improves' })
  direction!: KpiDirection;
  @ApiProperty({ type: KpiLatestDto, nullable: true, description: 'The most recent measurement' })
  latest!: KpiLatestDto | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '87.5',
    description:
      'How far along the target, in percent with one decimal (100 or more: met): latest / target when higher ' +
      'is better, target / latest when lower is better; null if nothing measured or the divisor is 0',
  })
  percentOfTarget!: string | null;
  @ApiProperty({
    enum: KPI_STATUSES,
    description:
      "`met`: the latest value reaches the target in the KPI's direction; `not_measured`: no value yet",
  })
  status!: KpiStatus;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class KpiPageDto {
  @ApiProperty({ type: [KpiDto] }) data!: KpiDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}

export class MeasurementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) kpiId!: string;
  @ApiProperty({ format: 'date' }) measuredOn!: string;
  @ApiProperty({ description: 'Decimal, as a string' }) value!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) recordedBy!: string | null;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class MeasurementPageDto {
  @ApiProperty({ type: [MeasurementDto] }) data!: MeasurementDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}
