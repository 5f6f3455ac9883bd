import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { IdCursorQuery } from '@jazari/http';

export class InboxQuery extends IdCursorQuery {
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
