import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  ValidateNested,
} from 'class-validator';
import { NotificationTitleDto } from '../inbox/inbox.dto.js';
import { isPersonal, NOTIFICATION_CATEGORIES, type NotificationCategory } from '../notification.types.js';
import { EMAIL_MODES, type EmailMode } from './preferences.js';

export class PreferenceDto {
  @ApiProperty({ example: 'conventions' }) category!: string;
  @ApiProperty({ type: NotificationTitleDto }) label!: NotificationTitleDto;
  @ApiProperty({ description: 'In-app notifications of this category' }) inApp!: boolean;
  @ApiProperty({
    description: 'True when every event of the category asks you to act: in-app stays on',
  })
  inAppLocked!: boolean;
  @ApiProperty({ enum: EMAIL_MODES }) email!: EmailMode;
  @ApiProperty({ description: 'Whether `email: digest` is allowed (non-urgent categories)' })
  digestAvailable!: boolean;
}

export class PreferenceListDto {
  @ApiProperty({ type: [PreferenceDto] }) data!: PreferenceDto[];
}

// Personal notices (a password reset) are not a choice: they are not listed, and cannot be set.
const CATEGORY_NAMES = (Object.keys(NOTIFICATION_CATEGORIES) as NotificationCategory[]).filter(
  (category) => !isPersonal(category),
);

export class PreferenceChangeDto {
  @ApiProperty({ enum: CATEGORY_NAMES }) @IsIn(CATEGORY_NAMES) category!: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() inApp?: boolean;
  @ApiPropertyOptional({ enum: EMAIL_MODES }) @IsOptional() @IsIn(EMAIL_MODES) email?: EmailMode;
}

export class UpdatePreferencesDto {
  @ApiProperty({
    type: [PreferenceChangeDto],
    description: 'The categories to change; others keep their setting. All are applied, or none.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CATEGORY_NAMES.length)
  @ValidateNested({ each: true })
  @Type(() => PreferenceChangeDto)
  preferences!: PreferenceChangeDto[];
}
