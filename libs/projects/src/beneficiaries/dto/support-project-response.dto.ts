import { ApiProperty } from '@nestjs/swagger';

export class SupportProjectResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;
}
