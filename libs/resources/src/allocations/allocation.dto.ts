import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsDateString,
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
} from 'class-validator';
import { isCalendarDate } from '../calendar-date.js';
import { ALLOCATION_MOVES } from '../resource.rules.js';
import { ALLOCATION_STATUSES, MAX_PAGE_SIZE, QUANTITY, type AllocationStatus } from '../resource.types.js';
import type { AllocationView } from './allocation.repository.js';
import type { AllocationDetail, Balance } from './allocation.types.js';

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const QTY = { message: 'quantity must be a decimal string such as "120" or "12.5" (at most 3 decimals)' };
const VIEWS: readonly Exclude<AllocationView, 'visible'>[] = ['mine', 'incoming', 'awaiting-root', 'all'];

export class RequestAllocationDto {
  @ApiProperty({ format: 'uuid', description: "One of the requesting tenant's projects" })
  @IsUUID()
  projectId!: string;

  @ApiProperty({ example: '300', description: 'In the resource’s unit' })
  @IsString()
  @Matches(QUANTITY, QTY)
  quantity!: string;

  @ApiProperty({ format: 'date', example: '2026-12-01' })
  @isCalendarDate('startsOn')
  startsOn!: string;

  @ApiProperty({ format: 'date', example: '2026-12-31', description: 'Within the same quota period' })
  @isCalendarDate('endsOn')
  endsOn!: string;

  @ApiProperty({ maxLength: 4000 })
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  justification!: string;

  @ApiProperty({ description: 'The terms version the requester read and accepts', example: 1 })
  @IsInt()
  @Min(1)
  acceptTermsVersion!: number;
}

export class ApproveAllocationDto {
  @ApiPropertyOptional({ example: '200', description: 'Less than asked, or (default) what was asked' })
  @IsOptional()
  @IsString()
  @Matches(QUANTITY, QTY)
  quantity?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @trim
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class DecisionReasonDto {
  @ApiProperty({ maxLength: 2000 })
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class WithdrawAllocationDto {
  @ApiPropertyOptional({ maxLength: 2000, example: 'The training run moved to next quarter' })
  @IsOptional()
  @trim
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class RecordUsageDto {
  @ApiProperty({ example: '12.5' })
  @IsString()
  @Matches(QUANTITY, QTY)
  quantity!: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When it was consumed (default: now)' })
  @IsOptional()
  @IsDateString({ strict: true })
  occurredAt?: string;

  @ApiPropertyOptional({ maxLength: 500, example: 'job 4411 on node gpu-03' })
  @IsOptional()
  @trim
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class ListAllocationsQueryDto {
  @ApiPropertyOptional({
    enum: VIEWS,
    default: 'mine',
    description:
      '`mine`: requested by my tenant; `incoming`: on my resources; `awaiting-root`, `all`: Root only',
  })
  @IsOptional()
  @IsIn(VIEWS)
  view?: Exclude<AllocationView, 'visible'>;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  resourceId?: string;

  @ApiPropertyOptional({ enum: ALLOCATION_STATUSES })
  @IsOptional()
  @IsIn(ALLOCATION_STATUSES)
  status?: AllocationStatus;

  @ApiPropertyOptional()
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

export class AllocationResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) resourceId!: string;
  @ApiProperty() resourceName!: string;
  @ApiProperty() unit!: string;
  @ApiProperty({ format: 'uuid' }) ownerTenantId!: string;
  @ApiProperty() ownerName!: string;
  @ApiProperty({ format: 'uuid' }) requesterTenantId!: string;
  @ApiProperty() requesterName!: string;
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) requestedBy!: string | null;
  @ApiProperty() quantityRequested!: string;
  @ApiProperty({ nullable: true, type: String }) quantityApproved!: string | null;
  @ApiProperty() quantityUsed!: string;
  @ApiProperty({ nullable: true, type: String }) remaining!: string | null;
  @ApiProperty({ nullable: true, type: Number }) utilisationPercent!: number | null;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ format: 'date' }) endsOn!: string;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty() justification!: string;
  @ApiProperty() termsVersion!: number;
  @ApiProperty({ enum: ALLOCATION_STATUSES }) status!: AllocationStatus;
  @ApiProperty({ description: "Asked above the resource's large-request threshold" }) needsRoot!: boolean;
  @ApiProperty({ nullable: true, type: String }) decisionReason!: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) rootDecidedAt!: string | null;
  @ApiProperty({ enum: Object.keys(ALLOCATION_MOVES), isArray: true }) allowedActions!: string[];
  @ApiProperty() canRecordUsage!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;

  static from(a: AllocationDetail): AllocationResponseDto {
    return {
      id: a.id,
      resourceId: a.resourceId,
      resourceName: a.resourceName,
      unit: a.unit,
      ownerTenantId: a.ownerTenantId,
      ownerName: a.ownerName,
      requesterTenantId: a.requesterTenantId,
      requesterName: a.requesterName,
      projectId: a.projectId,
      requestedBy: a.requestedBy,
      quantityRequested: a.quantityRequested,
      quantityApproved: a.quantityApproved,
      quantityUsed: a.quantityUsed,
      remaining: a.remaining,
      utilisationPercent: a.utilisationPercent,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
      periodStart: a.periodStart,
      justification: a.justification,
      termsVersion: a.termsVersion,
      status: a.status,
      needsRoot: a.needsRoot,
      decisionReason: a.decisionReason,
      decidedAt: a.decidedAt?.toISOString() ?? null,
      rootDecidedAt: a.rootDecidedAt?.toISOString() ?? null,
      allowedActions: [...a.allowedActions],
      canRecordUsage: a.canRecordUsage,
      version: a.version,
      createdAt: a.createdAt.toISOString(),
    };
  }
}

export class AllocationPageDto {
  @ApiProperty({ type: [AllocationResponseDto] }) data!: AllocationResponseDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class BalanceResponseDto implements Balance {
  @ApiProperty({ format: 'uuid' }) allocationId!: string;
  @ApiProperty() unit!: string;
  @ApiProperty() approved!: string;
  @ApiProperty() used!: string;
  @ApiProperty() remaining!: string;
  @ApiProperty({ nullable: true, type: Number }) utilisationPercent!: number | null;
  @ApiProperty({ type: [Number], description: 'Thresholds (80, 100) this record reached' })
  thresholdsReached!: readonly number[];
}

export class TenantBalanceDto {
  @ApiProperty({ format: 'uuid' }) resourceId!: string;
  @ApiProperty() resourceName!: string;
  @ApiProperty({ format: 'uuid' }) ownerTenantId!: string;
  @ApiProperty() unit!: string;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty() allocations!: number;
  @ApiProperty() approved!: string;
  @ApiProperty() used!: string;
  @ApiProperty() remaining!: string;
}

export class BalancePageDto {
  @ApiProperty({ type: [TenantBalanceDto] }) data!: TenantBalanceDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Always null: the list comes whole' })
  nextCursor!: string | null;
}
