import { ApiProperty } from '@nestjs/swagger';
import type { Names } from '../beneficiary.types.js';

export class NamesResponseDto {
  @ApiProperty({ example: 'Casablanca-Settat' })
  fr!: string;

  @ApiProperty({ example: 'الدار البيضاء سطات' })
  ar!: string;

  @ApiProperty({ example: 'Casablanca-Settat' })
  en!: string;

  static from(names: Names): NamesResponseDto {
    return { fr: names.fr, ar: names.ar, en: names.en };
  }
}
