import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  AUDIENCES,
  MAX_PAGE_SIZE,
  REGISTRATION_STATUSES,
  WORKSHOP_KINDS,
  WORKSHOP_STATUSES,
  type Audience,
  type WorkshopKind,
  type WorkshopStatus,
} from '../workshop.types.js';

/** An instant with its zone (`Z` or an offset): ISO 8601, as every time on the wire. */
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const INSTANT_MESSAGE = { message: '$property must be an ISO 8601 instant with a zone (Z or ±hh:mm)' };
const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export class ObligationLinkDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  conventionId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  obligationId!: string;
}

/** Every field is optional on PATCH; POST also needs `title`, `startsAt` and `endsAt` (checked by the service). */
class WorkshopFieldsDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ maxLength: 10_000 })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string;

  @ApiPropertyOptional({ type: [String], example: ['fr', 'ar'], description: 'ISO 639 codes' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @ArrayUnique()
  @Matches(/^[a-z]{2,3}$/, { each: true })
  languages?: string[];

  @ApiPropertyOptional({ example: '2026-12-10T08:30:00Z' })
  @IsOptional()
  @Matches(INSTANT, INSTANT_MESSAGE)
  startsAt?: string;

  @ApiPropertyOptional({ example: '2026-12-10T16:00:00Z' })
  @IsOptional()
  @Matches(INSTANT, INSTANT_MESSAGE)
  endsAt?: string;

  @ApiPropertyOptional({ example: 'Africa/Casablanca', description: 'IANA zone; default Africa/Casablanca' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @ApiPropertyOptional({ maxLength: 300, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  venue?: string | null;

  @ApiPropertyOptional({ maxLength: 500, nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  onlineUrl?: string | null;

  @ApiPropertyOptional({ minimum: 1, maximum: 100_000, nullable: true, description: 'null: no limit' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity?: number | null;

  @ApiPropertyOptional({ enum: AUDIENCES })
  @IsOptional()
  @IsIn(AUDIENCES)
  audience?: Audience;

  @ApiPropertyOptional({ type: [String], description: 'Listed audience tenants (audience `listed`)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  audienceTenantIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Co-organising tenants' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  coOrganiserTenantIds?: string[];

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Matches(INSTANT, INSTANT_MESSAGE)
  registrationOpensAt?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Matches(INSTANT, INSTANT_MESSAGE)
  registrationClosesAt?: string | null;

  @ApiPropertyOptional({ type: ObligationLinkDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ObligationLinkDto)
  obligation?: ObligationLinkDto | null;

  @ApiPropertyOptional({ type: [String], description: 'Projects the workshop serves' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  projectIds?: string[];
}

export class CreateWorkshopDto extends WorkshopFieldsDto {
  @ApiProperty({ enum: WORKSHOP_KINDS })
  @IsIn(WORKSHOP_KINDS)
  kind!: WorkshopKind;
}

export class UpdateWorkshopDto extends WorkshopFieldsDto {
  @ApiPropertyOptional({ enum: WORKSHOP_KINDS })
  @IsOptional()
  @IsIn(WORKSHOP_KINDS)
  kind?: WorkshopKind;
}

export class CancelWorkshopDto {
  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export const WORKSHOP_WHEN = ['upcoming', 'past'] as const;
export type WorkshopWhen = (typeof WORKSHOP_WHEN)[number];

export class ListWorkshopsQuery {
  @ApiPropertyOptional({ enum: WORKSHOP_STATUSES })
  @IsOptional()
  @IsIn(WORKSHOP_STATUSES)
  status?: WorkshopStatus;

  @ApiPropertyOptional({
    enum: WORKSHOP_WHEN,
    description:
      '`upcoming`: not yet ended, soonest first; `past`: ended, latest first; absent: all, by start',
  })
  @IsOptional()
  @IsIn(WORKSHOP_WHEN)
  when?: WorkshopWhen;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;
}

export class AgendaItemDto {
  @ApiProperty({ maxLength: 300 })
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Matches(INSTANT, INSTANT_MESSAGE)
  startsAt?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Matches(INSTANT, INSTANT_MESSAGE)
  endsAt?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'A member of your tenant' })
  @IsOptional()
  @IsUUID()
  speakerUserId?: string | null;

  @ApiPropertyOptional({ maxLength: 200, nullable: true, description: 'Free text (a guest speaker)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  speakerName?: string | null;
}

export class AgendaDto {
  @ApiProperty({ type: [AgendaItemDto], description: 'In order; replaces the agenda' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemDto)
  items!: AgendaItemDto[];
}

// Responses.

export class ParticipantDto {
  @ApiProperty({ format: 'uuid' }) tenantId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['co_organiser', 'audience'] }) role!: string;
}

export class AgendaItemResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() position!: number;
  @ApiProperty({ nullable: true, type: String }) startsAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) endsAt!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) speakerUserId!: string | null;
  @ApiProperty({ nullable: true, type: String }) speakerName!: string | null;
}

export class OrganiserDto {
  @ApiProperty({ format: 'uuid' }) tenantId!: string;
  @ApiProperty() name!: string;
}

export class SeatsDto {
  @ApiProperty() registered!: number;
  @ApiProperty() waitlisted!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Free seats; null when there is no limit' })
  left!: number | null;
}

export class MyRegistrationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: REGISTRATION_STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: String }) checkedInAt!: string | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'On the waitlist: the place in the queue (1 is next to get a seat)',
  })
  waitlistPosition!: number | null;
}

export class WorkshopDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: WORKSHOP_KINDS }) kind!: string;
  @ApiProperty({ enum: WORKSHOP_STATUSES }) status!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty() timeZone!: string;
  @ApiProperty({ nullable: true, type: String }) venue!: string | null;
  @ApiProperty({ nullable: true, type: String }) onlineUrl!: string | null;
  @ApiProperty({ nullable: true, type: Number }) capacity!: number | null;
  @ApiProperty({ enum: AUDIENCES }) audience!: string;
  @ApiProperty({ nullable: true, type: String }) registrationOpensAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) registrationClosesAt!: string | null;
  @ApiProperty({ type: OrganiserDto }) organiser!: OrganiserDto;
  @ApiProperty({ type: [ParticipantDto] }) participants!: ParticipantDto[];
  @ApiProperty({ type: [Object] }) projects!: { tenantId: string; id: string }[];
  @ApiProperty({ nullable: true })
  obligation!: {
    tenantId: string;
    conventionId: string;
    obligationId: string;
    evidenceRecordedAt: string | null;
  } | null;
  @ApiProperty({ type: [AgendaItemResponseDto] }) agenda!: AgendaItemResponseDto[];
  @ApiProperty({ type: SeatsDto, description: 'Seats taken, and people waiting' }) seats!: SeatsDto;
  @ApiProperty({ type: MyRegistrationDto, nullable: true, description: 'The caller’s own registration' })
  myRegistration!: MyRegistrationDto | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Organisers only: the self check-in code shown at the venue',
  })
  checkInCode!: string | null;
  @ApiProperty() canManage!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty({ nullable: true, type: String }) heldAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) cancelledAt!: string | null;
}

export class WorkshopSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: WORKSHOP_KINDS }) kind!: string;
  @ApiProperty({ enum: WORKSHOP_STATUSES }) status!: string;
  @ApiProperty() title!: string;
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty() timeZone!: string;
  @ApiProperty({ type: OrganiserDto }) organiser!: OrganiserDto;
  @ApiProperty({ nullable: true, type: Number }) capacity!: number | null;
  @ApiProperty({ nullable: true, type: String }) venue!: string | null;
  @ApiProperty({ type: SeatsDto }) seats!: SeatsDto;
  @ApiProperty({ type: MyRegistrationDto, nullable: true, description: 'The caller’s own registration' })
  myRegistration!: MyRegistrationDto | null;
  @ApiProperty() canManage!: boolean;
}

export class WorkshopPageDto {
  @ApiProperty({ type: [WorkshopSummaryDto] }) data!: WorkshopSummaryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
