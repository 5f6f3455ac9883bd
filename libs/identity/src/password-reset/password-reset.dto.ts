import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { PASSWORD_MIN_LENGTH } from '../profile/profile.dto.js';

export class RequestPasswordResetDto {
  @ApiProperty({ example: 'someone@jazari.ma' })
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class PasswordResetTokenDto {
  @ApiProperty({ description: 'The `token` of the link the e-mail carried (`jzp_…`)' })
  @IsString()
  @Length(1, 512)
  token!: string;
}

/** The same strength rules as a new password chosen on the profile (ChangePasswordDto). */
export class CompletePasswordResetDto extends PasswordResetTokenDto {
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: 256 })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, 256)
  password!: string;
}

export class PasswordResetRequestedDto {
  @ApiProperty({ description: 'How long a link e-mailed now stays valid, in minutes', example: 30 })
  validMinutes!: number;
}

export class PasswordResetLinkDto {
  @ApiProperty({ description: 'Until when the link works (it works once)' })
  expiresAt!: string;
}
