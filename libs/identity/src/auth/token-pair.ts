import { ACTIONS } from '@jazari/access';
import { ApiProperty } from '@nestjs/swagger';
import { ROLES, TENANT_KIND_VALUES } from './enums.js';

export class SessionTenantDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: TENANT_KIND_VALUES }) kind!: string;
  @ApiProperty() slug!: string;
}

/** What login, refresh and switch-tenant answer. */
export class TokenPairDto {
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'JWT (HS256), valid `expiresIn` seconds, scoped to one tenant' })
  accessToken!: string;
  @ApiProperty({ example: 900 }) expiresIn!: number;
  @ApiProperty({
    description:
      'Opaque; single use: every refresh returns a new one. Absent in cookie mode, where it is set as an HttpOnly cookie',
    required: false,
  })
  refreshToken!: string;
  @ApiProperty() refreshExpiresIn!: number;
  @ApiProperty({ type: SessionTenantDto }) tenant!: SessionTenantDto;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiProperty({
    enum: ACTIONS,
    isArray: true,
    description: 'What this session may do (as `GET /me` says); the API checks again on every request',
  })
  permissions!: string[];
}
