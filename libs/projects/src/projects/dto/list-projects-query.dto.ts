import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PROJECT_STATUSES, type ProjectStatus } from '../../project-access.js';
import {
  DEFAULT_PAGE_SIZE,
  DOMAIN_CODE_PATTERN,
  MAX_PAGE_SIZE,
  PRIORITY_CODE_PATTERN,
  PROJECT_TYPES,
  REGION_CODE_PATTERN,
  type ProjectType,
} from '../project.types.js';
import { LowerCase, Trim } from './project-field.decorators.js';

const CURSOR_PATTERN = /^[A-Za-z0-9_-]+$/;

/** The filters of `GET /projects` and `GET /projects/export.csv`; all of them narrow (AND). */
export class ProjectFilterQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Projects of this institute (useful to Root and partners)',
  })
  @IsOptional()
  @LowerCase()
  @IsUUID('all')
  institute?: string;

  @ApiPropertyOptional({ enum: PROJECT_STATUSES })
  @IsOptional()
  @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;

  @ApiPropertyOptional({ enum: PROJECT_TYPES })
  @IsOptional()
  @IsIn(PROJECT_TYPES)
  type?: ProjectType;

  @ApiPropertyOptional({
    example: 'research_innovation',
    description: 'A national priority code; a level-1 code also matches its children',
  })
  @IsOptional()
  @IsString()
  @Matches(PRIORITY_CODE_PATTERN, { message: 'priority must be a priority code' })
  priority?: string;

  @ApiPropertyOptional({ example: 'MA-06' })
  @IsOptional()
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'region must be MA-01 … MA-12' })
  region?: string;

  @ApiPropertyOptional({ example: 'agriculture', description: 'A thematic domain code' })
  @IsOptional()
  @IsString()
  @Matches(DOMAIN_CODE_PATTERN, { message: 'domain must be a domain code' })
  domain?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Projects this partner tenant takes part in' })
  @IsOptional()
  @LowerCase()
  @IsUUID('all')
  partner?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Projects this person leads' })
  @IsOptional()
  @LowerCase()
  @IsUUID('all')
  lead?: string;

  @ApiPropertyOptional({
    type: Boolean,
    description:
      'true: a milestone is past due and not done, or a deliverable is past due and still planned or rejected; false: neither',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({
    maxLength: 200,
    description:
      'Words searched in the title and summary, case, accents and Arabic diacritics folded; the last word also as a prefix',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class ListProjectsQueryDto extends ProjectFilterQueryDto {
  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(CURSOR_PATTERN, { message: 'cursor is not a cursor this API issued' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;
}

export class ProjectHistoryQueryDto {
  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(CURSOR_PATTERN, { message: 'cursor is not a cursor this API issued' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;
}
