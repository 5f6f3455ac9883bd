import { Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import { requireUser } from '../require-user.js';
import { SessionListDto, SessionsEndedDto } from './session.dto.js';
import { SessionService } from './session.service.js';

@ApiTags('me')
@Controller('me/sessions')
export class MySessionsController {
  constructor(private readonly sessions: SessionService) {}

  @Get()
  @RequirePermission('sessions.manage')
  @ApiOkResponse({ type: SessionListDto, description: 'Your live sessions in every tenant, last used first' })
  @ApiOperation({ summary: "The caller's sessions (device, address, last use)" })
  list(@CurrentActor() actor: Actor): Promise<SessionListDto> {
    return this.sessions.mine(requireUser(actor));
  }

  @Post('end-others')
  @HttpCode(200)
  @RequirePermission('sessions.manage')
  @ApiOkResponse({ type: SessionsEndedDto, description: 'Every session but this one ended' })
  @ApiOperation({ summary: 'Sign out everywhere else' })
  endOthers(@CurrentActor() actor: Actor): Promise<SessionsEndedDto> {
    return this.sessions.endOthers(requireUser(actor));
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('sessions.manage')
  @ApiNoContentResponse({ description: 'That session is over (this one too, if it is the current one)' })
  @ApiNotFoundResponse({ description: 'Not a live session of yours' })
  @ApiOperation({ summary: 'Sign out one of your sessions' })
  end(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.sessions.endMine(requireUser(actor), id);
  }
}

@ApiTags('members')
@Controller('members/:id/sessions')
export class MemberSessionsController {
  constructor(private readonly sessions: SessionService) {}

  @Get()
  @RequirePermission('members.manage')
  @ApiOkResponse({ type: SessionListDto, description: "The member's live sessions in this tenant" })
  @ApiNotFoundResponse({ description: 'Not a member of this tenant' })
  @ApiOperation({ summary: "A member's sessions in the tenant" })
  list(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<SessionListDto> {
    return this.sessions.ofMember(requireUser(actor), id);
  }

  @Delete(':sessionId')
  @HttpCode(204)
  @RequirePermission('members.manage')
  @ApiNoContentResponse({ description: 'That session is over' })
  @ApiNotFoundResponse({ description: 'Not a member, or not a live session of theirs in this tenant' })
  @ApiOperation({ summary: "End one of a member's sessions in the tenant" })
  end(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('sessionId', uuidParam()) sessionId: string,
  ): Promise<void> {
    return this.sessions.endMembers(requireUser(actor), id, sessionId);
  }
}
