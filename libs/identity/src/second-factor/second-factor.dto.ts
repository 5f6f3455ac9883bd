import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, Length } from 'class-validator';
import { TokenPairDto } from '../auth/token-pair.js';

export class SecondFactorCodeDto {
  @ApiProperty({
    description: 'The six digits your authenticator app shows now, or one of your unused recovery codes',
    example: '123456',
  })
  @IsString()
  @Length(6, 32)
  code!: string;
}

export class ChallengeTokenDto {
  @ApiProperty({ description: 'The `challengeToken` of the sign-in answer (202)' })
  @IsString()
  @Length(1, 512)
  challengeToken!: string;
}

export class ChallengeAnswerDto extends ChallengeTokenDto {
  @ApiProperty({ description: 'A TOTP code (six digits) or an unused recovery code' })
  @IsString()
  @Length(6, 32)
  code!: string;
}

/** What sign-in answers (202) instead of a session when a second factor must be given first. */
export class SecondFactorChallengeDto {
  @ApiProperty({ description: 'Opaque, single use, valid `expiresIn` seconds' }) challengeToken!: string;
  @ApiProperty({ example: 300 }) expiresIn!: number;
  @ApiProperty({
    description: 'No factor yet, but one is required: set one up (POST /auth/second-factor/totp) first',
  })
  enrolmentRequired!: boolean;
  @ApiProperty({
    description:
      'The person has a passkey: answer with it (POST /auth/second-factor/passkey-options) or a code',
  })
  passkey!: boolean;
}

export class TotpEnrolmentDto {
  @ApiProperty({ description: 'The secret in base32, to type into an authenticator app by hand' })
  secret!: string;
  @ApiProperty({
    description: 'The `otpauth://totp/…` URI to show as a QR code',
    example: 'otpauth://totp/…',
  })
  otpauthUri!: string;
}

export class RecoveryCodesDto {
  @ApiProperty({
    type: [String],
    description: 'Ten single-use codes, shown this once; the old ones no longer work',
  })
  recoveryCodes!: string[];
}

export class EnrolledSignInDto extends TokenPairDto {
  @ApiProperty({ type: [String], description: 'Ten single-use recovery codes, shown this once' })
  recoveryCodes!: string[];
}

export class SecondFactorStatusDto {
  @ApiProperty({ description: 'An authenticator app (TOTP) is set up and confirmed' }) totp!: boolean;
  @ApiProperty({ description: 'How many passkeys you have (each one is a second factor)' }) passkeys!: number;
  @ApiProperty({ description: 'A set-up was started and awaits its first code' }) pendingEnrolment!: boolean;
  @ApiProperty() recoveryCodesLeft!: number;
  @ApiProperty({
    description: "You must keep a second factor (Root's administrators; tenants that require it)",
  })
  required!: boolean;
}

export class SecurityPolicyDto {
  @ApiProperty({ description: 'Every member of this tenant must sign in with a second factor' })
  @IsBoolean()
  secondFactorRequired!: boolean;
}
