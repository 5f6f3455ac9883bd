import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { person } from '../notifications.problems.js';
import { PreferenceListDto, UpdatePreferencesDto } from './preferences.dto.js';
import { PreferencesService } from './preferences.service.js';

@ApiTags('notifications')
@Controller('me/notification-preferences')
export class PreferencesController {
  constructor(private readonly preferences: PreferencesService) {}

  @ReadRoute({
    permission: 'profile.read',
    summary: "The caller's notification preferences",
    ok: { type: PreferenceListDto, description: 'Every category, with your choice or the default' },
  })
  async list(@CurrentActor() actor: Actor): Promise<PreferenceListDto> {
    return { data: await this.preferences.list(person(actor)) };
  }

  @ActionRoute({
    method: 'patch',
    permission: 'profile.update',
    summary: "Change the caller's notification preferences",
    ok: { type: PreferenceListDto, description: 'Every category, after the change' },
    problems: {
      400: 'An unknown category or mode, or a category named twice',
      422: '`preference-locked` (in-app off where every event asks you to act) or `digest-unavailable`',
    },
  })
  async update(@CurrentActor() actor: Actor, @Body() body: UpdatePreferencesDto): Promise<PreferenceListDto> {
    return { data: await this.preferences.update(person(actor), body.preferences) };
  }
}
