import { ApiProperty } from '@nestjs/swagger';
import type { Priority } from '../../reference.types.js';
import { LocalizedLabelsResponseDto } from './localized-labels-response.dto.js';

export class PriorityResponseDto {
  @ApiProperty({ example: 'startup_support.incubation' })
  code!: string;

  @ApiProperty({ type: String, nullable: true, example: 'startup_support', description: 'Null for a pillar' })
  parentCode!: string | null;

  @ApiProperty({ type: LocalizedLabelsResponseDto })
  labels!: LocalizedLabelsResponseDto;

  @ApiProperty({ description: 'Display order among its siblings' })
  position!: number;

  @ApiProperty({ description: 'Deactivated entries are offered for no new choice' })
  active!: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  static from(priority: Priority): PriorityResponseDto {
    return {
      code: priority.code,
      parentCode: priority.parentCode,
      labels: LocalizedLabelsResponseDto.from(priority.labels),
      position: priority.position,
      active: priority.active,
      createdAt: priority.createdAt.toISOString(),
      updatedAt: priority.updatedAt.toISOString(),
    };
  }
}
