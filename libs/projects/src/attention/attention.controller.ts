import { Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute } from '@jazari/access';
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

  @ReadRoute({
    permission: 'projects.read',
    summary: 'Late milestones and overdue deliverables of the projects you can see, most overdue first',
    ok: AttentionPageDto,
    problems: { 400: 'Problem (application/problem+json), type validation-failed' },
  })
  list(@CurrentActor() actor: Actor, @Query() query: AttentionQuery): Promise<AttentionPageDto> {
    return this.attention.list(actor, query);
  }

  @ReadRoute({
    path: 'reviews',
    permission: 'deliverables.review',
    summary:
      'Deliverables of your institute submitted and waiting for your review, the longest waiting first',
    ok: ReviewPageDto,
    problems: {
      400: 'Problem (application/problem+json), type validation-failed',
      403: 'Needs the `deliverables.review` permission (institute managers)',
    },
  })
  reviews(@CurrentActor() actor: Actor, @Query() query: WorkPageQuery): Promise<ReviewPageDto> {
    return this.attention.awaitingReview(actor, query);
  }
}
