import { ApiProperty } from '@nestjs/swagger';
import { NamesResponseDto } from './names-response.dto.js';

export class SupportInstituteResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: NamesResponseDto })
  names!: NamesResponseDto;
}
