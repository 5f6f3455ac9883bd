import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { LABEL_MAX_LENGTH } from '../../reference.types.js';
import { Trim } from '../../trim.js';

/** A reference entry's label in the three languages of the platform; all three are required. */
export class LocalizedLabelsDto {
  @ApiProperty({ maxLength: LABEL_MAX_LENGTH, example: 'Soutien aux startups' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LABEL_MAX_LENGTH)
  fr!: string;

  @ApiProperty({ maxLength: LABEL_MAX_LENGTH, example: 'دعم المقاولات الناشئة' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LABEL_MAX_LENGTH)
  ar!: string;

  @ApiProperty({ maxLength: LABEL_MAX_LENGTH, example: 'Startup support' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LABEL_MAX_LENGTH)
  en!: string;
}
