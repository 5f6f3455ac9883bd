import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { LOCALES, ROLES, TENANT_KIND_VALUES } from '../auth/enums.js';
import { TenantNamesDto } from '../profile/profile.dto.js';

export class CreateInvitationDto {
  @ApiProperty({ example: 'nadia.elfassi@um5.ac.ma' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: ROLES, description: 'The role the invited person will have in the tenant' })
  @IsIn(ROLES)
  role!: string;
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The token from the invitation link' })
  @IsString()
  @Length(1, 512)
  token!: string;

  @ApiProperty({
    description:
      'New account: the password to set. Existing account: your current password, which proves it is you.',
    minLength: 1,
  })
  @IsString()
  @Length(1, 256)
  password!: string;

  @ApiPropertyOptional({ description: 'Required when the invitation creates your account' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  displayName?: string;

  @ApiPropertyOptional({ enum: LOCALES, default: 'fr' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: 'fr' | 'ar' | 'en';
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiProperty({ enum: ['open', 'accepted', 'revoked', 'expired'] }) status!: string;
  @ApiProperty({ format: 'uuid' }) invitedBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) acceptedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) revokedAt!: string | null;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'When the invitation was dispatched by the worker',
  })
  recordedAt!: string | null;
}

export class InvitationPageDto {
  @ApiProperty({ type: [InvitationDto] }) data!: InvitationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class AcceptedInvitationTenantDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: TENANT_KIND_VALUES }) kind!: string;
  @ApiProperty() slug!: string;
}

export class AcceptedInvitationDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ description: 'True when accepting created the account' }) createdAccount!: boolean;
  @ApiProperty({ type: AcceptedInvitationTenantDto }) tenant!: AcceptedInvitationTenantDto;
  @ApiProperty({ enum: ROLES }) role!: string;
}

export class InvitationPreviewTenantDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: TENANT_KIND_VALUES }) kind!: string;
  @ApiProperty() slug!: string;
  @ApiProperty({ type: TenantNamesDto }) name!: TenantNamesDto;
}

/** What the person holding an invitation link sees before accepting it. */
export class InvitationPreviewDto {
  @ApiProperty({ description: 'The address the invitation was sent to' }) email!: string;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiProperty({ enum: ['open', 'accepted', 'expired'] }) status!: 'open' | 'accepted' | 'expired';
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ type: InvitationPreviewTenantDto }) tenant!: InvitationPreviewTenantDto;
  @ApiProperty({
    description: 'True when a Jazari account already has this address: accepting then asks for its password',
  })
  accountExists!: boolean;
}

export class InvitationPreviewQuery {
  @ApiProperty({ description: 'The token from the invitation link' })
  @IsString()
  @Length(1, 512)
  token!: string;
}
