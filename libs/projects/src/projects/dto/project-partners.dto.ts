import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';
import { MAX_PARTNERS } from '../project.types.js';
import { LowerCase } from './project-field.decorators.js';

/** The whole list of partners; it replaces the current one. */
export class ProjectPartnersDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    maxItems: MAX_PARTNERS,
    description: 'Partner tenants; those added must be active',
  })
  @LowerCase()
  @IsArray()
  @ArrayMaxSize(MAX_PARTNERS)
  @IsUUID('all', { each: true })
  partnerTenantIds!: string[];
}
