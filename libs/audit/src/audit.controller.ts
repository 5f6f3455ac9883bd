import { Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute } from '@jazari/access';
import { CursorKey, cursorCodec } from '@jazari/http';
import { AuditLog } from './audit-log.service.js';
import { AuditEventPageDto } from './dto/audit-event-page.dto.js';
import { AuditVerificationDto } from './dto/audit-verification.dto.js';
import { ListAuditEventsQuery } from './dto/list-audit-events.dto.js';

/** The log is read newest first; a cursor holds the seq the next page starts before. */
const seqCursor = cursorCodec(CursorKey.positive());

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditLog) {}

  @ReadRoute({
    path: 'events',
    permission: 'audit.read',
    summary: "The tenant's audit log, newest first",
    ok: AuditEventPageDto,
  })
  async events(
    @CurrentActor() actor: Actor,
    @Query() query: ListAuditEventsQuery,
  ): Promise<AuditEventPageDto> {
    const beforeSeq = seqCursor.decodeOptional(query.cursor)?.[0] ?? null;
    const page = await this.audit.list(actor, { limit: query.limit, beforeSeq });
    return {
      data: page.entries.map((entry) => ({
        id: entry.id,
        seq: entry.seq,
        occurredAt: entry.occurredAt.toISOString(),
        actor: { userId: entry.actorUserId, apiKeyId: entry.actorApiKeyId },
        action: entry.action,
        target: { type: entry.targetType, id: entry.targetId },
        data: entry.data,
      })),
      nextCursor: page.nextBeforeSeq === null ? null : seqCursor.encode([page.nextBeforeSeq]),
    };
  }

  @ReadRoute({
    path: 'verify',
    permission: 'audit.verify',
    summary: 'Recomputes the hash chains the caller may read',
    description: "Root verifies every tenant's chain; any other tenant its own. See docs/audit.md.",
    ok: AuditVerificationDto,
  })
  async verify(@CurrentActor() actor: Actor): Promise<AuditVerificationDto> {
    const result = await this.audit.verify(actor);
    return {
      valid: result.valid,
      checked: result.checked,
      chains: result.chains.map((chain) => ({
        tenantId: chain.tenantId,
        valid: chain.valid,
        checked: chain.checked,
        firstInvalid: chain.firstInvalid && { ...chain.firstInvalid },
      })),
    };
  }
}
