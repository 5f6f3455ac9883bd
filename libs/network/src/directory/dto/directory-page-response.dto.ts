import { ApiProperty } from '@nestjs/swagger';
import type { DirectoryEntry } from '../directory.types.js';
import type { Page } from '../../tenant.types.js';
import { DirectoryEntryResponseDto } from './directory-entry-response.dto.js';

export class DirectoryPageResponseDto {
  @ApiProperty({ type: [DirectoryEntryResponseDto] })
  data!: DirectoryEntryResponseDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` to get the next page; null on the last page',
  })
  nextCursor!: string | null;

  static from(page: Page<DirectoryEntry>): DirectoryPageResponseDto {
    return { data: page.data.map((e) => DirectoryEntryResponseDto.from(e)), nextCursor: page.nextCursor };
  }
}
