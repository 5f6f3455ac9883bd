import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from './page-query.dto.js';

export class ListMismatchesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this company's mismatches" })
  @IsOptional()
  @IsUUID('all')
  beneficiaryId?: string;
}
