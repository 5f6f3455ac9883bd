import { ApiProperty } from '@nestjs/swagger';
import type { LocalizedNames } from '../../tenant.types.js';

export class LocalizedNamesResponseDto {
  @ApiProperty({ example: 'Institut Jazari de Fès' })
  fr!: string;

  @ApiProperty({ example: 'معهد الجزري بفاس' })
  ar!: string;

  @ApiProperty({ example: 'Jazari Institute of Fez' })
  en!: string;

  static from(names: LocalizedNames): LocalizedNamesResponseDto {
    return { fr: names.fr, ar: names.ar, en: names.en };
  }
}
