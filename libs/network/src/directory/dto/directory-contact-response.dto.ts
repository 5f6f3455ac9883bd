import { ApiProperty } from '@nestjs/swagger';

export class DirectoryContactResponseDto {
  @ApiProperty({ type: String, nullable: true, example: 'contact@jazari-fes.ma' })
  email!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '+212 5 35 00 00 00' })
  phone!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'https://jazari-fes.ma' })
  website!: string | null;
}
