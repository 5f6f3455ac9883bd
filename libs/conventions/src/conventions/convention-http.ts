import type { FastifyReply } from 'fastify';
import { ConventionResponseDto } from './dto/convention-response.dto.js';
import { etagOf } from './convention.rules.js';
import type { ConventionView } from '../convention.types.js';

/** OpenAPI descriptions name the problem `type` slug(s) a response may carry. */
export const PROBLEM = 'Problem (application/problem+json), type ';
export const ID_PARAM = { name: 'id', format: 'uuid', description: 'Convention id' } as const;
export const ETAG_HEADER = {
  ETag: { description: 'The convention version, `"<version>"`', schema: { type: 'string' } },
} as const;

/** Sets the ETag and maps the view. */
export function respond(reply: FastifyReply, view: ConventionView): ConventionResponseDto {
  void reply.header('etag', etagOf(view.version));
  return ConventionResponseDto.from(view);
}
