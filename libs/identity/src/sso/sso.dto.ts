import { ROLES_BY_KIND, type Role } from '@jazari/access';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';

const ROLES: readonly Role[] = Object.values(ROLES_BY_KIND).flat();

export class SaveSsoConfigDto {
  @ApiProperty({ description: 'Turns the "Sign in with …" button on or off; the rest is kept' })
  @IsBoolean()
  enabled!: boolean;

  @ApiProperty({ example: 'Université Mohammed V', description: 'Shown as "Sign in with <displayName>"' })
  @IsString()
  @Length(1, 80)
  displayName!: string;

  @ApiProperty({
    example: 'https://login.um5.ac.ma/realms/staff',
    description: 'The OpenID provider’s issuer identifier (its discovery document must answer)',
  })
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['https', 'http'] })
  @MaxLength(500)
  issuer!: string;

  @ApiProperty({ example: 'jazari' })
  @IsString()
  @Length(1, 255)
  clientId!: string;

  @ApiPropertyOptional({
    description: 'Required the first time; omit it to keep the stored one. Stored encrypted, never returned',
    writeOnly: true,
  })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  clientSecret?: string;

  @ApiProperty({
    example: ['um5.ac.ma'],
    description: 'Only people whose verified e-mail is in one of these domains sign in through the provider',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Transform(({ value }: { value: unknown }): unknown =>
    Array.isArray(value)
      ? value.map((d: unknown) => (typeof d === 'string' ? d.trim().toLowerCase() : d))
      : value,
  )
  @Matches(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
    each: true,
    message: 'each allowed domain must be a domain name such as example.ma',
  })
  allowedDomains!: string[];

  @ApiProperty({
    enum: ['default_role', 'invitation_required'],
    description:
      'Someone who is not a member yet: joins with `defaultRole`, or is refused until invited and accepted',
  })
  @IsIn(['default_role', 'invitation_required'])
  firstSignIn!: 'default_role' | 'invitation_required';

  @ApiPropertyOptional({
    enum: ROLES,
    description: 'With `default_role`: a role of the tenant’s kind, not its administrator role',
  })
  @IsOptional()
  @IsIn(ROLES)
  defaultRole?: Role;

  @ApiProperty({
    description:
      'False: members sign in through the provider only; the tenant’s administrators keep their password (break-glass)',
  })
  @IsBoolean()
  passwordSignIn!: boolean;

  @ApiPropertyOptional({
    default: false,
    description:
      'True: the provider enforces a second factor itself, and a sign-in whose ID token says so (`amr` ' +
      'containing `mfa`, RFC 8176) is not asked for Jazari’s second factor; any other is. Audited',
  })
  @IsOptional()
  @IsBoolean()
  trustProviderMfa?: boolean;
}

export class SsoConfigDto {
  @ApiProperty() enabled!: boolean;
  @ApiProperty() displayName!: string;
  @ApiProperty() issuer!: string;
  @ApiProperty() clientId!: string;
  @ApiProperty({ enum: ['set'], description: 'The secret itself is never returned' })
  clientSecret!: 'set';
  @ApiProperty({ type: String, isArray: true }) allowedDomains!: string[];
  @ApiProperty({ enum: ['default_role', 'invitation_required'] })
  firstSignIn!: 'default_role' | 'invitation_required';
  @ApiProperty({ enum: ROLES, nullable: true, type: String }) defaultRole!: string | null;
  @ApiProperty() passwordSignIn!: boolean;
  @ApiProperty({ description: 'The provider’s own second factor (`amr`: `mfa`) stands for Jazari’s' })
  trustProviderMfa!: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class SsoSettingsDto {
  @ApiProperty({
    example: 'https://jazari.ma/api/v1/auth/sso/callback',
    description: 'The redirect URI to register at the provider',
  })
  redirectUri!: string;

  @ApiProperty({ type: SsoConfigDto, nullable: true, description: 'null until configured' })
  config!: SsoConfigDto | null;
}

export class SignInOptionsQuery {
  @ApiPropertyOptional({ description: 'A tenant’s slug or id (the sign-in page’s `?tenant=`)' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  tenant?: string;

  @ApiPropertyOptional({ description: 'An e-mail address: its domain names the tenant' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string;
}

class SignInTenantNamesDto {
  @ApiProperty() fr!: string;
  @ApiProperty() ar!: string;
  @ApiProperty() en!: string;
}

class SignInTenantDto {
  @ApiProperty() slug!: string;
  @ApiProperty({ type: SignInTenantNamesDto }) name!: SignInTenantNamesDto;
}

export class SignInOptionsDto {
  @ApiProperty({ type: SignInTenantDto }) tenant!: SignInTenantDto;
  @ApiProperty({ example: 'Université Mohammed V' }) ssoName!: string;
  @ApiProperty({ example: '/api/v1/auth/sso/um5/start', description: 'Open it in the browser (GET)' })
  startUrl!: string;
  @ApiProperty({ description: 'False: the page hides the password form (administrators keep a link to it)' })
  passwordSignIn!: boolean;
}

export class SsoStartQuery {
  @ApiPropertyOptional({
    description: 'Where to go after signing in: a path of this app',
    example: '/projects',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  next?: string;
}
