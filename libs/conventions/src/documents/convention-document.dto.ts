import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ConventionDocumentDto } from '../conventions/dto/convention-response.dto.js';
import { CONVENTION_STATUSES, type ConventionStatus } from '../convention.types.js';

export const DOCUMENT_PAGE_SIZE = 50;
export const MAX_DOCUMENT_PAGE_SIZE = 200;

export class ConventionDocumentPageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_DOCUMENT_PAGE_SIZE, default: DOCUMENT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_DOCUMENT_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor is not a cursor this API issued' })
  cursor?: string;
}

export class ConventionDocumentPageDto {
  @ApiProperty({ type: [ConventionDocumentDto], description: 'Oldest version first' })
  data!: ConventionDocumentDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}

export class ConventionDocumentUploadedDto extends ConventionDocumentDto {
  @ApiProperty({ enum: CONVENTION_STATUSES, description: 'The convention status after the upload' })
  conventionStatus!: ConventionStatus;
  @ApiProperty({ description: 'The convention version (ETag) after the upload' })
  conventionVersion!: number;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Signatures cancelled because the document changed under them',
  })
  cancelledSignatureIds!: string[];
}
