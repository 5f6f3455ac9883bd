import { ApiProperty } from '@nestjs/swagger';
import { TenantNamesDto } from '../profile/profile.dto.js';

export class SignedInTenantDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty({ type: TenantNamesDto }) name!: TenantNamesDto;
}

export class SessionDeviceDto {
  @ApiProperty({ type: String, nullable: true, example: 'Firefox' }) browser!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Windows' }) system!: string | null;
}

export class SessionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: SignedInTenantDto, description: 'The tenant the session is signed in to' })
  tenant!: SignedInTenantDto;
  @ApiProperty({ type: String, nullable: true, description: 'The client address at sign-in' })
  ip!: string | null;
  @ApiProperty({
    enum: ['loopback', 'private', 'public'],
    nullable: true,
    description: 'Where the address is: this machine, a private network or the internet (no geolocation)',
  })
  network!: 'loopback' | 'private' | 'public' | null;
  @ApiProperty({ type: String, nullable: true, description: 'The User-Agent header at sign-in' })
  userAgent!: string | null;
  @ApiProperty({ type: SessionDeviceDto, description: 'Browser and system, read from the User-Agent' })
  device!: SessionDeviceDto;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ description: 'Last sign-in or refresh' }) lastUsedAt!: string;
  @ApiProperty() expiresAt!: string;
  @ApiProperty({ description: 'The session of this request' }) current!: boolean;
}

export class SessionListDto {
  @ApiProperty({ type: [SessionDto] }) data!: SessionDto[];
}

export class SessionsEndedDto {
  @ApiProperty({ description: 'Sessions ended' }) revokedSessions!: number;
}
