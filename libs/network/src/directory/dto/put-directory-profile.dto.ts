import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
} from 'class-validator';
import { DESCRIPTION_MAX_LENGTH, MAX_DIRECTORY_DOMAINS } from '../directory.types.js';
import { DOMAIN_CODE_PATTERN } from '../../reference.types.js';
import { Trim } from '../../trim.js';

/** Digits, spaces and the usual separators, optionally after a `+`: what people write a phone number as. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ().-]{4,28}[0-9]$/;

/**
 * The caller's own tenant's profile, replaced as a whole: a field left out (or null) is cleared. There is
 * no tenant in the body or the path; the tenant is the caller's.
 */
export class PutDirectoryProfileDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: DESCRIPTION_MAX_LENGTH })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(DESCRIPTION_MAX_LENGTH)
  description?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'email', maxLength: 254 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(254)
  @IsEmail()
  contactEmail?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    pattern: PHONE_PATTERN.source,
    example: '+212 5 37 00 00 00',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Matches(PHONE_PATTERN, { message: 'contactPhone must be a phone number, e.g. +212 5 37 00 00 00' })
  contactPhone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300, example: 'https://jazari-rabat.ma' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300)
  @IsUrl(
    { protocols: ['https'], require_protocol: true, require_tld: true },
    { message: 'website must be an https:// URL' },
  )
  website?: string | null;

  @ApiProperty({
    type: [String],
    maxItems: MAX_DIRECTORY_DOMAINS,
    example: ['health', 'education'],
    description: 'Thematic domain codes; replaces the current list ([] clears it)',
  })
  @IsArray()
  @ArrayMaxSize(MAX_DIRECTORY_DOMAINS)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(DOMAIN_CODE_PATTERN, { each: true, message: 'each domain code must be a thematic domain code' })
  domainCodes!: string[];
}
