import { Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import { requireUser } from '../require-user.js';
import { SessionListDto, SessionsEndedDto } from './session.dto.js';
import { SessionService } from './session.service.js';

@ApiTags('me')
@Controller('me/sessions')
export class MySessionsController {
  constructor(private readonly sessions: SessionService) {}

  @ReadRoute({
    permission: 'sessions.manage',
    summary: "The caller's sessions (device, address, last use)",
    ok: { type: SessionListDto, description: 'Your live sessions in every tenant, last used first' },
  })
  list(@CurrentActor() actor: Actor): Promise<SessionListDto> {
    return this.sessions.mine(requireUser(actor));
  }

  @ActionRoute({
    method: 'post',
    path: 'end-others',
    status: 200,
    permission: 'sessions.manage',
    summary: 'Sign out everywhere else',
    ok: { type: SessionsEndedDto, description: 'Every session but this one ended' },
  })
  endOthers(@CurrentActor() actor: Actor): Promise<SessionsEndedDto> {
    return this.sessions.endOthers(requireUser(actor));
  }

  @ActionRoute({
    method: 'delete',
    path: ':id',
    status: 204,
    permission: 'sessions.manage',
    summary: 'Sign out one of your sessions',
    noContent: { description: 'That session is over (this one too, if it is the current one)' },
    problems: { 404: 'Not a live session of yours' },
  })
  end(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.sessions.endMine(requireUser(actor), id);
  }
}

@ApiTags('members')
@Controller('members/:id/sessions')
export class MemberSessionsController {
  constructor(private readonly sessions: SessionService) {}

  @ReadRoute({
    permission: 'members.manage',
    summary: "A member's sessions in the tenant",
    ok: { type: SessionListDto, description: "The member's live sessions in this tenant" },
    problems: { 404: 'Not a member of this tenant' },
  })
  list(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<SessionListDto> {
    return this.sessions.ofMember(requireUser(actor), id);
  }

  @ActionRoute({
    method: 'delete',
    path: ':sessionId',
    status: 204,
    permission: 'members.manage',
    summary: "End one of a member's sessions in the tenant",
    noContent: { description: 'That session is over' },
    problems: { 404: 'Not a member, or not a live session of theirs in this tenant' },
  })
  end(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('sessionId', uuidParam()) sessionId: string,
  ): Promise<void> {
    return this.sessions.endMembers(requireUser(actor), id, sessionId);
  }
}
