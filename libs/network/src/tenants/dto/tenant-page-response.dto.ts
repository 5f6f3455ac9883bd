import { ApiProperty } from '@nestjs/swagger';
import type { Page, Tenant } from '../../tenant.types.js';
import { TenantResponseDto } from './tenant-response.dto.js';

export class TenantPageResponseDto {
  @ApiProperty({ type: [TenantResponseDto] })
  data!: TenantResponseDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` to get the next page; null on the last page',
  })
  nextCursor!: string | null;

  static from(page: Page<Tenant>): TenantPageResponseDto {
    return { data: page.data.map((t) => TenantResponseDto.from(t)), nextCursor: page.nextCursor };
  }
}
