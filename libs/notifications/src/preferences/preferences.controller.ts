import { Body, Controller, Get, Patch } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
import { person } from '../notifications.problems.js';
import { PreferenceListDto, UpdatePreferencesDto } from './preferences.dto.js';
import { PreferencesService } from './preferences.service.js';

@ApiTags('notifications')
@Controller('me/notification-preferences')
export class PreferencesController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get()
  @RequirePermission('profile.read')
  @ApiOkResponse({ type: PreferenceListDto, description: 'Every category, with your choice or the default' })
  @ApiOperation({ summary: "The caller's notification preferences" })
  async list(@CurrentActor() actor: Actor): Promise<PreferenceListDto> {
    return { data: await this.preferences.list(person(actor)) };
  }

  @Patch()
  @RequirePermission('profile.update')
  @ApiOkResponse({ type: PreferenceListDto, description: 'Every category, after the change' })
  @ApiBadRequestResponse({ description: 'An unknown category or mode, or a category named twice' })
  @ApiUnprocessableEntityResponse({
    description: '`preference-locked` (in-app off where every event asks you to act) or `digest-unavailable`',
  })
  @ApiOperation({ summary: "Change the caller's notification preferences" })
  async update(@CurrentActor() actor: Actor, @Body() body: UpdatePreferencesDto): Promise<PreferenceListDto> {
    return { data: await this.preferences.update(person(actor), body.preferences) };
  }
}
