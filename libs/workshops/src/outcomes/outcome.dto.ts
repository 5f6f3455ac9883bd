import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { ACTION_ITEM_STATUSES, type ActionItemStatus } from '../workshop.types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export class MinutesDto {
  @ApiProperty({ maxLength: 50_000 })
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(50_000)
  minutes!: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(2_000, { each: true })
  decisions?: string[];
}

class ActionItemFieldsDto {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'A member of your tenant' })
  @IsOptional()
  @IsUUID()
  assigneeUserId?: string | null;

  @ApiPropertyOptional({ maxLength: 200, nullable: true, description: 'Free text (someone outside it)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  assigneeName?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'dueDate must be YYYY-MM-DD' })
  dueDate?: string | null;

  @ApiPropertyOptional({ enum: ACTION_ITEM_STATUSES })
  @IsOptional()
  @IsIn(ACTION_ITEM_STATUSES)
  status?: ActionItemStatus;
}

export class CreateActionItemDto extends ActionItemFieldsDto {
  @ApiProperty({ maxLength: 500 })
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;
}

export class UpdateActionItemDto extends ActionItemFieldsDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;
}

export class LinkDeliverableDto {
  @ApiProperty({ format: 'uuid', description: 'A project deliverable you can see' })
  @IsUUID()
  deliverableId!: string;
}

export class ActionItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true }) assigneeUserId!: string | null;
  @ApiProperty({ nullable: true }) assigneeName!: string | null;
  @ApiProperty({ nullable: true }) dueDate!: string | null;
  @ApiProperty({ enum: ACTION_ITEM_STATUSES }) status!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class OutcomesDto {
  @ApiProperty({ nullable: true, description: 'Organisers always; others once published' })
  minutes!: string | null;
  @ApiProperty({ type: [String] }) decisions!: string[];
  @ApiProperty({ nullable: true }) minutesPublishedAt!: string | null;
  @ApiProperty({ type: [ActionItemDto] }) actionItems!: ActionItemDto[];
  @ApiProperty({ type: [Object] })
  deliverables!: { tenantId: string; id: string; projectId: string; title: string; linkedAt: string }[];
}
