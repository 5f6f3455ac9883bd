import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
} from 'class-validator';
import { IdCursorQuery } from '@jazari/http';

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;

export class CreateWebhookDto {
  @ApiProperty({
    example: 'https://erp.example.ma/jazari/webhooks',
    description: 'https (http to loopback outside production); no private-network host in production',
  })
  @IsString()
  @Length(1, 2048)
  url!: string;

  @ApiProperty({
    isArray: true,
    type: String,
    example: ['conventions.activated'],
    description: 'Names from the notification catalogue (GET /webhooks/event-types)',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsString({ each: true })
  eventTypes!: string[];

  @ApiPropertyOptional({ example: 'ERP synchronisation', default: '' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class UpdateWebhookDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 2048) url?: string;

  @ApiPropertyOptional({ isArray: true, type: String })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsString({ each: true })
  eventTypes?: string[];

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) description?: string;

  @ApiPropertyOptional({ description: 'Enabling a disabled endpoint clears its failure streak' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class WebhookDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() url!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ isArray: true, type: String }) eventTypes!: string[];
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ description: 'Grows with each rotation of the signing secret' }) secretVersion!: number;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'First failure since the last success',
  })
  failingSince!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastSuccessAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) disabledAt!: string | null;
  @ApiProperty({ enum: ['failing', 'manual'], nullable: true, type: String }) disabledReason!: string | null;
  @ApiProperty({ format: 'uuid' }) createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class WebhookWithSecretDto extends WebhookDto {
  @ApiProperty({
    description: 'The signing secret (`whsec_…`). Shown this once: it is never stored and never shown again.',
  })
  secret!: string;
}

export class WebhookPageDto {
  @ApiProperty({ type: [WebhookDto] }) data!: WebhookDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class EventTypesDto {
  @ApiProperty({ isArray: true, type: String }) data!: string[];
}

export class WebhookListQuery extends IdCursorQuery {}

export class DeliveryListQuery extends WebhookListQuery {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: (typeof DELIVERY_STATUSES)[number];
}

export class DeliveryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) endpointId!: string;
  @ApiProperty({ format: 'uuid', description: 'The event id (`Jazari-Event-Id`)' }) eventId!: string;
  @ApiProperty() eventType!: string;
  @ApiProperty({ enum: DELIVERY_STATUSES }) status!: string;
  @ApiProperty({ description: 'Attempts made, all cycles together' }) attempts!: number;
  @ApiProperty({ description: 'Grows with each manual redelivery' }) cycle!: number;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ nullable: true, type: Number }) lastStatusCode!: number | null;
  @ApiProperty({ nullable: true, type: Number }) latencyMs!: number | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastAttemptAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) deliveredAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class DeliveryPageDto {
  @ApiProperty({ type: [DeliveryDto] }) data!: DeliveryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class AttemptDto {
  @ApiProperty() number!: number;
  @ApiProperty() cycle!: number;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'null: cut short' })
  finishedAt!: string | null;
  @ApiProperty({ nullable: true, type: Number }) statusCode!: number | null;
  @ApiProperty({ nullable: true, type: Number }) latencyMs!: number | null;
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
}

export class AttemptListDto {
  @ApiProperty({ type: [AttemptDto] }) data!: AttemptDto[];
}
