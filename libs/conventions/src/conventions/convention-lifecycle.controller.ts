import { Body, Controller, Headers, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ActionRoute, CurrentActor, type Actor } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import type { FastifyReply } from 'fastify';
import { ConventionLifecycleService } from './convention-lifecycle.service.js';
import { ETAG_HEADER, ID_PARAM, PROBLEM, respond } from './convention-http.js';
import { ConventionActionDto, TerminateConventionDto } from './dto/convention-action.dto.js';
import { ConventionResponseDto } from './dto/convention-response.dto.js';

const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'Optional: the ETag you read; a stale one is refused with 412',
} as const;

/**
 * What every status move shares: `POST /conventions/{id}/<path>`, 200 with the convention and its
 * ETag, `conventions.manage`, an optional If-Match, and its problems.
 */
function StatusMove(path: string, summary: string): MethodDecorator {
  return ActionRoute({
    method: 'post',
    path,
    status: 200,
    permission: 'conventions.manage',
    summary,
    params: [ID_PARAM],
    ifMatch: IF_MATCH,
    ok: { type: ConventionResponseDto, headers: ETAG_HEADER },
    problems: {
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}illegal-transition`,
      412: `${PROBLEM}precondition-failed`,
    },
  });
}

/** The owner's status moves. Each answers the convention as it now is. */
@ApiTags('conventions')
@Controller('conventions/:id')
export class ConventionLifecycleController {
  constructor(private readonly lifecycle: ConventionLifecycleService) {}

  @StatusMove('submit-for-review', 'draft → in_review')
  submit(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: ConventionActionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ConventionResponseDto> {
    return this.move(actor, id, 'submit-for-review', body.reason ?? null, ifMatch, reply);
  }

  @StatusMove('return-to-draft', 'in_review → draft')
  returnToDraft(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: ConventionActionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ConventionResponseDto> {
    return this.move(actor, id, 'return-to-draft', body.reason ?? null, ifMatch, reply);
  }

  @StatusMove('void', 'draft, in_review or out_for_signature → voided; pending signers are cancelled')
  void(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: ConventionActionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ConventionResponseDto> {
    return this.move(actor, id, 'void', body.reason ?? null, ifMatch, reply);
  }

  @StatusMove('terminate', 'active → terminated, with a reason')
  terminate(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: TerminateConventionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ConventionResponseDto> {
    return this.move(actor, id, 'terminate', body.reason, ifMatch, reply);
  }

  private async move(
    actor: Actor,
    id: string,
    action: 'submit-for-review' | 'return-to-draft' | 'void' | 'terminate',
    reason: string | null,
    ifMatch: string | undefined,
    reply: FastifyReply,
  ): Promise<ConventionResponseDto> {
    return respond(reply, await this.lifecycle.move(actor, id, action, reason, ifMatch));
  }
}
