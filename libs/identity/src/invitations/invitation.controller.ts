import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { uuidParam } from '@jazari/http';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
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

  @ActionRoute({
    method: 'post',
    path: 'invitations',
    permission: 'invitations.manage',
    summary: 'Invite a person into the tenant',
    created: { type: InvitationDto, description: 'Invites someone into the current tenant' },
  })
  invite(@CurrentActor() actor: Actor, @Body() body: CreateInvitationDto): Promise<InvitationDto> {
    return this.invitations.invite(requireUser(actor), body);
  }

  @ActionRoute({
    method: 'post',
    path: 'tenants/:id/invitations',
    permission: 'tenants.invite',
    summary: 'Invite a person into another tenant (Root)',
    created: {
      type: InvitationDto,
      description: "Root invites an institute's manager or a partner's admin",
    },
  })
  inviteInto(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) tenantId: string,
    @Body() body: CreateInvitationDto,
  ): Promise<InvitationDto> {
    return this.invitations.inviteInto(requireUser(actor), tenantId, body);
  }

  @ReadRoute({
    path: 'invitations',
    permission: 'invitations.read',
    summary: "Invitations of the caller's tenant",
    ok: { type: InvitationPageDto, description: "The current tenant's invitations, newest first" },
  })
  list(@CurrentActor() actor: Actor, @Query() query: IdCursorQuery): Promise<InvitationPageDto> {
    return this.invitations.list(actor, query.cursor, query.limit);
  }

  @ReadRoute({
    path: 'invitations/preview',
    permission: 'public',
    summary: 'What an invitation link is for, before accepting it (the link is the credential)',
    ok: InvitationPreviewDto,
    problems: { 404: '`not-found`: the token is not one of ours' },
  })
  preview(@Query() query: InvitationPreviewQuery): Promise<InvitationPreviewDto> {
    return this.invitations.preview(query.token);
  }

  @ReadRoute({
    path: 'invitations/:id',
    permission: 'invitations.read',
    summary: 'One invitation',
    ok: InvitationDto,
  })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<InvitationDto> {
    return this.invitations.get(actor, id);
  }

  @ActionRoute({
    method: 'delete',
    path: 'invitations/:id',
    status: 204,
    permission: 'invitations.manage',
    summary: 'Revoke a pending invitation',
    noContent: { description: 'Revoked; its link no longer works' },
  })
  revoke(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.invitations.revoke(requireUser(actor), id);
  }

  @ActionRoute({
    method: 'post',
    path: 'invitations/accept',
    status: 200,
    permission: 'public',
    summary: 'Accept an invitation with its token',
    ok: { type: AcceptedInvitationDto, description: 'You are a member; sign in with your password' },
  })
  accept(@Body() body: AcceptInvitationDto): Promise<AcceptedInvitationDto> {
    return this.invitations.accept(body);
  }
}
