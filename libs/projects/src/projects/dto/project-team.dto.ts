import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';
import { MAX_TEAM } from '../project.types.js';
import { IfPresent, LowerCase } from './project-field.decorators.js';

/** The whole team (it replaces the current one) and, optionally, a new lead. */
export class ProjectTeamDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'A member of the institute; absent keeps the lead' })
  @IfPresent()
  @LowerCase()
  @IsUUID('all')
  leadUserId?: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    maxItems: MAX_TEAM,
    description: 'Members of the institute',
  })
  @LowerCase()
  @IsArray()
  @ArrayMaxSize(MAX_TEAM)
  @IsUUID('all', { each: true })
  team!: string[];
}
