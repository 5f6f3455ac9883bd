import { ApiProperty } from '@nestjs/swagger';
import type { LocalizedLabels } from '../../reference.types.js';

export class LocalizedLabelsResponseDto {
  @ApiProperty({ example: 'Santé' })
  fr!: string;

  @ApiProperty({ example: 'الصحة' })
  ar!: string;

  @ApiProperty({ example: 'Health' })
  en!: string;

  static from(labels: LocalizedLabels): LocalizedLabelsResponseDto {
    return { fr: labels.fr, ar: labels.ar, en: labels.en };
  }
}
