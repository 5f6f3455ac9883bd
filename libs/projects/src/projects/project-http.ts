import type { FastifyReply } from 'fastify';
import type { ProjectFilterQueryDto } from './dto/list-projects-query.dto.js';
import { ProjectResponseDto } from './dto/project-response.dto.js';
import { etagOf } from './project.rules.js';
import type { ProjectFilter, ProjectView } from './project.types.js';

/** OpenAPI descriptions name the problem `type` slug(s) a response may carry. */
export const PROBLEM = 'Problem (application/problem+json), type ';
export const ID_PARAM = { name: 'id', format: 'uuid', description: 'Project id' } as const;
export const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'The ETag of the version you edited (`"<version>"`); a stale one is refused with 412',
} as const;
export const ETAG_HEADER = {
  ETag: { description: 'The project version, `"<version>"`', schema: { type: 'string' } },
} as const;

export function filterOf(query: ProjectFilterQueryDto): ProjectFilter {
  return {
    instituteId: query.institute,
    status: query.status,
    type: query.type,
    priority: query.priority,
    region: query.region,
    domain: query.domain,
    partner: query.partner,
    lead: query.lead,
    overdue: query.overdue,
    q: query.q === '' ? undefined : query.q,
  };
}

/** Sets the ETag and maps the view. */
export function respond(reply: FastifyReply, view: ProjectView): ProjectResponseDto {
  void reply.header('etag', etagOf(view.version));
  return ProjectResponseDto.from(view);
}
