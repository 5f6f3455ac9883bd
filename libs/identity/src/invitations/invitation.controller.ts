import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { uuidParam } from '@jazari/http';
import { CurrentActor, Public, RequirePermission, type Actor } from '@jazari/access';
import { IdCursorQuery } from '@jazari/http';
import { requireUser } from '../require-user.js';
import {
  AcceptedInvitationDto,
  AcceptInvitationDto,
  CreateInvitationDto,
  InvitationDto,
  InvitationPageDto,
  InvitationPreviewDto,
  InvitationPreviewQuery,
} from './invitation.dto.js';
import { InvitationService } from './invitation.service.js';

@ApiTags('invitations')
@Controller()
export class InvitationController {
  constructor(private readonly invitations: InvitationService) {}

  @Post('invitations')
  @RequirePermission('invitations.manage')
  @ApiCreatedResponse({ type: InvitationDto, description: 'Invites someone into the current tenant' })
  @ApiOperation({ summary: 'Invite a person into the tenant' })
  invite(@CurrentActor() actor: Actor, @Body() body: CreateInvitationDto): Promise<InvitationDto> {
    return this.invitations.invite(requireUser(actor), body);
  }

  @Post('tenants/:id/invitations')
  @RequirePermission('tenants.invite')
  @ApiCreatedResponse({
    type: InvitationDto,
    description: "Root invites an institute's manager or a partner's admin",
  })
  @ApiOperation({ summary: 'Invite a person into another tenant (Root)' })
  inviteInto(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) tenantId: string,
    @Body() body: CreateInvitationDto,
  ): Promise<InvitationDto> {
    return this.invitations.inviteInto(requireUser(actor), tenantId, body);
  }

  @Get('invitations')
  @RequirePermission('invitations.read')
  @ApiOkResponse({ type: InvitationPageDto, description: "The current tenant's invitations, newest first" })
  @ApiOperation({ summary: "Invitations of the caller's tenant" })
  list(@CurrentActor() actor: Actor, @Query() query: IdCursorQuery): Promise<InvitationPageDto> {
    return this.invitations.list(actor, query.cursor, query.limit);
  }

  @Get('invitations/preview')
  @Public()
  @ApiOperation({
    summary: 'What an invitation link is for, before accepting it (the link is the credential)',
  })
  @ApiOkResponse({ type: InvitationPreviewDto })
  @ApiNotFoundResponse({ description: '`not-found`: the token is not one of ours' })
  preview(@Query() query: InvitationPreviewQuery): Promise<InvitationPreviewDto> {
    return this.invitations.preview(query.token);
  }

  @Get('invitations/:id')
  @RequirePermission('invitations.read')
  @ApiOkResponse({ type: InvitationDto })
  @ApiOperation({ summary: 'One invitation' })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<InvitationDto> {
    return this.invitations.get(actor, id);
  }

  @Delete('invitations/:id')
  @HttpCode(204)
  @RequirePermission('invitations.manage')
  @ApiNoContentResponse({ description: 'Revoked; its link no longer works' })
  @ApiOperation({ summary: 'Revoke a pending invitation' })
  revoke(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.invitations.revoke(requireUser(actor), id);
  }

  @Post('invitations/accept')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ type: AcceptedInvitationDto, description: 'You are a member; sign in with your password' })
  @ApiOperation({ summary: 'Accept an invitation with its token' })
  accept(@Body() body: AcceptInvitationDto): Promise<AcceptedInvitationDto> {
    return this.invitations.accept(body);
  }
}
