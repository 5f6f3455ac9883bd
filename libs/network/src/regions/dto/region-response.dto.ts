import { ApiProperty } from '@nestjs/swagger';
import type { Region } from '../../tenant.types.js';
import { LocalizedNamesResponseDto } from './localized-names-response.dto.js';

export class RegionResponseDto {
  @ApiProperty({ example: 'MA-03', description: 'ISO 3166-2:MA' })
  code!: string;

  @ApiProperty({ type: LocalizedNamesResponseDto })
  names!: LocalizedNamesResponseDto;

  static from(region: Region): RegionResponseDto {
    return { code: region.code, names: LocalizedNamesResponseDto.from(region.names) };
  }
}
