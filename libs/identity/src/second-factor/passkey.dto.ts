import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ChallengeTokenDto } from './second-factor.dto.js';

const B64 = 'base64url';

/** `response` of an assertion, as `@simplewebauthn/browser`'s `startAuthentication` answers it. */
export class PasskeyAssertionResponseDto {
  @ApiProperty({ description: B64 }) @IsString() @Length(1, 4096) clientDataJSON!: string;
  @ApiProperty({ description: B64 }) @IsString() @Length(1, 4096) authenticatorData!: string;
  @ApiProperty({ description: B64 }) @IsString() @Length(1, 2048) signature!: string;
  @ApiPropertyOptional({ description: B64 }) @IsOptional() @IsString() @MaxLength(1024) userHandle?: string;
}

/** A passkey's answer to `navigator.credentials.get` (WebAuthn `AuthenticationResponseJSON`). */
export class PasskeyAssertionDto {
  @ApiProperty({ description: 'The credential id (base64url)' }) @IsString() @Length(1, 1400) id!: string;
  @ApiProperty({ description: B64 }) @IsString() @Length(1, 1400) rawId!: string;
  @ApiProperty({ enum: ['public-key'] }) @IsIn(['public-key']) type!: 'public-key';
  @ApiProperty({ type: PasskeyAssertionResponseDto })
  @ValidateNested()
  @Type(() => PasskeyAssertionResponseDto)
  response!: PasskeyAssertionResponseDto;
  @ApiProperty({ type: 'object', additionalProperties: true }) @IsObject() clientExtensionResults!: Record<
    string,
    unknown
  >;
  @ApiPropertyOptional({ enum: ['platform', 'cross-platform'] })
  @IsOptional()
  @IsIn(['platform', 'cross-platform'])
  authenticatorAttachment?: 'platform' | 'cross-platform';
}

/** `response` of a registration, as `@simplewebauthn/browser`'s `startRegistration` answers it. */
export class PasskeyAttestationResponseDto {
  @ApiProperty({ description: B64 }) @IsString() @Length(1, 4096) clientDataJSON!: string;
  @ApiProperty({ description: B64 }) @IsString() @Length(1, 32768) attestationObject!: string;
  @ApiPropertyOptional({ description: B64 })
  @IsOptional()
  @IsString()
  @MaxLength(32768)
  authenticatorData?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @MaxLength(32, { each: true })
  transports?: string[];
  @ApiPropertyOptional() @IsOptional() @IsInt() publicKeyAlgorithm?: number;
  @ApiPropertyOptional({ description: B64 }) @IsOptional() @IsString() @MaxLength(4096) publicKey?: string;
}

/** A new passkey's answer to `navigator.credentials.create` (WebAuthn `RegistrationResponseJSON`). */
export class PasskeyAttestationDto {
  @ApiProperty({ description: 'The credential id (base64url)' }) @IsString() @Length(1, 1400) id!: string;
  @ApiProperty({ description: B64 }) @IsString() @Length(1, 1400) rawId!: string;
  @ApiProperty({ enum: ['public-key'] }) @IsIn(['public-key']) type!: 'public-key';
  @ApiProperty({ type: PasskeyAttestationResponseDto })
  @ValidateNested()
  @Type(() => PasskeyAttestationResponseDto)
  response!: PasskeyAttestationResponseDto;
  @ApiProperty({ type: 'object', additionalProperties: true }) @IsObject() clientExtensionResults!: Record<
    string,
    unknown
  >;
  @ApiPropertyOptional({ enum: ['platform', 'cross-platform'] })
  @IsOptional()
  @IsIn(['platform', 'cross-platform'])
  authenticatorAttachment?: 'platform' | 'cross-platform';
}

/** A fresh second factor: a code, or a passkey's assertion (of `…/authentication-options`). */
export class FactorProofDto {
  @ApiPropertyOptional({
    description: 'The six digits of your authenticator app now, or an unused recovery code',
    example: '123456',
  })
  @IsOptional()
  @IsString()
  @Length(6, 32)
  code?: string;

  @ApiPropertyOptional({
    type: PasskeyAssertionDto,
    description:
      'Instead of a code: a passkey’s answer to the options of POST /me/passkeys/authentication-options',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PasskeyAssertionDto)
  passkey?: PasskeyAssertionDto;
}

/** Sign-in's second step answered with a code or with a passkey. */
export class SecondFactorAnswerDto extends ChallengeTokenDto {
  @ApiPropertyOptional({ description: 'A TOTP code (six digits) or an unused recovery code' })
  @IsOptional()
  @IsString()
  @Length(6, 32)
  code?: string;

  @ApiPropertyOptional({
    type: PasskeyAssertionDto,
    description:
      'Instead of a code: a passkey’s answer to the options of POST /auth/second-factor/passkey-options',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PasskeyAssertionDto)
  passkey?: PasskeyAssertionDto;
}

export class RegisterPasskeyDto {
  @ApiProperty({ description: 'A name to tell this passkey from your others', example: 'Work laptop' })
  @IsString()
  @Length(1, 60)
  name!: string;

  @ApiProperty({ type: PasskeyAttestationDto })
  @ValidateNested()
  @Type(() => PasskeyAttestationDto)
  response!: PasskeyAttestationDto;
}

/** A passkey set up during sign-in, by a person who must have a second factor and has none. */
export class SignInPasskeyEnrolmentDto extends RegisterPasskeyDto {
  @ApiProperty({ description: 'The `challengeToken` of the sign-in answer (202)' })
  @IsString()
  @Length(1, 512)
  challengeToken!: string;
}

export class PasskeyOptionsDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'WebAuthn options (`PublicKeyCredentialCreationOptionsJSON` or `…RequestOptionsJSON`) for `@simplewebauthn/browser`; ' +
      'their challenge is single use and expires in five minutes',
  })
  options!: Record<string, unknown>;
}

export class PasskeyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastUsedAt!: string | null;
}

export class PasskeyListDto {
  @ApiProperty({ type: [PasskeyDto] }) data!: PasskeyDto[];
}

export class AddedPasskeyDto {
  @ApiProperty({ type: PasskeyDto }) passkey!: PasskeyDto;
  @ApiPropertyOptional({
    type: [String],
    description: 'When this passkey is your first second factor: ten recovery codes, shown this once',
  })
  recoveryCodes?: string[];
}
