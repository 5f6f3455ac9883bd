import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsString,
  IsUUID,
  Matches,
  ValidateNested,
} from 'class-validator';
import { REGISTRATION_STATUSES } from '../workshop.types.js';

export class InviteeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId!: string;

  @ApiProperty({ format: 'uuid', description: 'The tenant the person is invited from (one they belong to)' })
  @IsUUID()
  tenantId!: string;
}

export class InviteDto {
  @ApiProperty({ type: [InviteeDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => InviteeDto)
  invitees!: InviteeDto[];
}

export class CheckInDto {
  @ApiProperty({ example: 'K7MPQ2XR', description: 'The code shown at the venue (case and spaces ignored)' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.replace(/[\s-]/g, '').toUpperCase() : value,
  )
  @IsString()
  @Matches(/^[A-Z0-9]{4,16}$/, { message: 'code must be 4 to 16 letters or digits' })
  code!: string;
}

export class RegistrationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) workshopId!: string;
  @ApiProperty({ enum: REGISTRATION_STATUSES }) status!: string;
  @ApiProperty() queuedAt!: string;
  @ApiProperty({ nullable: true }) checkedInAt!: string | null;
}

export class AttendeeDto {
  @ApiProperty({ format: 'uuid' }) registrationId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ nullable: true }) name!: string | null;
  @ApiProperty({ format: 'uuid' }) tenantId!: string;
  @ApiProperty({ enum: REGISTRATION_STATUSES }) status!: string;
  @ApiProperty() queuedAt!: string;
  @ApiProperty({ nullable: true }) invitedAt!: string | null;
  @ApiProperty({ nullable: true }) checkedInAt!: string | null;
}

export class AttendanceDto {
  @ApiProperty({ type: [AttendeeDto] }) data!: AttendeeDto[];
  @ApiProperty() counts!: { registered: number; waitlisted: number; checkedIn: number; invited: number };
}

export class InvitationResultDto {
  @ApiProperty({ type: [String], description: 'Registrations now invited' }) invited!: string[];
  @ApiProperty({ type: [String], description: 'People who already hold a place or an invitation' })
  unchanged!: string[];
}
