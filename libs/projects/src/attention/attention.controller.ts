import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
import { AttentionPageDto, AttentionQuery, ReviewPageDto } from './attention.dto.js';
import { WorkPageQuery } from './work-list.js';
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

  @Get('reviews')
  @RequirePermission('deliverables.review')
  @ApiOperation({
    summary:
      'Deliverables of your institute submitted and waiting for your review, the longest waiting first',
  })
  @ApiOkResponse({ type: ReviewPageDto })
  @ApiBadRequestResponse({ description: 'Problem (application/problem+json), type validation-failed' })
  @ApiForbiddenResponse({ description: 'Needs the `deliverables.review` permission (institute managers)' })
  reviews(@CurrentActor() actor: Actor, @Query() query: WorkPageQuery): Promise<ReviewPageDto> {
    return this.attention.awaitingReview(actor, query);
  }
}
