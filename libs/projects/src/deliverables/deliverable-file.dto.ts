import { ApiProperty } from '@nestjs/swagger';

export class DeliverableFileDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) deliverableId!: string;
  @ApiProperty({ example: 'evaluation-report.pdf' }) filename!: string;
  @ApiProperty({ example: 'application/pdf' }) contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ description: 'SHA-256 of the content, hex', example: 'e3b0c442…' }) sha256!: string;
  @ApiProperty({ format: 'uuid' }) uploadedBy!: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
}

export class DeliverableFilePageDto {
  @ApiProperty({ type: [DeliverableFileDto] }) data!: DeliverableFileDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}
