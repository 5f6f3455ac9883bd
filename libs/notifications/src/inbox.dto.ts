import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class InboxQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsUUID()
  cursor?: string;

  @ApiPropertyOptional({ description: 'Only the unread ones' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

export class NotificationTitleDto {
  @ApiProperty() fr!: string;
  @ApiProperty() ar!: string;
  @ApiProperty() en!: string;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The tenant the notification concerns you in' })
  tenantId!: string;
  @ApiProperty({ example: 'conventions.signature_requested' }) eventType!: string;
  @ApiProperty({ example: 'signatures' }) category!: string;
  @ApiProperty() actionRequired!: boolean;
  @ApiProperty({ type: NotificationTitleDto }) title!: NotificationTitleDto;
  @ApiProperty({ example: '/conventions/0190…', description: 'Path of the object it concerns' })
  link!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) readAt!: string | null;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) data!: NotificationDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class UnreadCountDto {
  @ApiProperty() unread!: number;
}

export class MarkedAllReadDto {
  @ApiProperty({ description: 'How many were unread' }) marked!: number;
}
