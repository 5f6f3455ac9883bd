import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { fieldMessage } from './problem-field-language.js';
import {
  problemLanguageOf,
  slugTitle,
  translatePhrase,
  type ProblemLanguage,
  type USER_LOCALE,
} from './problem-language.js';
import {
  defaultProblem,
  describeFieldErrors,
  type FieldError,
  PROBLEM_BASE,
  PROBLEM_CONTENT_TYPE,
  ProblemException,
  type ProblemDocument,
  ValidationProblem,
} from './problem.js';

export interface ProblemRequest {
  url: string;
  id: string;
  headers?: Record<string, string | string[] | undefined>;
  [USER_LOCALE]?: unknown;
}

/**
 * Turns anything thrown into an RFC 9457 problem in the request's language (problem-language.ts); an
 * unexpected error is logged, never shown.
 */
export function toProblem(
  error: unknown,
  request: ProblemRequest,
  language: ProblemLanguage = problemLanguageOf(request),
): ProblemDocument {
  if (error instanceof ProblemException) {
    const status = error.getStatus();
    const title =
      language === 'en'
        ? error.title
        : ((translatePhrase(error.title, language) !== error.title
            ? translatePhrase(error.title, language)
            : undefined) ??
          slugTitle(error.slug, language) ??
          localizedDefault(status, language).title);
    let detail = error.detail ? translatePhrase(error.detail, language) : undefined;
    const extensions = { ...error.extensions };
    if (error instanceof ValidationProblem) {
      const errors = localizedErrors(error.errors, language);
      extensions.errors = errors;
      detail = describeFieldErrors(errors);
    }
    return {
      ...extensions,
      type: PROBLEM_BASE + error.slug,
      title,
      status,
      ...(detail ? { detail } : {}),
      instance: request.url,
      requestId: request.id,
    };
  }
  const status = statusOf(error);
  const base = localizedDefault(status, language);
  const problem: ProblemDocument = { ...base, status, instance: request.url, requestId: request.id };
  if (status < 500) {
    const detail = detailOf(error);
    if (detail && detail !== defaultProblem(status).title) problem.detail = translatePhrase(detail, language);
  }
  return problem;
}

/** A status' default problem, its title in a language. */
export function localizedDefault(status: number, language: ProblemLanguage): { type: string; title: string } {
  const base = defaultProblem(status);
  return { type: base.type, title: slugTitle(base.type.slice(PROBLEM_BASE.length), language) ?? base.title };
}

/** Field errors as sent: each message in the language, without the faults they were written from. */
function localizedErrors(errors: readonly FieldError[], language: ProblemLanguage): FieldError[] {
  return errors.map(({ field, messages, faults }) => ({
    field,
    messages: messages.map((message, i) => fieldMessage(field, faults?.[i], message, language)),
  }));
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
    const language = problemLanguageOf(request);
    const problem = toProblem(error, request, language);
    if (problem.status >= 500) this.logger.error({ err: error, requestId: request.id }, 'request failed');
    if (error instanceof ProblemException) {
      for (const [name, value] of Object.entries(error.headers)) void reply.header(name, value);
    }
    void reply
      .status(problem.status)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .header('content-language', language)
      .send(problem);
  }
}
