import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
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
  EVIDENCE_LINK_KINDS,
  MAX_PAGE_SIZE,
  OBLIGATION_DESCRIPTION_MAX,
  OBLIGATION_NOTE_MAX,
  OBLIGATION_STATUSES,
  OBLIGATION_VIEWS,
  type EvidenceLinkKind,
  type ObligationStatus,
  type ObligationView,
} from './obligation.types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const present = (_: object, value: unknown): boolean => value !== undefined;

/** What shows an obligation was met: a project deliverable or milestone, or a workshop. */
export class EvidenceLinkDto {
  @ApiProperty({ enum: EVIDENCE_LINK_KINDS })
  @IsIn(EVIDENCE_LINK_KINDS)
  kind!: EvidenceLinkKind;

  @ApiProperty({ format: 'uuid', description: 'The tenant that owns the linked object' })
  @IsUUID()
  tenantId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class CreateObligationDto {
  @ApiProperty({ maxLength: OBLIGATION_DESCRIPTION_MAX, example: 'Deliver the annotated speech corpus' })
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(OBLIGATION_DESCRIPTION_MAX)
  description!: string;

  @ApiProperty({ format: 'uuid', description: 'The party that must meet it' })
  @IsUUID()
  responsibleTenantId!: string;

  @ApiProperty({ format: 'date', example: '2027-03-31' })
  @Matches(DATE, { message: 'dueDate must be a date written YYYY-MM-DD' })
  dueDate!: string;

  @ApiPropertyOptional({ type: EvidenceLinkDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => EvidenceLinkDto)
  evidence?: EvidenceLinkDto;
}

/** Absent fields are kept; `evidence: null` removes the link. */
export class UpdateObligationDto {
  @ApiPropertyOptional({ maxLength: OBLIGATION_DESCRIPTION_MAX })
  @ValidateIf(present)
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(OBLIGATION_DESCRIPTION_MAX)
  description?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf(present)
  @IsUUID()
  responsibleTenantId?: string;

  @ApiPropertyOptional({ format: 'date' })
  @ValidateIf(present)
  @Matches(DATE, { message: 'dueDate must be a date written YYYY-MM-DD' })
  dueDate?: string;

  @ApiPropertyOptional({ type: EvidenceLinkDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EvidenceLinkDto)
  evidence?: EvidenceLinkDto | null;
}

export class MarkObligationMetDto {
  @ApiPropertyOptional({ type: EvidenceLinkDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => EvidenceLinkDto)
  evidence?: EvidenceLinkDto;

  @ApiPropertyOptional({ maxLength: OBLIGATION_NOTE_MAX })
  @IsOptional()
  @trim
  @IsString()
  @MaxLength(OBLIGATION_NOTE_MAX)
  note?: string;
}

export class WaiveObligationDto {
  @ApiPropertyOptional({ maxLength: OBLIGATION_NOTE_MAX, description: 'Why it no longer applies' })
  @IsOptional()
  @trim
  @IsString()
  @MaxLength(OBLIGATION_NOTE_MAX)
  note?: string;
}

class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor is not a cursor this API issued' })
  cursor?: string;
}

export class ConventionObligationsQuery extends PageQuery {}

export class ObligationListQuery extends PageQuery {
  @ApiProperty({
    enum: OBLIGATION_VIEWS,
    description: '`we-owe`: what the caller’s tenant must meet; `owed-to-us`: what the other parties owe it',
  })
  @IsIn(OBLIGATION_VIEWS)
  view!: ObligationView;

  @ApiPropertyOptional({ enum: OBLIGATION_STATUSES })
  @IsOptional()
  @IsIn(OBLIGATION_STATUSES)
  status?: ObligationStatus;
}

export class EvidenceLinkResponseDto {
  @ApiProperty({ enum: EVIDENCE_LINK_KINDS }) kind!: EvidenceLinkKind;
  @ApiProperty({ format: 'uuid' }) tenantId!: string;
  @ApiProperty({ format: 'uuid' }) id!: string;
}

export class ObligationConventionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() reference!: string;
  @ApiProperty() title!: string;
}

export class ObligationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: ObligationConventionDto }) convention!: ObligationConventionDto;
  @ApiProperty() description!: string;
  @ApiProperty({ format: 'uuid' }) responsibleTenantId!: string;
  @ApiProperty() responsibleTenantName!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ enum: OBLIGATION_STATUSES }) status!: ObligationStatus;
  @ApiProperty({ description: 'Open and due before today (in Morocco)' }) overdue!: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) metAt!: string | null;
  @ApiProperty({ type: EvidenceLinkResponseDto, nullable: true }) evidence!: EvidenceLinkResponseDto | null;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ObligationPageDto {
  @ApiProperty({ type: [ObligationDto] }) data!: ObligationDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}
