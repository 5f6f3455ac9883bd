import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
import { AttentionPageDto, AttentionQuery } from './attention.dto.js';
import { AttentionService } from './attention.service.js';

/**
 * `GET /projects/attention`: a static path, so the router prefers it to `/projects/{id}` whatever the
 * order the controllers are registered in (find-my-way matches static segments before parameters).
 */
@ApiTags('attention')
@Controller('projects/attention')
export class AttentionController {
  constructor(private readonly attention: AttentionService) {}

  @Get()
  @RequirePermission('projects.read')
  @ApiOperation({
    summary: 'Late milestones and overdue deliverables of the projects you can see, most overdue first',
  })
  @ApiOkResponse({ type: AttentionPageDto })
  @ApiBadRequestResponse({ description: 'Problem (application/problem+json), type validation-failed' })
  list(@CurrentActor() actor: Actor, @Query() query: AttentionQuery): Promise<AttentionPageDto> {
    return this.attention.list(actor, query);
  }
}
