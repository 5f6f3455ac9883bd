import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../trim.js';

export const NAME_MAX_LENGTH = 200;

/** A tenant's display name in the three languages of the platform; all three are required. */
export class TenantNamesDto {
  @ApiProperty({ maxLength: NAME_MAX_LENGTH, example: 'Institut Jazari de Fès' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  fr!: string;

  @ApiProperty({ maxLength: NAME_MAX_LENGTH, example: 'معهد الجزري بفاس' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  ar!: string;

  @ApiProperty({ maxLength: NAME_MAX_LENGTH, example: 'Jazari Institute of Fez' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  en!: string;
}
