import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin@jazari.ma' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Jazari-Demo-2026' })
  @IsString()
  @Length(1, 256)
  password!: string;
}

export class RefreshDto {
  @ApiPropertyOptional({
    description:
      'The refresh token from the last login or refresh; in cookie mode (`X-Jazari-Session: cookie`) it comes from the cookie instead',
  })
  @IsOptional()
  @IsString()
  @Length(1, 512)
  refreshToken?: string;
}

export class SwitchTenantDto {
  @ApiProperty({ format: 'uuid', description: 'A tenant you are a member of (see GET /api/v1/me)' })
  @IsUUID()
  tenantId!: string;
}
