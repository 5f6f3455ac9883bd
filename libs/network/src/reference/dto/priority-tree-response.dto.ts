import { ApiProperty } from '@nestjs/swagger';
import type { PriorityPillar } from '../../reference.types.js';
import { PriorityPillarResponseDto } from './priority-pillar-response.dto.js';

/** The pillars in display order, each with its sub-priorities; a small fixed tree, never paginated. */
export class PriorityTreeResponseDto {
  @ApiProperty({ type: [PriorityPillarResponseDto] })
  data!: PriorityPillarResponseDto[];

  static from(pillars: readonly PriorityPillar[]): PriorityTreeResponseDto {
    return { data: pillars.map((p) => PriorityPillarResponseDto.fromPillar(p)) };
  }
}
