import { ApiProperty } from '@nestjs/swagger';
import type { Domain } from '../../reference.types.js';
import { LocalizedLabelsResponseDto } from './localized-labels-response.dto.js';

export class DomainResponseDto {
  @ApiProperty({ example: 'health' })
  code!: string;

  @ApiProperty({ type: LocalizedLabelsResponseDto })
  labels!: LocalizedLabelsResponseDto;

  @ApiProperty({ description: 'Display order' })
  position!: number;

  @ApiProperty({ description: 'Deactivated domains are offered for no new choice' })
  active!: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  static from(domain: Domain): DomainResponseDto {
    return {
      code: domain.code,
      labels: LocalizedLabelsResponseDto.from(domain.labels),
      position: domain.position,
      active: domain.active,
      createdAt: domain.createdAt.toISOString(),
      updatedAt: domain.updatedAt.toISOString(),
    };
  }
}
