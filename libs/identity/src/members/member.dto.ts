import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ROLES } from '../auth/enums.js';

export class MemberDto {
  @ApiProperty({ format: 'uuid', description: 'The user id' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ['fr', 'ar', 'en'] }) locale!: string;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
}

export class MemberPageDto {
  @ApiProperty({ type: [MemberDto] }) data!: MemberDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

/** The member's role in this tenant; one of the roles of the tenant's kind. */
export class ChangeRoleDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: string;
}
