import { ApiProperty } from '@nestjs/swagger';

class AuditActorDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The person, if any' })
  userId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The API key used, if any' })
  apiKeyId!: string | null;
}

class AuditTargetDto {
  @ApiProperty({ example: 'membership' })
  type!: string;

  @ApiProperty({ example: '0195f3a4-7c1e-7d2a-9b3c-4d5e6f708192' })
  id!: string;
}

class AuditEventDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: "Position in the tenant's chain, from 1, without gaps", example: 42 })
  seq!: number;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ type: AuditActorDto, description: 'Both null when the system acted' })
  actor!: AuditActorDto;

  @ApiProperty({ example: 'membership.role_changed' })
  action!: string;

  @ApiProperty({ type: AuditTargetDto })
  target!: AuditTargetDto;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { from: 'researcher', to: 'institute_manager' },
  })
  data!: Record<string, unknown>;
}

export class AuditEventPageDto {
  @ApiProperty({ type: [AuditEventDto] })
  data!: AuditEventDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last',
  })
  nextCursor!: string | null;
}
