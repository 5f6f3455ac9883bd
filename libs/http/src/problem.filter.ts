import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  defaultProblem,
  PROBLEM_BASE,
  PROBLEM_CONTENT_TYPE,
  ProblemException,
  type ProblemDocument,
} from './problem.js';

/** Turns anything thrown into an RFC 9457 problem; an unexpected error is logged, never shown. */
export function toProblem(error: unknown, request: { url: string; id: string }): ProblemDocument {
  if (error instanceof ProblemException) {
    return {
      ...error.extensions,
      type: PROBLEM_BASE + error.slug,
      title: error.title,
      status: error.getStatus(),
      ...(error.detail ? { detail: error.detail } : {}),
      instance: request.url,
      requestId: request.id,
    };
  }
  const status = statusOf(error);
  const base = defaultProblem(status);
  const problem: ProblemDocument = { ...base, status, instance: request.url, requestId: request.id };
  if (status < 500) {
    const detail = detailOf(error);
    if (detail && detail !== base.title) problem.detail = detail;
  }
  return problem;
}

function statusOf(error: unknown): number {
  if (error instanceof HttpException) return error.getStatus();
  // Fastify's own errors (malformed JSON, body too large, unsupported media type) carry statusCode.
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 600) return statusCode;
  return 500;
}

function detailOf(error: unknown): string | undefined {
  if (error instanceof HttpException) {
    const response = error.getResponse();
    if (typeof response === 'string') return response;
    const message = (response as { message?: unknown }).message;
    if (typeof message === 'string') return message;
    if (Array.isArray(message)) return message.join('; ');
    return undefined;
  }
  return error instanceof Error ? error.message : undefined;
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<FastifyRequest>();
    const reply = context.getResponse<FastifyReply>();
    const problem = toProblem(error, request);
    if (problem.status >= 500) this.logger.error({ err: error, requestId: request.id }, 'request failed');
    if (error instanceof ProblemException) {
      for (const [name, value] of Object.entries(error.headers)) void reply.header(name, value);
    }
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }
}
