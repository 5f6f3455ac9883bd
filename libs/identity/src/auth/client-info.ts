import type { FastifyRequest } from 'fastify';

/** Where a request comes from, as recorded on sessions and, later, on signatures. */
export interface ClientInfo {
  readonly ip: string;
  readonly userAgent: string | null;
}

export function clientOf(request: FastifyRequest): ClientInfo {
  const agent = request.headers['user-agent'];
  return { ip: request.ip, userAgent: typeof agent === 'string' ? agent : null };
}
