import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { uuidParam } from '@jazari/http';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { IdCursorQuery } from '@jazari/http';
import { requireUser } from '../require-user.js';
import { ChangeRoleDto, MemberDto, MemberPageDto } from './member.dto.js';
import { MemberService } from './member.service.js';

@ApiTags('members')
@Controller('members')
export class MemberController {
  constructor(private readonly members: MemberService) {}

  @ReadRoute({
    permission: 'members.read',
    summary: "Members of the caller's tenant",
    ok: { type: MemberPageDto, description: 'Members of the current tenant' },
  })
  list(@CurrentActor() actor: Actor, @Query() query: IdCursorQuery): Promise<MemberPageDto> {
    return this.members.list(actor, query.cursor, query.limit);
  }

  @ReadRoute({ path: ':id', permission: 'members.read', summary: 'One member of the tenant', ok: MemberDto })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<MemberDto> {
    return this.members.get(actor, id);
  }

  @ActionRoute({
    method: 'patch',
    path: ':id',
    permission: 'members.manage',
    summary: "Change a member's role",
    ok: MemberDto,
  })
  changeRole(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: ChangeRoleDto,
  ): Promise<MemberDto> {
    return this.members.changeRole(requireUser(actor), id, body.role);
  }

  @ActionRoute({
    method: 'delete',
    path: ':id',
    status: 204,
    permission: 'members.manage',
    summary: 'Remove a member from the tenant',
    noContent: { description: 'Removed; their sessions in this tenant are over' },
  })
  remove(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.members.remove(requireUser(actor), id);
  }
}
