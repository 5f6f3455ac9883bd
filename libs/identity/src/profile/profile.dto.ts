import { ACTIONS } from '@jazari/access';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { LOCALES, ROLES, TENANT_KIND_VALUES } from '../auth/enums.js';

export const PASSWORD_MIN_LENGTH = 12;

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: LOCALES }) locale!: string;
}

export class TenantNamesDto {
  @ApiProperty() fr!: string;
  @ApiProperty() ar!: string;
  @ApiProperty() en!: string;
}

export class MembershipTenantDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: TENANT_KIND_VALUES }) kind!: string;
  @ApiProperty() slug!: string;
  @ApiProperty({ type: TenantNamesDto, description: 'The tenant’s name in each language' })
  name!: TenantNamesDto;
  @ApiProperty({ enum: ['active', 'suspended'] }) status!: string;
}

export class MembershipDto {
  @ApiProperty({ type: MembershipTenantDto }) tenant!: MembershipTenantDto;
  @ApiProperty({ enum: ROLES }) role!: string;
}

export class CurrentAccessDto {
  @ApiProperty({ type: MembershipTenantDto }) tenant!: MembershipTenantDto;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiProperty({ enum: ACTIONS, isArray: true }) permissions!: string[];
}

export class MeDto {
  @ApiProperty({ type: UserDto }) user!: UserDto;
  @ApiProperty({ type: [MembershipDto] }) memberships!: MembershipDto[];
  @ApiProperty({ type: CurrentAccessDto }) current!: CurrentAccessDto;
}

export class UpdateProfileDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 120)
  displayName?: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: 'fr' | 'ar' | 'en';
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @Length(1, 256)
  currentPassword!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: 256 })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, 256)
  newPassword!: string;
}
