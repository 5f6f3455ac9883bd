import { ApiProperty } from '@nestjs/swagger';
import type { PriorityPillar } from '../../reference.types.js';
import { PriorityResponseDto } from './priority-response.dto.js';

export class PriorityPillarResponseDto extends PriorityResponseDto {
  @ApiProperty({ type: [PriorityResponseDto], description: 'Its sub-priorities, in display order' })
  children!: PriorityResponseDto[];

  static fromPillar(pillar: PriorityPillar): PriorityPillarResponseDto {
    return {
      ...PriorityResponseDto.from(pillar),
      children: pillar.children.map((c) => PriorityResponseDto.from(c)),
    };
  }
}
