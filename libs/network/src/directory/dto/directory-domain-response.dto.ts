import { ApiProperty } from '@nestjs/swagger';
import type { LocalizedLabels } from '../../reference.types.js';
import { LocalizedLabelsResponseDto } from '../../reference/dto/localized-labels-response.dto.js';

export class DirectoryDomainResponseDto {
  @ApiProperty({ example: 'health' })
  code!: string;

  @ApiProperty({ type: LocalizedLabelsResponseDto })
  labels!: LocalizedLabelsResponseDto;

  static from(domain: { code: string; labels: LocalizedLabels }): DirectoryDomainResponseDto {
    return { code: domain.code, labels: LocalizedLabelsResponseDto.from(domain.labels) };
  }
}
