import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { REASON_MAX_LENGTH } from '../../convention.types.js';
import { IfPresent, Trim } from './convention-field.decorators.js';

/** The body of `submit-for-review`, `return-to-draft` and `void`: an optional reason. */
export class ConventionActionDto {
  @ApiPropertyOptional({ maxLength: REASON_MAX_LENGTH })
  @IfPresent()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(REASON_MAX_LENGTH)
  reason?: string;
}

/** Terminating an active convention says why. */
export class TerminateConventionDto {
  @ApiProperty({ maxLength: REASON_MAX_LENGTH, example: 'Accord mutuel des parties' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(REASON_MAX_LENGTH)
  reason!: string;
}
