import { ApiProperty } from '@nestjs/swagger';
import type { Region } from '../../tenant.types.js';
import { RegionResponseDto } from './region-response.dto.js';

/** The 12 regions, ordered by code; a fixed reference list, so never paginated. */
export class RegionListResponseDto {
  @ApiProperty({ type: [RegionResponseDto] })
  data!: RegionResponseDto[];

  static from(regions: readonly Region[]): RegionListResponseDto {
    return { data: regions.map((r) => RegionResponseDto.from(r)) };
  }
}
