import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { ROLE_LABEL_MAX_LENGTH } from '../../convention.types.js';
import { LowerCase, Trim } from './convention-field.decorators.js';

export class ConventionPartyInputDto {
  @ApiProperty({ format: 'uuid', description: 'An active tenant (Root, an institute or a partner)' })
  @LowerCase()
  @IsUUID('all')
  tenantId!: string;

  @ApiProperty({ maxLength: ROLE_LABEL_MAX_LENGTH, example: 'Partenaire industriel' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(ROLE_LABEL_MAX_LENGTH)
  roleLabel!: string;
}
