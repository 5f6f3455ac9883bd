import { ApiProperty } from '@nestjs/swagger';
import type { Domain } from '../../reference.types.js';
import { DomainResponseDto } from './domain-response.dto.js';

/** The domains in display order; a small list, never paginated. */
export class DomainListResponseDto {
  @ApiProperty({ type: [DomainResponseDto] })
  data!: DomainResponseDto[];

  static from(domains: readonly Domain[]): DomainListResponseDto {
    return { data: domains.map((d) => DomainResponseDto.from(d)) };
  }
}
