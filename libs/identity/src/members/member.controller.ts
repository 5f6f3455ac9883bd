import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { uuidParam } from '@jazari/http';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
import { IdCursorQuery } from '@jazari/http';
import { requireUser } from '../require-user.js';
import { ChangeRoleDto, MemberDto, MemberPageDto } from './member.dto.js';
import { MemberService } from './member.service.js';

@ApiTags('members')
@Controller('members')
export class MemberController {
  constructor(private readonly members: MemberService) {}

  @Get()
  @RequirePermission('members.read')
  @ApiOkResponse({ type: MemberPageDto, description: 'Members of the current tenant' })
  @ApiOperation({ summary: "Members of the caller's tenant" })
  list(@CurrentActor() actor: Actor, @Query() query: IdCursorQuery): Promise<MemberPageDto> {
    return this.members.list(actor, query.cursor, query.limit);
  }

  @Get(':id')
  @RequirePermission('members.read')
  @ApiOkResponse({ type: MemberDto })
  @ApiOperation({ summary: 'One member of the tenant' })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<MemberDto> {
    return this.members.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission('members.manage')
  @ApiOkResponse({ type: MemberDto })
  @ApiOperation({ summary: "Change a member's role" })
  changeRole(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: ChangeRoleDto,
  ): Promise<MemberDto> {
    return this.members.changeRole(requireUser(actor), id, body.role);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('members.manage')
  @ApiNoContentResponse({ description: 'Removed; their sessions in this tenant are over' })
  @ApiOperation({ summary: 'Remove a member from the tenant' })
  remove(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.members.remove(requireUser(actor), id);
  }
}
