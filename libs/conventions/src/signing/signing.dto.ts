import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsOptional,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PasskeyAssertionDto } from '@jazari/identity';

export class SignerInputDto {
  @ApiProperty({ format: 'uuid', description: 'The party the person signs for' })
  @IsUUID()
  partyTenantId!: string;

  @ApiProperty({ format: 'uuid', description: 'A member of that party' })
  @IsUUID()
  userId!: string;

  @ApiProperty({ minimum: 1, maximum: 20, description: 'Equal steps sign in parallel; lower steps first' })
  @IsInt()
  @Min(1)
  @Max(20)
  step!: number;
}

export class SetSignersDto {
  @ApiProperty({ type: [SignerInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SignerInputDto)
  signers!: SignerInputDto[];
}

export class SignDto {
  @ApiProperty({ description: "The signer's password: signing re-authenticates them" })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password!: string;

  @ApiPropertyOptional({
    description:
      'A fresh second factor: the six digits of your authenticator app now, or an unused recovery code. ' +
      'Every signer needs one (403 `second-factor-required` until they set one up); the evidence records the method',
    example: '123456',
  })
  @IsOptional()
  @IsString()
  @MinLength(6)
  @MaxLength(32)
  secondFactorCode?: string;

  @ApiPropertyOptional({
    type: PasskeyAssertionDto,
    description:
      'Instead of a code: a passkey’s answer to the options of POST /me/passkeys/authentication-options; ' +
      'the evidence records `password+webauthn`',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PasskeyAssertionDto)
  passkey?: PasskeyAssertionDto;
}

export class DeclineDto {
  @ApiProperty({ minLength: 1, maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;
}

export class SignerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) partyTenantId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() step!: number;
  @ApiProperty({ enum: ['pending', 'signed', 'declined', 'cancelled'] }) status!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) actedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) declineReason!: string | null;
}

export class SignersDto {
  @ApiProperty({ type: [SignerDto] }) data!: SignerDto[];
  @ApiProperty({ nullable: true, type: Number, description: 'The step now signing, if out for signature' })
  currentStep!: number | null;
}

export class SigningResultDto {
  @ApiProperty() status!: string;
  @ApiProperty({ nullable: true, type: Number }) currentStep!: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) signatureId!: string | null;
}

export class SignerCandidateDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ description: 'Their role in the party' }) role!: string;
}

export class PartyCandidatesDto {
  @ApiProperty({ format: 'uuid' }) partyTenantId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [SignerCandidateDto] }) members!: SignerCandidateDto[];
}

export class SignerCandidatesDto {
  @ApiProperty({ type: [PartyCandidatesDto], description: 'Each party, in the convention’s order' })
  data!: PartyCandidatesDto[];
}
