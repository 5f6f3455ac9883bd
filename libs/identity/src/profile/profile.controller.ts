import { Body, Controller } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { requireUser } from '../require-user.js';
import { ChangePasswordDto, MeDto, UpdateProfileDto } from './profile.dto.js';
import { ProfileService } from './profile.service.js';

class PasswordChangedDto {
  @ApiProperty({ description: 'Other sessions ended' }) revokedSessions!: number;
}

@ApiTags('me')
@Controller('me')
export class ProfileController {
  constructor(private readonly profiles: ProfileService) {}

  @ReadRoute({
    permission: 'profile.read',
    summary: 'The caller: profile, memberships and permissions',
    ok: {
      type: MeDto,
      description: 'You, your memberships, and the tenant and permissions of this token',
    },
  })
  me(@CurrentActor() actor: Actor): Promise<MeDto> {
    return this.profiles.me(requireUser(actor));
  }

  @ActionRoute({
    method: 'patch',
    permission: 'profile.update',
    summary: "Change the caller's display name or language",
    ok: MeDto,
  })
  update(@CurrentActor() actor: Actor, @Body() body: UpdateProfileDto): Promise<MeDto> {
    return this.profiles.update(requireUser(actor), body);
  }

  @ActionRoute({
    method: 'post',
    path: 'password',
    status: 200,
    permission: 'profile.update',
    summary: "Change the caller's password",
    ok: { type: PasswordChangedDto, description: 'Changed; your other sessions are over' },
  })
  changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto): Promise<PasswordChangedDto> {
    return this.profiles.changePassword(requireUser(actor), body);
  }
}
