import { Body, Controller, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Action, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { API_PREFIX, uuidParam } from '@jazari/http';
import type { FastifyReply } from 'fastify';
import { etagOf, type AllocationMove as AllocationMoveName } from '../resource.rules.js';
import { ALLOCATION_ID, ETAG_HEADER, PROBLEM, RESOURCE_ID } from '../resource-http.js';
import { AllocationDecisionService } from './allocation-decision.service.js';
import { AllocationRequestService } from './allocation-request.service.js';
import {
  AllocationPageDto,
  AllocationResponseDto,
  ApproveAllocationDto,
  BalancePageDto,
  BalanceResponseDto,
  DecisionReasonDto,
  ListAllocationsQueryDto,
  RecordUsageDto,
  RequestAllocationDto,
  WithdrawAllocationDto,
} from './allocation.dto.js';
import type { AllocationDetail } from './allocation.types.js';
import { UsageService } from './usage.service.js';

const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'Optional: the ETag you read; a stale one is refused with 412',
} as const;

/**
 * What every allocation move shares: `POST /allocations/{id}/<move>`, 200 with the allocation and its
 * ETag, an optional If-Match, and the problems any move may answer (`conflicts` names the 409s).
 */
function AllocationMove(
  move: AllocationMoveName,
  permission: Action,
  operation: { summary: string; description?: string },
  conflicts = 'illegal-transition',
): MethodDecorator {
  return ActionRoute({
    method: 'post',
    path: `:id/${move}`,
    status: 200,
    permission,
    ...operation,
    params: [ALLOCATION_ID],
    ifMatch: IF_MATCH,
    ok: { type: AllocationResponseDto, headers: ETAG_HEADER },
    problems: {
      400: `${PROBLEM}validation-failed`,
      403: `${PROBLEM}resource-read-only, person-required`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}${conflicts}`,
      412: `${PROBLEM}precondition-failed`,
    },
  });
}

function respond(reply: FastifyReply, view: AllocationDetail): AllocationResponseDto {
  void reply.header('etag', etagOf(view.version));
  return AllocationResponseDto.from(view);
}

/** Requests on a resource. */
@ApiTags('resources')
@Controller('resources/:id/allocations')
export class ResourceAllocationController {
  constructor(private readonly requests: AllocationRequestService) {}

  @ActionRoute({
    method: 'post',
    permission: 'resources.request',
    summary: "Ask for a quantity of a resource, for one of the tenant's projects, accepting its terms",
    description: "Status `pending`; the owner's managers are told.",
    params: [RESOURCE_ID],
    created: { type: AllocationResponseDto, headers: ETAG_HEADER },
    problems: {
      400: `${PROBLEM}validation-failed`,
      403: `${PROBLEM}person-required`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}resource-unavailable, terms-not-accepted`,
    },
  })
  async request(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: RequestAllocationDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AllocationResponseDto> {
    const view = await this.requests.request(actor, id, body);
    void reply.header('location', `/${API_PREFIX}/allocations/${view.id}`);
    return respond(reply, view);
  }

  @ReadRoute({
    permission: 'resources.read',
    summary: "A resource's allocations: all for the owner and Root, the caller's own for others",
    params: [RESOURCE_ID],
    ok: AllocationPageDto,
    problems: { 404: `${PROBLEM}not-found` },
  })
  async list(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Query() query: ListAllocationsQueryDto,
  ): Promise<AllocationPageDto> {
    const page = await this.requests.list(
      actor,
      'visible',
      { resourceId: id, status: query.status },
      { cursor: query.cursor, limit: query.limit },
    );
    return { data: page.data.map((a) => AllocationResponseDto.from(a)), nextCursor: page.nextCursor };
  }
}

@ApiTags('resources')
@Controller('allocations')
export class AllocationController {
  constructor(
    private readonly requests: AllocationRequestService,
    private readonly decisions: AllocationDecisionService,
    private readonly usage: UsageService,
  ) {}

  @ReadRoute({
    permission: 'resources.read',
    summary: 'Allocations by view, newest first',
    description:
      '`view=mine` (default): requested by my tenant; `incoming`: on my resources; `awaiting-root` and `all`: Root only.',
    ok: AllocationPageDto,
    problems: { 400: `${PROBLEM}validation-failed`, 403: `${PROBLEM}forbidden (Root-only views)` },
  })
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListAllocationsQueryDto,
  ): Promise<AllocationPageDto> {
    const page = await this.requests.list(
      actor,
      query.view ?? 'mine',
      { resourceId: query.resourceId, status: query.status },
      { cursor: query.cursor, limit: query.limit },
    );
    return { data: page.data.map((a) => AllocationResponseDto.from(a)), nextCursor: page.nextCursor };
  }

  @ReadRoute({
    path: 'balances',
    permission: 'resources.read',
    summary: "My tenant's balances: approved, used and remaining per resource and period",
    ok: BalancePageDto,
  })
  async balances(@CurrentActor() actor: Actor): Promise<BalancePageDto> {
    return { data: await this.requests.summary(actor), nextCursor: null };
  }

  @ReadRoute({
    path: ':id',
    permission: 'resources.read',
    summary: 'One allocation with its balance and the moves the caller may make',
    params: [ALLOCATION_ID],
    ok: { type: AllocationResponseDto, headers: ETAG_HEADER },
    problems: { 404: `${PROBLEM}not-found` },
  })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AllocationResponseDto> {
    return respond(reply, await this.requests.get(actor, id));
  }

  @AllocationMove(
    'approve',
    'resources.manage',
    {
      summary:
        'pending → approved/active (or awaiting_root above the threshold); awaiting_root → approved (Root)',
      description:
        "The owner's managers may approve less than asked. Beyond the period's remaining capacity or the tenant's fair share: 409 with the figures.",
    },
    'illegal-transition, capacity-exceeded, share-exceeded',
  )
  async approve(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: ApproveAllocationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AllocationResponseDto> {
    const view = await this.decisions.decide(
      actor,
      id,
      'approve',
      { quantity: body.quantity, reason: body.reason ?? null },
      ifMatch,
    );
    return respond(reply, view);
  }

  @AllocationMove('reject', 'resources.manage', {
    summary: 'pending or awaiting_root → rejected, with a reason',
  })
  async reject(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: DecisionReasonDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AllocationResponseDto> {
    return respond(reply, await this.decisions.decide(actor, id, 'reject', { reason: body.reason }, ifMatch));
  }

  @AllocationMove('revoke', 'resources.manage', {
    summary: "approved or active → revoked, with a reason (the owner's managers)",
  })
  async revoke(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: DecisionReasonDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AllocationResponseDto> {
    return respond(reply, await this.decisions.decide(actor, id, 'revoke', { reason: body.reason }, ifMatch));
  }

  @AllocationMove('withdraw', 'resources.request', {
    summary: 'pending or awaiting_root → withdrawn (the requesting tenant), with an optional reason',
    description: 'The owner’s managers are told, and Root’s network admins when it waited for them.',
  })
  async withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: WithdrawAllocationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AllocationResponseDto> {
    return respond(reply, await this.decisions.withdraw(actor, id, body.reason ?? null, ifMatch));
  }

  @ActionRoute({
    method: 'post',
    path: ':id/usage',
    permission: 'resources.usage.record',
    summary: 'Record consumption against an active allocation (owner or requester; a system with an API key)',
    description: 'Answers the balance. Notices go out at 80% and 100% of the approved quantity, once each.',
    params: [ALLOCATION_ID],
    created: BalanceResponseDto,
    problems: {
      400: `${PROBLEM}validation-failed`,
      403: `${PROBLEM}resource-read-only`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}allocation-not-active, allocation-exhausted`,
    },
  })
  recordUsage(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: RecordUsageDto,
  ): Promise<BalanceResponseDto> {
    return this.usage.record(actor, id, {
      quantity: body.quantity,
      occurredAt: body.occurredAt ? new Date(body.occurredAt) : null,
      note: body.note ?? null,
    });
  }
}
