import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags, ApiOperation } from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
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

  @Get()
  @RequirePermission('profile.read')
  @ApiOkResponse({
    type: MeDto,
    description: 'You, your memberships, and the tenant and permissions of this token',
  })
  @ApiOperation({ summary: 'The caller: profile, memberships and permissions' })
  me(@CurrentActor() actor: Actor): Promise<MeDto> {
    return this.profiles.me(requireUser(actor));
  }

  @Patch()
  @RequirePermission('profile.update')
  @ApiOkResponse({ type: MeDto })
  @ApiOperation({ summary: "Change the caller's display name or language" })
  update(@CurrentActor() actor: Actor, @Body() body: UpdateProfileDto): Promise<MeDto> {
    return this.profiles.update(requireUser(actor), body);
  }

  @Post('password')
  @HttpCode(200)
  @RequirePermission('profile.update')
  @ApiOkResponse({ type: PasswordChangedDto, description: 'Changed; your other sessions are over' })
  @ApiOperation({ summary: "Change the caller's password" })
  changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto): Promise<PasswordChangedDto> {
    return this.profiles.changePassword(requireUser(actor), body);
  }
}
